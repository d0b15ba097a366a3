using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>
/// 销售 wangfang and liuqiang (营销管理部) see only their own records, their director lichao the department's,
/// 营销管理 heli everything; zhangsan (no rule) does not even see the ledger. Checked through every read path.
/// </summary>
public abstract class DataScopeTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    private async Task<(string Key, long WangfangId, long LiuqiangId)> TwoSalesRecordsAsync()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var w = await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), key, new { code = "W-1", customer = "王芳的客户", amount = 100 });
        var l = await LedgerKit.CreateAsync(await factory.ClientAsAsync("liuqiang"), key, new { code = "L-1", customer = "刘强的客户", amount = 200 });
        return (key, w.GetProperty("id").GetInt64(), l.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Salesperson_ListSearchAndLookup_ShowOnlyOwnRecords()
    {
        var (key, _, _) = await TwoSalesRecordsAsync();
        var wangfang = await factory.ClientAsAsync("wangfang");
        Assert.Equal(["W-1"], (await LedgerKit.ListAsync(wangfang, key)).Select(r => r.Field("code")));
        Assert.Empty(await LedgerKit.ListAsync(wangfang, key, "?q=" + Uri.EscapeDataString("刘强")));
        Assert.Empty(await LedgerKit.ListAsync(wangfang, key, "?owner=liuqiang"));
        Assert.Empty(await LedgerKit.ListAsync(wangfang, key, "?f.customer=" + Uri.EscapeDataString("刘强")));
        var lookup = await (await wangfang.GetAsync($"/api/ledgers/{key}/lookup?q=")).JsonAsync();
        Assert.Equal(["W-1"], lookup.EnumerateArray().Select(r => r.GetProperty("fields").GetProperty("code").GetString()));
        var total = (await wangfang.GetAsync($"/api/ledgers/{key}/records")).Headers.GetValues("X-Total-Count").Single();
        Assert.Equal("1", total);
    }

    [Fact]
    public async Task Salesperson_OtherSalespersonsRecord_GetHistoryUpdateDelete_Return404()
    {
        var (key, _, liuqiangId) = await TwoSalesRecordsAsync();
        var wangfang = await factory.ClientAsAsync("wangfang");
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.GetAsync($"/api/ledgers/{key}/records/{liuqiangId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.GetAsync($"/api/ledgers/{key}/records/{liuqiangId}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.PutAsync($"/api/ledgers/{key}/records/{liuqiangId}",
            JsonContent("{\"fields\":{\"customer\":\"改\"}}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.DeleteAsync($"/api/ledgers/{key}/records/{liuqiangId}")).StatusCode);
        var heli = await factory.ClientAsAsync("heli");
        Assert.Equal("刘强的客户", (await (await heli.GetAsync($"/api/ledgers/{key}/records/{liuqiangId}")).JsonAsync()).Field("customer"));
    }

    [Fact]
    public async Task Salesperson_Export_ContainsOnlyOwnRows()
    {
        var (key, _, _) = await TwoSalesRecordsAsync();
        var rows = await ExportAsync(await factory.ClientAsAsync("wangfang"), key);
        Assert.Equal(["W-1"], rows.Select(r => (string)r["编号"]!));
    }

    [Fact]
    public async Task Director_SeesDepartmentTree_ManagementSeesAll_OutsiderSeesNoLedger()
    {
        var (key, _, _) = await TwoSalesRecordsAsync();
        // A record owned by someone outside 营销管理部 (created by admin, who has no department).
        await LedgerKit.CreateAsync(await factory.ClientAsAsync("admin"), key, new { code = "A-1", customer = "管理员录入" });

        var lichao = await factory.ClientAsAsync("lichao");
        Assert.Equal(["L-1", "W-1"], (await LedgerKit.ListAsync(lichao, key, "?sort=code")).Select(r => r.Field("code")));
        Assert.Equal(["L-1", "W-1"], (await ExportAsync(lichao, key)).Select(r => (string)r["编号"]!).Order());
        var heli = await factory.ClientAsAsync("heli");
        Assert.Equal(["A-1", "L-1", "W-1"], (await LedgerKit.ListAsync(heli, key, "?sort=code")).Select(r => r.Field("code")));

        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.NotFound, (await zhangsan.GetAsync($"/api/ledgers/{key}/records")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await zhangsan.GetAsync($"/api/ledgers/{key}/lookup?q=W")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await zhangsan.GetAsync($"/api/ledgers/{key}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await zhangsan.GetAsync($"/api/ledgers/{key}")).StatusCode);
        var visible = await (await zhangsan.GetAsync("/api/ledgers")).JsonAsync();
        Assert.DoesNotContain(visible.EnumerateArray(), l => l.GetProperty("key").GetString() == key);
    }

    [Fact]
    public async Task Anonymous_GetsNoLedgerData()
    {
        var (key, id, _) = await TwoSalesRecordsAsync();
        var anon = factory.Anonymous();
        foreach (var url in new[] { "/api/ledgers", $"/api/ledgers/{key}/records", $"/api/ledgers/{key}/records/{id}", $"/api/ledgers/{key}/export", $"/api/ledgers/{key}/lookup?q=W" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync(url)).StatusCode);
    }

    internal static async Task<List<IDictionary<string, object?>>> ExportAsync(HttpClient client, string key, string query = "")
    {
        var response = await client.GetAsync($"/api/ledgers/{key}/export{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>()];
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

public sealed class SqliteDataScopeTests(OaFactory factory) : DataScopeTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresDataScopeTests(PostgresOaFactory factory) : DataScopeTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
