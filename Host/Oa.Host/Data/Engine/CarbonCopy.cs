namespace Oa.Host.Data.Engine;

/// <summary>抄送: a user told about an instance (by a node's CC list or by hand); unread until they open it.</summary>
public sealed class CarbonCopy
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? FromUser { get; set; }
    public string? ElementId { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string InstanceTitle { get; set; } = "";
    public string ProcessName { get; set; } = "";
    public string? SerialNo { get; set; }
}
