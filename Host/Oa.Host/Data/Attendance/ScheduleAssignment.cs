namespace Oa.Host.Data.Attendance;

/// <summary>Which schedule a person follows; people without one follow the headquarters schedule.</summary>
public sealed class ScheduleAssignment
{
    public string UserName { get; set; } = "";
    public string ScheduleId { get; set; } = "";
}
