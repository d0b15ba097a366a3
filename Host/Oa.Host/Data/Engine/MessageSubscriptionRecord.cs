namespace Oa.Host.Data.Engine;

/// <summary>An instance waiting for a message (name + correlation key); kept in step with the state in each save.</summary>
public sealed class MessageSubscriptionRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Name { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
}
