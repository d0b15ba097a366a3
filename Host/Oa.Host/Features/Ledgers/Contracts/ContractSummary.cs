namespace Oa.Host.Features.Ledgers.Contracts;

/// <param name="Status">执行中 / 已回款 / 逾期 / 已完成.</param>
/// <param name="Overpaid">Received beyond the contract amount (a refund or the next contract's advance).</param>
public sealed record ContractSummary(
    decimal Amount, decimal Received, decimal Invoiced, decimal Outstanding, decimal OverdueAmount, decimal Overpaid,
    decimal? GrossMargin, string Status, IReadOnlyList<PlanRowState> Plan);

/// <param name="State">未到期 / 部分回款 / 已回款 / 逾期.</param>
public sealed record PlanRowState(int Period, string Node, string? Condition, DateOnly? Due, decimal Amount, decimal Received, bool Overdue, string State);
