namespace Oa.Host.Data.Attendance;

/// <summary>A working-hours schedule: 总部 (09:00–12:00/13:00–18:00) or an on-site customer's hours.</summary>
public sealed class ScheduleRecord
{
    public const string HeadquartersId = "hq";

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The customer whose hours on-site staff follow (驻地人员工作时间参照所在环保局时间).</summary>
    public string? Customer { get; set; }
    public TimeOnly MorningStart { get; set; }
    public TimeOnly MorningEnd { get; set; }
    public TimeOnly AfternoonStart { get; set; }
    public TimeOnly AfternoonEnd { get; set; }
}
