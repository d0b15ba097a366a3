namespace Oa.Host.Features.Attendance.Rules;

// A line of the 异常考勤 approval. Free lates are listed too (the employee may still have to
// explain them); Deduction says what the line costs after the monthly allowance.
public sealed record Anomaly(DateOnly Date, AnomalyKind Kind, decimal Quantity, decimal Deduction);
