namespace Oa.Host.Features.Attendance.Rules;

// A stint on a schedule other than the employee's usual one, both ends inclusive (To null: until further notice),
// e.g. 驻地 at a customer whose working hours differ from headquarters (参照所在环保局时间).
public sealed record ScheduleSpan(DateOnly From, DateOnly? To, Schedule Schedule)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To);
}
