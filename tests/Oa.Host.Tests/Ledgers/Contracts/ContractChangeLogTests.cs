using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Ledgers.Contracts;

/// <summary>
/// 合同变更: the shipped contract-change.bpmn's ledger task appends one change-log row per approved change onto the
/// contract record (the real handler with the headers read from the file), and the contract page lists them.
/// </summary>
public sealed class ContractChangeLogTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL", Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private static Dictionary<string, string> Headers()
    {
        var file = Path.Combine(Path.GetDirectoryName(LedgerKit.ShippedDirectory)!, "Processes", "contract-change.bpmn");
        var task = XDocument.Load(file).Descendants(Bpmn + "serviceTask").Single(t => (string?)t.Attribute("id") == "Task_WriteChangeLog");
        return task.Descendants(Zeebe + "header").ToDictionary(h => (string)h.Attribute("key")!, h => (string)h.Attribute("value")!);
    }

    private async Task ApproveChangeAsync(string instanceId, object variables)
    {
        var values = JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        await using var scope = factory.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IHostServiceTask>().Single(t => t.Type == "oa-ledger-upsert");
        await task.ExecuteAsync(new HostServiceTaskContext(scope.ServiceProvider.GetRequiredService<OaDbContext>(), instanceId, "Process_ContractChange",
            "Task_WriteChangeLog", ApiClient.Unique("job"), Headers(), values, "wangfang"), CancellationToken.None);
    }

    [Fact]
    public async Task ApprovedChanges_AppendRowsToTheContractsChangeLog_ShownOnTheContractPage()
    {
        await LedgerKit.PublishAsync(factory, JsonNode.Parse(LedgerKit.Shipped("contracts"))!.AsObject());
        var contractNo = ApiClient.Unique("BG-");
        var wangfang = await factory.ClientAsAsync("wangfang");
        var created = await LedgerKit.CreateAsync(wangfang, "contracts", new
        {
            contractNo, contractName = "运维服务合同", customerName = "河北省生态环境厅", contractType = "maintenance", amount = 100000, signDate = "2026-03-01",
            paymentTerms = new[] { new { node = "签订", amount = 100000, dueDate = "2099-12-31" } },
        });
        var id = created.GetProperty("id").GetInt64();

        await ApproveChangeAsync("inst-change-1", new { contractNo, changes = new[] { "amount" }, newAmount = 120000, reason = "增加巡检次数", changeText = "金额调整为 12 万元" });
        await ApproveChangeAsync("inst-change-2", new { contractNo, changes = new[] { "term", "party" }, newTermEnd = "2027-12-31", newParty = "河北省环境监测中心", reason = "主体变更", changeText = "延期一年" });

        var record = await (await wangfang.GetAsync($"/api/ledgers/contracts/records/{id}")).JsonAsync();
        var log = record.GetProperty("fields").GetProperty("changeLog").EnumerateArray().ToList();
        Assert.Equal(2, log.Count);
        Assert.Equal("inst-change-1", log[0].GetProperty("instance").GetString());
        Assert.Equal(120000m, log[0].GetProperty("newAmount").GetDecimal());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd"), log[0].GetProperty("changedOn").GetString());
        Assert.Equal(["term", "party"], log[1].GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        // Only the log changed: the plan and the amount are as signed.
        Assert.Equal(100000m, record.GetProperty("contract").GetProperty("amount").GetDecimal());

        var page = await (await WorkbenchBrowser.SignInAsync(factory, "wangfang")).PageAsync($"/Ledgers/contracts/Record/{id}");
        Assert.Contains("合同变更记录", page);
        Assert.Contains("履行期限、合同相对方", page);
        Assert.Contains("增加巡检次数", page);
    }

    [Fact]
    public async Task ChangeOfAContractNotInTheLedger_IsABpmnError_NotANewRecord()
    {
        await LedgerKit.PublishAsync(factory, JsonNode.Parse(LedgerKit.Shipped("contracts"))!.AsObject());
        var missing = ApiClient.Unique("NONE-");
        var error = await Assert.ThrowsAsync<ServiceTaskBusinessError>(() => ApproveChangeAsync("inst-x", new { contractNo = missing, changes = new[] { "other" }, reason = "x", changeText = "x" }));
        Assert.Equal("LEDGER_INVALID", error.ErrorCode);
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("admin"), "contracts", "?q=" + missing));
    }
}
