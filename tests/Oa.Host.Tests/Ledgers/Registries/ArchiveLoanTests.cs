using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers.Registries;

/// <summary>
/// 客户档案借阅: another team's customer archive is out of scope until an approved loan (written by the shipped
/// archive-loan process's ledger task) lends it — read only, from the start to the end date, and not a day longer.
/// </summary>
public sealed class ArchiveLoanTests(RegistryFactory factory) : IClassFixture<RegistryFactory>
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL", Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private static Dictionary<string, string> Headers()
    {
        var file = Path.Combine(Path.GetDirectoryName(LedgerKit.ShippedDirectory)!, "Processes", "archive-loan.bpmn");
        var task = XDocument.Load(file).Descendants(Bpmn + "serviceTask").Single(t => (string?)t.Attribute("id") == "Task_WriteLoan");
        return task.Descendants(Zeebe + "header").ToDictionary(h => (string)h.Attribute("key")!, h => (string)h.Attribute("value")!);
    }

    /// <summary>What an approved loan instance holds when its ledger task runs (the approver picked the record).</summary>
    private async Task LendAsync(string borrower, long customerId, string customerName, string from, string until)
    {
        var variables = JsonSerializer.SerializeToElement(new
        {
            customer = new { id = customerId, title = customerName }, customerName, loanStart = from, loanEnd = until,
            purpose = "投标需要了解客户既往合作", Task_Approve_outcome = "approve",
        }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        await using var scope = factory.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IHostServiceTask>().Single(t => t.Type == "oa-ledger-upsert");
        await task.ExecuteAsync(new HostServiceTaskContext(scope.ServiceProvider.GetRequiredService<OaDbContext>(), ApiClient.Unique("inst"), "Process_ArchiveLoan",
            "Task_WriteLoan", ApiClient.Unique("job"), Headers(), variables, borrower), CancellationToken.None);
    }

    /// <summary>A date relative to the fake clock's today (fake time only moves forward, and tests share it).</summary>
    private string Day(int offset) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(offset).ToString("yyyy-MM-dd");

    private async Task<long> CustomerOfWangfangAsync(string name)
    {
        var record = await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), "customers", new { customerName = name, contact = "王经理", region = "jys" });
        return record.GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Loan_GrantsReadUntilItsEndDate_ThenExpires()
    {
        await factory.PublishShippedAsync();
        var name = ApiClient.Unique("陕西客户");
        var id = await CustomerOfWangfangAsync(name);
        var liuqiang = await factory.ClientAsAsync("liuqiang"); // another salesperson: own scope only
        Assert.Equal(HttpStatusCode.NotFound, (await liuqiang.GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);

        await LendAsync("liuqiang", id, name, Day(0), Day(2));

        Assert.Equal(HttpStatusCode.OK, (await liuqiang.GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);
        Assert.Single(await LedgerKit.ListAsync(liuqiang, "customers", "?q=" + name));
        // Read only: the loan lends no editing.
        var edit = await liuqiang.PutAsJsonAsync($"/api/ledgers/customers/records/{id}", new { fields = new { contact = "改" } });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        // A third salesperson-like outsider sees nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(2)); // the end date still counts
        liuqiang = await factory.ClientAsAsync("liuqiang"); // a fresh token: the old one has expired on the fake clock
        Assert.Equal(HttpStatusCode.OK, (await liuqiang.GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(1)); // the day after: expired
        liuqiang = await factory.ClientAsAsync("liuqiang");
        Assert.Equal(HttpStatusCode.NotFound, (await liuqiang.GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);
        Assert.Empty(await LedgerKit.ListAsync(liuqiang, "customers", "?q=" + name));
        var export = await liuqiang.GetAsync("/api/ledgers/customers/export?q=" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>(), r => r["客户名称"]?.ToString() == name);
    }

    [Fact]
    public async Task LoanNotYetStarted_OrForSomeoneElse_GrantsNothing()
    {
        await factory.PublishShippedAsync();
        var name = ApiClient.Unique("宁夏客户");
        var id = await CustomerOfWangfangAsync(name);
        await LendAsync("liuqiang", id, name, Day(1), Day(30));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("liuqiang")).GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);
    }

    [Fact]
    public async Task Borrower_CannotWriteALoanForThemselves()
    {
        await factory.PublishShippedAsync();
        var id = await CustomerOfWangfangAsync(ApiClient.Unique("自借客户"));
        var liuqiang = await factory.ClientAsAsync("liuqiang");
        var response = await liuqiang.PostAsJsonAsync("/api/ledgers/archive-loans/records", new
        {
            fields = new { customer = new { id, title = "x" }, customerName = "x", loanStart = "2026-06-01", loanEnd = "2026-12-31", purpose = "自己借" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liuqiang.GetAsync($"/api/ledgers/customers/records/{id}")).StatusCode);
    }
}
