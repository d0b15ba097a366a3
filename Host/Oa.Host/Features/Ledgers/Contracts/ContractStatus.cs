using System.Globalization;
using System.Text.Json.Nodes;

namespace Oa.Host.Features.Ledgers.Contracts;

/// <summary>
/// Works out a contract's collection state from its record: the receivable plan (<c>paymentTerms</c>: 期数, node,
/// condition, due date, amount), receipts (<c>receipts</c>, each optionally naming the 期数 it pays) and invoices.
/// A receipt pays its own plan row first; what exceeds that row (an over-payment) pays the earliest open rows, and
/// receipts without a 期数 do the same. Money beyond the whole plan is reported as <see cref="ContractSummary.Overpaid"/>.
/// </summary>
public static class ContractStatus
{
    public const string Running = "执行中", Collected = "已回款", Overdue = "逾期", Completed = "已完成";

    public static ContractSummary Compute(JsonObject data, DateOnly today)
    {
        var plan = Rows(data["paymentTerms"]).Select((r, i) => new Row(
            Int(r["period"]) ?? i + 1, Str(r["node"]) ?? "", Str(r["condition"]), Date(r["dueDate"]), Money(r["amount"]))).ToList();
        var receipts = Rows(data["receipts"]).Select(r => (Period: Int(r["period"]), Amount: Money(r["amount"]))).ToList();
        var spill = 0m;
        foreach (var (period, paid) in receipts)
        {
            var row = period is { } p ? plan.FirstOrDefault(x => x.Period == p) : null;
            if (row is null) { spill += paid; continue; }
            var take = Math.Min(paid, Math.Max(0, row.Amount - row.Received));
            row.Received += take;
            spill += paid - take;
        }
        foreach (var row in plan.OrderBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Period))
        {
            var take = Math.Min(spill, Math.Max(0, row.Amount - row.Received));
            row.Received += take;
            spill -= take;
        }

        var amountField = Money(data["amount"]);
        var amount = amountField > 0 ? amountField : plan.Sum(r => r.Amount);
        var received = receipts.Sum(r => r.Amount);
        var invoiced = Rows(data["invoices"]).Sum(r => Money(r["amount"]));
        var states = plan.Select(r =>
        {
            var overdue = r.Due is { } due && due < today && r.Received < r.Amount;
            var state = r.Received >= r.Amount ? "已回款" : overdue ? "逾期" : r.Received > 0 ? "部分回款" : "未到期";
            return new PlanRowState(r.Period, r.Node, r.Condition, r.Due, r.Amount, r.Received, overdue, state);
        }).ToList();
        var overdueAmount = states.Where(s => s.Overdue).Sum(s => s.Amount - s.Received);
        var termEnd = Date(data["termEnd"]);
        var status = received >= amount && amount > 0
            ? (invoiced >= amount && (termEnd is null || termEnd <= today) ? Completed : Collected)
            : overdueAmount > 0 ? Overdue : Running;
        var cost = data["cost"] is null ? (decimal?)null : Money(data["cost"]);
        return new ContractSummary(amount, received, invoiced, Math.Max(0, amount - received), overdueAmount,
            Math.Max(0, received - amount), cost is { } c && amount > 0 ? Math.Round((amount - c) / amount, 4) : null, status, states);
    }

    private sealed class Row(int period, string node, string? condition, DateOnly? due, decimal amount)
    {
        public int Period { get; } = period;
        public string Node { get; } = node;
        public string? Condition { get; } = condition;
        public DateOnly? Due { get; } = due;
        public decimal Amount { get; } = amount;
        public decimal Received { get; set; }
    }

    private static IEnumerable<JsonObject> Rows(JsonNode? list) => (list as JsonArray)?.OfType<JsonObject>() ?? [];

    private static decimal Money(JsonNode? n) =>
        decimal.TryParse(LedgerIndexer.Text(n), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0m;

    private static int? Int(JsonNode? n) => int.TryParse(LedgerIndexer.Text(n), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static string? Str(JsonNode? n) => LedgerIndexer.Text(n);

    private static DateOnly? Date(JsonNode? n) =>
        LedgerIndexer.Text(n) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;
}
