namespace Oa.Host.Features.Attendance.Rules;

// One 扣款明细 line: Quantity × UnitAmount, rounded to 分. Quantity is arrivals, minutes,
// punches or days depending on the rule.
public sealed record DeductionLine(DateOnly Date, DeductionRule Rule, decimal Quantity, decimal UnitAmount, decimal Amount, string Text);
