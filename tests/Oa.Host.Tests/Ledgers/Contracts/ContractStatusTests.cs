using System.Text.Json.Nodes;
using Oa.Host.Features.Ledgers.Contracts;

namespace Oa.Host.Tests.Ledgers.Contracts;

/// <summary>Hand-computed contracts: 3 plan rows of 30 000 / 50 000 / 20 000 (total 100 000).</summary>
public sealed class ContractStatusTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static JsonObject Contract(string receipts, string invoices = "[]", string? termEnd = null) => JsonNode.Parse($$"""
        {"amount":100000,"cost":60000,"termEnd":{{(termEnd is null ? "null" : $"\"{termEnd}\"")}},
         "paymentTerms":[
           {"period":1,"node":"预付款","condition":"签订后","dueDate":"2026-03-01","amount":30000},
           {"period":2,"node":"验收款","condition":"验收后","dueDate":"2026-06-01","amount":50000},
           {"period":3,"node":"质保金","condition":"一年后","dueDate":"2027-06-01","amount":20000}],
         "receipts":{{receipts}},"invoices":{{invoices}}}
        """)!.AsObject();

    [Fact]
    public void PartialPaymentOfDueRow_IsOverdueWithTheRemainder()
    {
        var s = ContractStatus.Compute(Contract("""[{"amount":30000,"period":1},{"amount":20000,"period":2}]"""), Today);
        Assert.Equal(ContractStatus.Overdue, s.Status);
        Assert.Equal(30000m, s.OverdueAmount);
        Assert.Equal(50000m, s.Outstanding);
        Assert.Equal(["已回款", "逾期", "未到期"], s.Plan.Select(p => p.State));
        Assert.Equal(0.4m, s.GrossMargin);
    }

    [Fact]
    public void OverpaymentOfOneRow_SpillsToTheNextOpenRow()
    {
        // 60 000 against 期数 1: 30 000 pays it, 30 000 goes to 期数 2 (20 000 still open there, due → overdue).
        var s = ContractStatus.Compute(Contract("""[{"amount":60000,"period":1}]"""), Today);
        Assert.Equal([30000m, 30000m, 0m], s.Plan.Select(p => p.Received));
        Assert.Equal(20000m, s.OverdueAmount);
        Assert.Equal(ContractStatus.Overdue, s.Status);
    }

    [Fact]
    public void ReceiptsWithoutPeriod_PayEarliestDueFirst_AndNothingDueIsRunning()
    {
        var s = ContractStatus.Compute(Contract("""[{"amount":80000}]"""), Today);
        Assert.Equal([30000m, 50000m, 0m], s.Plan.Select(p => p.Received));
        Assert.Equal(ContractStatus.Running, s.Status);
        Assert.Equal(0m, s.OverdueAmount);
    }

    [Fact]
    public void FullyPaidButNotInvoiced_IsCollected_AndOverpaymentReported()
    {
        var s = ContractStatus.Compute(Contract("""[{"amount":100000},{"amount":500}]"""), Today);
        Assert.Equal(ContractStatus.Collected, s.Status);
        Assert.Equal(500m, s.Overpaid);
    }

    [Fact]
    public void PaidInvoicedAndTermEnded_IsCompleted()
    {
        var s = ContractStatus.Compute(Contract("""[{"amount":100000}]""", """[{"amount":100000}]""", termEnd: "2026-06-01"), Today);
        Assert.Equal(ContractStatus.Completed, s.Status);
        var running = ContractStatus.Compute(Contract("""[{"amount":100000}]""", """[{"amount":100000}]""", termEnd: "2026-12-31"), Today);
        Assert.Equal(ContractStatus.Collected, running.Status);
    }
}
