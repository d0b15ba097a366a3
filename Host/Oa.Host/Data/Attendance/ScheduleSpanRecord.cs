namespace Oa.Host.Data.Attendance;

/// <summary>
/// A stint on one schedule: from <see cref="From"/> to <see cref="To"/> (inclusive; open-ended when null) the person
/// works the hours of <see cref="ScheduleId"/> — typically an on-site engineer at a customer (驻地). Days outside every
/// span fall back to the person's standing <see cref="ScheduleAssignment"/>, then to the headquarters hours.
/// </summary>
public sealed class ScheduleSpanRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string ScheduleId { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
