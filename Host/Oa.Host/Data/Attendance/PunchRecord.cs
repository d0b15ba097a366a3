namespace Oa.Host.Data.Attendance;

/// <summary>
/// One clock-in or clock-out. <see cref="At"/> is company wall-clock time (see AttendanceRules), stored as ticks so both
/// providers keep it unconverted. (UserName, At) is unique: importing the same export twice adds nothing.
/// </summary>
public sealed class PunchRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public DateTime At { get; set; }
    /// <summary>fingerprint / wecom / dingtalk / custom — the layout it was imported with.</summary>
    public string Source { get; set; } = "";
    public string? ImportId { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
