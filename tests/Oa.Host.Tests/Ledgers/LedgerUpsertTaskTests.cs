using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Ledgers;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>The oa-ledger-upsert handler called directly, as the job runner will call it.</summary>
public sealed class LedgerUpsertTaskTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<(long? Id, Exception? Error)> RunAsync(string key, string jobId, object variables, string mapping = "code, customer=customerName, amount=total")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IHostServiceTask>().Single(t => t.Type == "oa-ledger-upsert");
        var vars = JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var context = new HostServiceTaskContext(scope.ServiceProvider.GetRequiredService<OaDbContext>(), "inst-" + jobId, "Process_Test", "Task_Write", jobId,
            new Dictionary<string, string> { ["ledger"] = key, ["mapping"] = mapping }, vars, "wangfang");
        try
        {
            var result = await task.ExecuteAsync(context, CancellationToken.None);
            return (result["ledgerRecordId"].GetInt64(), null);
        }
        catch (Exception ex) { return (null, ex); }
    }

    private async Task<List<Oa.Host.Data.Ledgers.LedgerRecord>> RecordsAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OaDbContext>().LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == key).ToListAsync();
    }

    [Fact]
    public async Task Upsert_NewMatchKey_CreatesRecordOwnedByInitiator_WithProcessAsSource()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var (id, error) = await RunAsync(key, ApiClient.Unique("job"), new { code = "P-1", customerName = "流程客户", total = 800, ignored = "x" });
        Assert.Null(error);
        var record = Assert.Single(await RecordsAsync(key));
        Assert.Equal(id, record.Id);
        Assert.Equal("wangfang", record.OwnerUserName);
        Assert.Equal("yxglb", record.OwnerDepartmentId);
        Assert.Contains("\"customer\":\"流程客户\"", record.DataJson);
        Assert.DoesNotContain("ignored", record.DataJson);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var history = await (await wangfang.GetAsync($"/api/ledgers/{key}/records/{id}/history")).JsonAsync();
        Assert.StartsWith("process:inst-", history[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Upsert_ExistingMatchKey_UpdatesMappedFieldsOnly()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var created = await LedgerKit.CreateAsync(heli, key, new { code = "P-2", customer = "旧名", amount = 1, note = "手工备注" });
        var (id, error) = await RunAsync(key, ApiClient.Unique("job"), new { code = "P-2", customerName = "新名", total = 2 });
        Assert.Null(error);
        Assert.Equal(created.GetProperty("id").GetInt64(), id);
        var record = await (await heli.GetAsync($"/api/ledgers/{key}/records/{id}")).JsonAsync();
        Assert.Equal("新名", record.Field("customer"));
        Assert.Equal("手工备注", record.Field("note"));
        Assert.Equal("heli", record.GetProperty("owner").GetString()); // the owner stays who created it
    }

    [Fact]
    public async Task Upsert_SameJobTwice_WritesOnce()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var job = ApiClient.Unique("job");
        var first = await RunAsync(key, job, new { code = "P-3", customerName = "甲", total = 5 });
        // A retried delivery of the same job (e.g. the runner crashed before completing it) must not write again,
        // even if the variables it sees differ.
        var second = await RunAsync(key, job, new { code = "P-3", customerName = "乙", total = 6 });
        Assert.Equal(first.Id, second.Id);
        var record = Assert.Single(await RecordsAsync(key));
        Assert.Contains("\"customer\":\"甲\"", record.DataJson);
        Assert.Equal(1, record.Version);
    }

    [Fact]
    public async Task Upsert_InvalidData_ThrowsBusinessErrorAndWritesNothing()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var (_, error) = await RunAsync(key, ApiClient.Unique("job"), new { code = "P-4", total = -1 });
        var business = Assert.IsType<ServiceTaskBusinessError>(error);
        Assert.Equal("LEDGER_INVALID", business.ErrorCode);
        Assert.Contains("customer", business.Message);
        Assert.Empty(await RecordsAsync(key));
    }

    [Fact]
    public async Task Upsert_UnknownLedger_FailsTheAttempt()
    {
        var (_, error) = await RunAsync("no-such-ledger", ApiClient.Unique("job"), new { code = "x" });
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Mapping_AcceptsPairsBareNamesAndJson()
    {
        Assert.Equal([("a", "b"), ("c", "c")], LedgerUpsertTask.Mapping("a=b, c"));
        Assert.Equal([("a", "x")], LedgerUpsertTask.Mapping("{\"a\":\"x\"}"));
        Assert.Empty(LedgerUpsertTask.Mapping(null));
    }
}
