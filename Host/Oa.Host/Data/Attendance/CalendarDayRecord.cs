namespace Oa.Host.Data.Attendance;

/// <summary>
/// An exception to the Monday–Friday week: a public holiday or a make-up working day (调休上班). Days not listed follow
/// the week. HR edits them one by one or imports a year.
/// </summary>
public sealed class CalendarDayRecord
{
    public DateOnly Date { get; set; }
    /// <summary>"holiday" or "workday".</summary>
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
