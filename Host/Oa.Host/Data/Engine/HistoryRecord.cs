namespace Oa.Host.Data.Engine;

/// <summary>Append-only audit trail of every state change and action on an instance: who, when, what, from where.</summary>
public sealed class HistoryRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string Type { get; set; } = "";
    public string? ElementId { get; set; }
    public string? ElementName { get; set; }
    public string? UserName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Data { get; set; }
    public string? Comment { get; set; }
    public string? ClientIp { get; set; }
}
