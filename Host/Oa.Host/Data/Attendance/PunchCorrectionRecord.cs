namespace Oa.Host.Data.Attendance;

/// <summary>
/// A punch added by an approved 补卡 (打卡补卡 request): the slot counts as punched on time and costs no 忘签 charge.
/// One per request (<see cref="InstanceId"/> is unique), so a retried service task adds nothing.
/// </summary>
public sealed class PunchCorrectionRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>MorningIn or EveningOut (<see cref="Features.Attendance.Rules.PunchSlot"/>).</summary>
    public string Slot { get; set; } = "";
    public TimeOnly? Time { get; set; }
    public string InstanceId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
