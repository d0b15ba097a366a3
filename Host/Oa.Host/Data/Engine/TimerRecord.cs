namespace Oa.Host.Data.Engine;

/// <summary>A BPMN timer the engine scheduled; written in the same transaction as the state that owns it.</summary>
public sealed class TimerRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public string? Cycle { get; set; }
}
