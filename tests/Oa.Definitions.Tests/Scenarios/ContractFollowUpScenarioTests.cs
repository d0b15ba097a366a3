using System.Text.Json.Nodes;
using Oa.Definitions.Tests.Support;

namespace Oa.Definitions.Tests.Scenarios;

// 回款登记 · 销售发票开具 · 合同变更: the processes that pick a contract from the contract ledger (seed 000 §10, 003 §3.1.3).
public class ContractFollowUpScenarioTests
{
    static readonly Dictionary<string, JsonObject> Contracts = new()
    {
        // parsed, as a store would load it: a JsonValue built from a CLR int fails the number check (see the README)
        ["contracts/HT-2026-0042"] = JsonNode.Parse("""{"contractNo":"XS-2026-118","customerName":"河北省生态环境厅","amount":120000}""")!.AsObject(),
    };

    const string Pick = "\"contract\":{\"id\":\"HT-2026-0042\",\"title\":\"XS-2026-118 河北省生态环境厅\"}";

    const string Receipt = "{" + Pick + """
        ,"receivedDate":"2026-12-18","receivedAmount":60000,"payer":"河北省生态环境厅","bankRef":"B20261218001","paymentNode":"签订"}
        """;

    [Fact]
    public async Task Receipt_PicksTheContract_FinanceConfirms()
    {
        var s = await Scenario.StartAsync("contract-receipt", "wangfang", Receipt, Contracts);
        Assert.Equal("XS-2026-118", await s.VariableAsync("contractNo"));
        Assert.Equal("120000", await s.VariableAsync("contractAmount"));
        Assert.Equal(["qianhua", "sunyue"], s.Assignees);
        await s.CompleteAsync("qianhua", json: """{"financeNote":"已核对到账"}""");
        await s.AssertEndedAtAsync("End_Recorded");
    }

    [Fact]
    public async Task Receipt_FinanceRejects()
    {
        var s = await Scenario.StartAsync("contract-receipt", "wangfang", Receipt, Contracts);
        await s.CompleteAsync("sunyue", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void Receipt_WithoutContractOrAmount_IsRejected() =>
        Scenario.AssertRejected("contract-receipt", """{"receivedDate":"2026-12-18","payer":"某单位"}""", "contract", "receivedAmount");

    const string Invoice = "{" + Pick + """
        ,"invoiceType":"special","invoiceAmount":60000,"buyerName":"河北省生态环境厅","taxNo":"11130000000000123X",
         "buyerAddress":"石家庄市 0311-0000000","buyerBank":"工行 0402","itemName":"运维服务费"}
        """;

    [Fact]
    public async Task Invoice_DirectorThenFinanceIssues()
    {
        var s = await Scenario.StartAsync("sales-invoice", "wangfang", Invoice, Contracts);
        Assert.Equal(["lichao"], s.Assignees);
        await s.CompleteAsync("lichao");
        await s.CompleteAsync("sunyue", json: """{"invoiceNo":"26120001","invoiceDate":"2026-12-19","invoiceFile":[{"id":"f-i","name":"发票.pdf","size":4096}]}""");
        await s.AssertEndedAtAsync("End_Invoiced");
        Assert.Equal("26120001", await s.VariableAsync("invoiceNo"));
    }

    [Fact]
    public async Task Invoice_DirectorRejects()
    {
        var s = await Scenario.StartAsync("sales-invoice", "wangfang", Invoice, Contracts);
        await s.CompleteAsync("lichao", "reject");
        await s.AssertEndedAtAsync("End_DirectorRejected");
    }

    [Fact]
    public void Invoice_BadTaxNumber_IsRejected()
    {
        var errors = Scenario.ValidateStart("sales-invoice", Invoice.Replace("11130000000000123X", "123"), Contracts);
        Assert.Equal(["taxNo"], errors.Select(e => e.Path));
    }

    const string Change = "{" + Pick + """
        ,"changes":["amount","receivables"],"newAmount":150000,
         "newReceivables":[{"node":"增补","amount":30000,"dueDate":"2027-06-30","condition":"增补服务验收后"}],
         "changeText":"增加两个市级平台的运维","reason":"客户扩大运维范围","agreement":[{"id":"f-a","name":"补充协议.pdf","size":9000}]}
        """;

    [Fact]
    public async Task ContractChange_LegalDirectorFinance()
    {
        var s = await Scenario.StartAsync("contract-change", "wangfang", Change, Contracts);
        Assert.Equal(["zhenghao"], s.Assignees);
        await s.CompleteAsync("zhenghao");
        await s.CompleteAsync("lichao");
        await s.CompleteAsync("qianhua");
        await s.AssertEndedAtAsync("End_Changed");
        Assert.Equal("150000", await s.VariableAsync("newAmount"));
    }

    [Fact]
    public async Task ContractChange_LegalRejects()
    {
        var s = await Scenario.StartAsync("contract-change", "wangfang", Change, Contracts);
        await s.CompleteAsync("zhenghao", "reject");
        await s.AssertEndedAtAsync("End_LegalRejected");
    }

    [Fact]
    public void ContractChange_AmountChangeWithoutNewAmount_IsNotRequiredButAnEmptyChangeListIs()
    {
        var errors = Scenario.ValidateStart("contract-change", Change.Replace("\"changes\":[\"amount\",\"receivables\"]", "\"changes\":[]"), Contracts);
        Assert.Equal(["changes"], errors.Select(e => e.Path).Distinct());
    }
}
