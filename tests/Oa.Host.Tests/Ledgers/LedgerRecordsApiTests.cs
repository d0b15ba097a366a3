using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

public abstract class LedgerRecordsApiTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task Create_ValidFields_Returns201OwnedByCallerWithTitle()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var response = await wangfang.PostAsJsonAsync($"/api/ledgers/{key}/records", new { fields = new { code = "C-1", customer = "西安市环保局", amount = 12000, stage = "won", signed = "2026-03-01" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await response.JsonAsync();
        Assert.Equal("wangfang", record.GetProperty("owner").GetString());
        Assert.Equal("yxglb", record.GetProperty("ownerDepartmentId").GetString());
        Assert.Equal("C-1 · 西安市环保局", record.GetProperty("title").GetString());
        Assert.Equal(1, record.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400WithFieldErrorsAndWritesNothing()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var response = await wangfang.PostAsJsonAsync($"/api/ledgers/{key}/records", new { fields = new { code = "", amount = -5, stage = "nonsense" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "code", "customer", "amount", "stage" })
            Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Empty(await LedgerKit.ListAsync(wangfang, key));
    }

    [Fact]
    public async Task Create_DuplicateMatchField_Returns400OnThatField()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        await LedgerKit.CreateAsync(heli, key, new { code = "DUP", customer = "甲" });
        var response = await heli.PostAsJsonAsync($"/api/ledgers/{key}/records", new { fields = new { code = "DUP", customer = "乙" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task Update_ChangesOnlySentFields_AndHistoryShowsBeforeAfter()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var created = await LedgerKit.CreateAsync(wangfang, key, new { code = "U-1", customer = "甲公司", amount = 100, note = "初稿" });
        var id = created.GetProperty("id").GetInt64();

        var response = await wangfang.PutAsJsonAsync($"/api/ledgers/{key}/records/{id}", new { fields = new { amount = 250 }, version = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.JsonAsync();
        Assert.Equal("250", updated.Field("amount"));
        Assert.Equal("初稿", updated.Field("note"));
        Assert.Equal(2, updated.GetProperty("version").GetInt32());

        var history = (await (await wangfang.GetAsync($"/api/ledgers/{key}/records/{id}/history")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["created", "updated"], history.Select(h => h.GetProperty("action").GetString()));
        var change = Assert.Single(history[1].GetProperty("changes").EnumerateArray());
        Assert.Equal("amount", change.GetProperty("field").GetString());
        Assert.Equal("100", change.GetProperty("before").ToString());
        Assert.Equal("250", change.GetProperty("after").ToString());
        Assert.Equal("wangfang", history[1].GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409AndKeepsRecord()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var id = (await LedgerKit.CreateAsync(heli, key, new { code = "V-1", customer = "甲" })).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await heli.PutAsJsonAsync($"/api/ledgers/{key}/records/{id}", new { fields = new { customer = "乙" }, version = 1 })).StatusCode);
        var stale = await heli.PutAsJsonAsync($"/api/ledgers/{key}/records/{id}", new { fields = new { customer = "丙" }, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("乙", (await (await heli.GetAsync($"/api/ledgers/{key}/records/{id}")).JsonAsync()).Field("customer"));
    }

    [Fact]
    public async Task Delete_RemovesRecord_AndAuditKeepsWhatItHeld()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var id = (await LedgerKit.CreateAsync(heli, key, new { code = "D-1", customer = "甲" })).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await heli.DeleteAsync($"/api/ledgers/{key}/records/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await heli.GetAsync($"/api/ledgers/{key}/records/{id}")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Oa.Host.Data.OaDbContext>();
        var audit = db.LedgerAudit.Where(a => a.LedgerKey == key && a.RecordId == id).OrderBy(a => a.Id).ToList();
        Assert.Equal(["created", "deleted"], audit.Select(a => a.Action));
        Assert.Contains("\"before\":\"D-1\"", audit[1].ChangesJson);
    }

    [Fact]
    public async Task ReadOnlyRole_CannotCreate_Returns403()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var zhaoyi = await factory.ClientAsAsync("zhaoyi"); // 管理层: read-only in this ledger
        var response = await zhaoyi.PostAsJsonAsync($"/api/ledgers/{key}/records", new { fields = new { code = "R-1", customer = "甲" } });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_FiltersKeywordSortAndPaging_WithTotalHeader()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        await LedgerKit.CreateAsync(heli, key, new { code = "L-1", customer = "西安环保", amount = 500, stage = "won", signed = "2026-01-10" });
        await LedgerKit.CreateAsync(heli, key, new { code = "L-2", customer = "宝鸡水务", amount = 1500, stage = "won", signed = "2026-02-10" });
        await LedgerKit.CreateAsync(heli, key, new { code = "L-3", customer = "西安水务", amount = 2500, stage = "talk", signed = "2026-03-10" });

        Assert.Equal(["L-3", "L-2", "L-1"], (await LedgerKit.ListAsync(heli, key)).Select(r => r.Field("code"))); // default sort -signed
        Assert.Equal(["L-1", "L-2"], (await LedgerKit.ListAsync(heli, key, "?f.stage=won&sort=amount")).Select(r => r.Field("code")));
        Assert.Equal(["L-2", "L-3"], (await LedgerKit.ListAsync(heli, key, "?f.amount.from=1000&sort=signed")).Select(r => r.Field("code")));
        Assert.Equal(["L-1", "L-2"], (await LedgerKit.ListAsync(heli, key, "?f.signed.to=2026-02-10&sort=signed")).Select(r => r.Field("code")));
        Assert.Equal(["L-3", "L-2"], (await LedgerKit.ListAsync(heli, key, "?q=" + Uri.EscapeDataString("水务"))).Select(r => r.Field("code")));

        var page = await heli.GetAsync($"/api/ledgers/{key}/records?sort=code&page=2&pageSize=2");
        Assert.Equal("3", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["L-3"], (await page.JsonAsync()).EnumerateArray().Select(r => r.Field("code")));
    }

    [Fact]
    public async Task List_UnknownFilterOrSort_Returns400()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        Assert.Equal(HttpStatusCode.BadRequest, (await heli.GetAsync($"/api/ledgers/{key}/records?f.nope=1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await heli.GetAsync($"/api/ledgers/{key}/records?sort=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await heli.GetAsync($"/api/ledgers/{key}/records?f.amount.from=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await heli.GetAsync($"/api/ledgers/{key}/records?pageSize=5000")).StatusCode);
    }
}

public sealed class SqliteLedgerRecordsApiTests(OaFactory factory) : LedgerRecordsApiTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresLedgerRecordsApiTests(PostgresOaFactory factory) : LedgerRecordsApiTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
