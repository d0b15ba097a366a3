namespace Oa.Host.Features.Attendance.Rules;

// Weekends are rest days unless listed as make-up working days (调休上班); listed holidays win
// over everything. Both sets are editable (yearly import, admin corrections).
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> workingDays = [];

    public WorkCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DateOnly>? extraWorkingDays = null)
    {
        foreach (var d in holidays ?? []) AddHoliday(d);
        foreach (var d in extraWorkingDays ?? []) AddWorkingDay(d);
    }

    public IReadOnlyCollection<DateOnly> Holidays => holidays;
    public IReadOnlyCollection<DateOnly> ExtraWorkingDays => workingDays;

    public void AddHoliday(DateOnly date)
    {
        workingDays.Remove(date);
        holidays.Add(date);
    }

    public void AddWorkingDay(DateOnly date)
    {
        holidays.Remove(date);
        workingDays.Add(date);
    }

    public void Reset(DateOnly date)
    {
        holidays.Remove(date);
        workingDays.Remove(date);
    }

    public DayKind KindOf(DateOnly date)
    {
        if (holidays.Contains(date)) return DayKind.Holiday;
        if (workingDays.Contains(date)) return DayKind.Workday;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.RestDay : DayKind.Workday;
    }
}
