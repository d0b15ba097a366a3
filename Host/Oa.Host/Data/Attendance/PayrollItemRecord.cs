namespace Oa.Host.Data.Attendance;

/// <summary>
/// One line of the monthly payments run: an allowance (+) or a deduction (−) for one person and period. Lines are
/// never edited: a later run that computes a different amount adds an adjusting line (<see cref="Adjustment"/>) for
/// the difference, so the sheet shows what changed and when.
/// </summary>
public sealed class PayrollItemRecord
{
    public long Id { get; set; }
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? DepartmentId { get; set; }
    /// <summary>secondment / certificate / laptop / overtime / attendance-deduction.</summary>
    public string Kind { get; set; } = "";
    /// <summary>What the line is for within its kind (a certificate number, a secondment request), so runs compare like with like.</summary>
    public string Reference { get; set; } = "";
    public decimal Amount { get; set; }
    public string Text { get; set; } = "";
    public bool Adjustment { get; set; }
    public int RunNo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
