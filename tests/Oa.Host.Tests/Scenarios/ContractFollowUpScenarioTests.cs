using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

namespace Oa.Host.Tests.Scenarios;

/// <summary>
/// The processes that pick a contract from the contract ledger (seed 000 §10, 003 §3.1.3.1): 回款登记 (财务确认),
/// 销售发票开具 (销售总监 → 财务开票), 合同变更 (法务 → 销售总监 → 财务), each writing back onto the contract.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class ContractFollowUpScenarioTests(ScenarioFactory factory)
{
    /// <summary>A contract of 王芳's in the ledger: 120 000, paid 60 000 at signing (due 2026-12-31) and 60 000 at acceptance.</summary>
    private async Task<(long Id, string No, object Pick)> ContractAsync()
    {
        var no = ApiClient.Unique("XS-");
        var record = await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), "contracts", new
        {
            contractNo = no, contractName = "省平台运维服务合同", customerName = "河北省生态环境厅", contractType = "maintenance", amount = 120000,
            signDate = "2026-12-01", termStart = "2027-01-01", termEnd = "2027-12-31",
            paymentTerms = new object[]
            {
                new { period = 1, node = "签订", condition = "签订后 10 日内", amount = 60000, dueDate = "2026-12-31" },
                new { period = 2, node = "验收", condition = "验收合格后", amount = 60000, dueDate = "2027-06-30" },
            },
        });
        var id = record.GetProperty("id").GetInt64();
        return (id, no, new { id, title = record.GetProperty("title").GetString() });
    }

    private async Task<JsonElement> RecordAsync(long id) =>
        await (await (await factory.ClientAsAsync("qianhua")).GetAsync($"/api/ledgers/contracts/records/{id}")).JsonAsync();

    [Fact]
    public async Task Receipt_FinanceConfirms_TheReceiptIsOnTheContract_AndTheReceivableShrinks_RejectedAddsNone()
    {
        await factory.ReadyAsync();
        var contract = await ContractAsync();
        var wangfang = await factory.ClientAsAsync("wangfang");
        object Receipt(decimal amount, string bankRef) => new
        {
            contract = contract.Pick, receivedDate = "2026-12-18", receivedAmount = amount, payer = "河北省生态环境厅", bankRef, paymentNode = "签订",
        };
        var started = await ScenarioFactory.StartAsync(wangfang, "Process_ContractReceipt", Receipt(60000, "B-1"));
        var id = started.GetProperty("id").GetString()!;
        Assert.Equal(contract.No, (await factory.InstanceAsync(wangfang, id)).GetProperty("variables").GetProperty("contractNo").GetString()); // copied from the pick
        Assert.StartsWith("HK-202612-", started.GetProperty("serialNo").GetString());
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id, variables: new { financeNote = "已核对到账" });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var record = await RecordAsync(contract.Id);
        var receipt = Assert.Single(record.GetProperty("fields").GetProperty("receipts").EnumerateArray());
        Assert.Equal(("2026-12-18", 60000m, "B-1", "签订", id),
            (receipt.GetProperty("receivedDate").GetString(), receipt.GetProperty("amount").GetDecimal(), receipt.GetProperty("bankRef").GetString(),
             receipt.GetProperty("node").GetString(), receipt.GetProperty("instance").GetString()));
        var summary = record.GetProperty("contract");
        Assert.Equal((60000m, 60000m), (summary.GetProperty("received").GetDecimal(), summary.GetProperty("outstanding").GetDecimal()));
        Assert.Equal("已回款", summary.GetProperty("plan")[0].GetProperty("state").GetString());

        var refused = (await ScenarioFactory.StartAsync(wangfang, "Process_ContractReceipt", Receipt(30000, "B-2"))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("sunyue"), refused, "reject", comment: "未查到该笔到账");
        Assert.Equal("rejected", await factory.StatusAsync(refused));
        Assert.Equal(60000m, (await RecordAsync(contract.Id)).GetProperty("contract").GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task Invoice_DirectorThenFinanceIssues_TheInvoiceIsOnTheContract_DirectorRejectionAddsNone()
    {
        await factory.ReadyAsync();
        var contract = await ContractAsync();
        var wangfang = await factory.ClientAsAsync("wangfang");
        object Invoice() => new
        {
            contract = contract.Pick, invoiceType = "special", invoiceAmount = 60000, buyerName = "河北省生态环境厅", taxNo = "11130000000000123X",
            buyerAddress = "石家庄市 0311-0000000", buyerBank = "工行 0402", itemName = "运维服务费",
        };
        var id = (await ScenarioFactory.StartAsync(wangfang, "Process_SalesInvoice", Invoice())).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("lichao"), id);
        var qianhua = await factory.ClientAsAsync("qianhua");
        var file = await qianhua.UploadIdAsync(FileUploads.Pdf, "发票.pdf");
        await factory.ActAsync(qianhua, id, variables: new
        {
            invoiceNo = "26120001", invoiceDate = "2026-12-19", invoiceFile = new[] { new { id = file, name = "发票.pdf", size = FileUploads.Pdf.Length } },
        });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var record = await RecordAsync(contract.Id);
        var invoice = Assert.Single(record.GetProperty("fields").GetProperty("invoices").EnumerateArray());
        Assert.Equal(("26120001", "2026-12-19", 60000m, "special"),
            (invoice.GetProperty("invoiceNo").GetString(), invoice.GetProperty("invoiceDate").GetString(), invoice.GetProperty("amount").GetDecimal(), invoice.GetProperty("invoiceType").GetString()));
        Assert.Equal(60000m, record.GetProperty("contract").GetProperty("invoiced").GetDecimal());

        var refused = (await ScenarioFactory.StartAsync(wangfang, "Process_SalesInvoice", Invoice())).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("lichao"), refused, "reject", comment: "尚未回款");
        Assert.Equal("rejected", await factory.StatusAsync(refused));
        Assert.Single((await RecordAsync(contract.Id)).GetProperty("fields").GetProperty("invoices").EnumerateArray());
    }

    private async Task<object> ChangeAsync(object pick) => new
    {
        contract = pick, changes = new[] { "amount", "receivables" }, newAmount = 150000,
        newReceivables = new object[]
        {
            new { node = "签订", amount = 60000, dueDate = "2026-12-31", condition = "签订后 10 日内" },
            new { node = "验收", amount = 60000, dueDate = "2027-06-30", condition = "验收合格后" },
            new { node = "增补", amount = 30000, dueDate = "2027-09-30", condition = "增补服务验收后" },
        },
        changeText = "增加两个市级平台的运维", reason = "客户扩大运维范围",
        agreement = new[] { new { id = await (await factory.ClientAsAsync("wangfang")).UploadIdAsync(FileUploads.Pdf, "补充协议.pdf"), name = "补充协议.pdf", size = FileUploads.Pdf.Length } },
    };

    [Fact]
    public async Task Change_LegalDirectorFinance_UpdatesOnlyTheTickedFields_AndLogsTheChange()
    {
        await factory.ReadyAsync();
        var contract = await ContractAsync();
        var id = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("wangfang"), "Process_ContractChange", await ChangeAsync(contract.Pick))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("zhenghao"), id);
        await factory.ActAsync(await factory.ClientAsAsync("lichao"), id);
        Assert.Equal("120000", (await RecordAsync(contract.Id)).Field("amount")); // not before finance has approved
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id);

        Assert.Equal("completed", await factory.StatusAsync(id));
        var record = await RecordAsync(contract.Id);
        Assert.Equal(("150000", "河北省生态环境厅", "2027-12-31"), (record.Field("amount"), record.Field("customerName"), record.Field("termEnd"))); // 相对方/期限 not ticked: kept
        Assert.Equal(["签订", "验收", "增补"], record.GetProperty("fields").GetProperty("paymentTerms").EnumerateArray().Select(r => r.GetProperty("node").GetString()));
        Assert.Equal(150000m, record.GetProperty("contract").GetProperty("outstanding").GetDecimal());
        var log = Assert.Single(record.GetProperty("fields").GetProperty("changeLog").EnumerateArray());
        Assert.Equal(("2026-12-07", "客户扩大运维范围", id), (log.GetProperty("changedOn").GetString(), log.GetProperty("reason").GetString(), log.GetProperty("instance").GetString()));
        Assert.Equal(["amount", "receivables"], log.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Change_LegalRejects_TheContractStaysAsItWas_AndOnlySalesMayStartIt()
    {
        await factory.ReadyAsync();
        var contract = await ContractAsync();
        var change = await ChangeAsync(contract.Pick);
        var engineer = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync("/api/processes/Process_ContractChange/instances", new { variables = change });
        Assert.Equal(HttpStatusCode.Forbidden, engineer.StatusCode);

        var id = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("wangfang"), "Process_ContractChange", change)).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("zhenghao"), id, "reject", comment: "补充协议缺少违约条款");
        Assert.Equal("rejected", await factory.StatusAsync(id));
        var record = await RecordAsync(contract.Id);
        Assert.Equal("120000", record.Field("amount"));
        Assert.False(record.GetProperty("fields").TryGetProperty("changeLog", out var log) && log.GetArrayLength() > 0);
    }
}
