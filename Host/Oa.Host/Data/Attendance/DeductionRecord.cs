namespace Oa.Host.Data.Attendance;

/// <summary>An itemised 扣款明细 line of a period summary.</summary>
public sealed class DeductionRecord
{
    public long Id { get; set; }
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Rule { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal UnitAmount { get; set; }
    public decimal Amount { get; set; }
    public string Text { get; set; } = "";
}
