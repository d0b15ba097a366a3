using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>
/// The shipped 销售合同评审 writes the shipped contract ledger: the real handler, with the task headers read from
/// sales-contract.bpmn and the variables an approved instance holds, creates a valid record owned by the salesperson.
/// </summary>
public sealed class SalesContractWriteBackTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL", Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private static Dictionary<string, string> Headers()
    {
        var file = Path.Combine(Path.GetDirectoryName(LedgerKit.ShippedDirectory)!, "Processes", "sales-contract.bpmn");
        var task = XDocument.Load(file).Descendants(Bpmn + "serviceTask").Single(t => (string?)t.Attribute("id") == "Task_WriteLedger");
        Assert.Equal("oa-ledger-upsert", (string?)task.Descendants(Zeebe + "taskDefinition").Single().Attribute("type"));
        return task.Descendants(Zeebe + "header").ToDictionary(h => (string)h.Attribute("key")!, h => (string)h.Attribute("value")!);
    }

    [Fact]
    public async Task ApprovedContractVariables_CreateAValidContractRecordOwnedByTheSalesperson()
    {
        await LedgerKit.PublishAsync(factory, JsonNode.Parse(LedgerKit.Shipped("contracts"))!.AsObject());
        var contractNo = ApiClient.Unique("XS-");
        // The start form's data as the process holds it (see the Definitions scenario), plus fields the ledger ignores.
        var variables = JsonSerializer.SerializeToElement(new
        {
            contractNo, contractName = "自动监控系统运维服务合同", customerName = "河北省生态环境厅", contractType = "maintenance", isTemplate = true,
            amount = 120000, signDate = "2026-12-05", termStart = "2027-01-01", termEnd = "2099-12-31", Task_Finance_outcome = "approve", // far dates: 执行中 whenever the test runs
            paymentTerms = new[]
            {
                new { node = "签订", condition = "合同签订后 15 日内", amount = 60000, dueDate = "2099-12-20" },
                new { node = "验收", condition = "验收合格后", amount = 60000, dueDate = "2099-12-31" },
            },
        }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var task = scope.ServiceProvider.GetServices<IHostServiceTask>().Single(t => t.Type == "oa-ledger-upsert");
            await task.ExecuteAsync(new HostServiceTaskContext(scope.ServiceProvider.GetRequiredService<OaDbContext>(), "inst-sc", "Process_SalesContract",
                "Task_WriteLedger", ApiClient.Unique("job"), Headers(), variables, "wangfang"), CancellationToken.None);
        }

        var wangfang = await factory.ClientAsAsync("wangfang");
        var record = Assert.Single(await LedgerKit.ListAsync(wangfang, "contracts", "?q=" + contractNo));
        Assert.Equal("wangfang", record.GetProperty("owner").GetString());
        Assert.Equal("执行中", record.GetProperty("status").GetString());
        var plan = record.GetProperty("contract").GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal([1, 2], plan.Select(p => p.GetProperty("period").GetInt32())); // 期数 from the row order
        Assert.Equal(120000m, record.GetProperty("contract").GetProperty("amount").GetDecimal());
        // liuqiang, another salesperson, does not see wangfang's contract
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("liuqiang"), "contracts", "?q=" + contractNo));
    }
}
