using System.Net;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>Group-by reports against hand-computed figures, and only over the caller's scope.</summary>
public abstract class LedgerReportTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    private async Task<string> SeedAsync()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var liuqiang = await factory.ClientAsAsync("liuqiang");
        await LedgerKit.CreateAsync(wangfang, key, new { code = "G-1", customer = "甲", amount = 100, stage = "won", signed = "2026-01-05" });
        await LedgerKit.CreateAsync(wangfang, key, new { code = "G-2", customer = "乙", amount = 250.5, stage = "won", signed = "2026-01-20" });
        await LedgerKit.CreateAsync(wangfang, key, new { code = "G-3", customer = "丙", amount = 40, stage = "talk", signed = "2026-02-01" });
        await LedgerKit.CreateAsync(liuqiang, key, new { code = "G-4", customer = "丁", amount = 1000, stage = "won", signed = "2026-02-11" });
        return key;
    }

    private static async Task<Dictionary<string, (int Count, decimal Sum)>> ReportAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).EnumerateArray().ToDictionary(g => g.GetProperty("label").GetString()!,
            g => (g.GetProperty("count").GetInt32(), g.TryGetProperty("sum", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.Number ? s.GetDecimal() : 0m));
    }

    [Fact]
    public async Task GroupByStageWithSum_ManagementSeesAll_SalespersonOnlyOwn()
    {
        var key = await SeedAsync();
        var all = await ReportAsync(await factory.ClientAsAsync("heli"), $"/api/ledgers/{key}/report?groupBy=stage&sum=amount");
        Assert.Equal((3, 1350.5m), all["签约"]);
        Assert.Equal((1, 40m), all["洽谈"]);
        var own = await ReportAsync(await factory.ClientAsAsync("wangfang"), $"/api/ledgers/{key}/report?groupBy=stage&sum=amount");
        Assert.Equal((2, 350.5m), own["签约"]);
    }

    [Fact]
    public async Task GroupByMonthAndOwner_WithFilter()
    {
        var key = await SeedAsync();
        var heli = await factory.ClientAsAsync("heli");
        var months = await ReportAsync(heli, $"/api/ledgers/{key}/report?groupBy=signed&by=month&sum=amount");
        Assert.Equal((2, 350.5m), months["2026-01"]);
        Assert.Equal((2, 1040m), months["2026-02"]);
        var owners = await ReportAsync(heli, $"/api/ledgers/{key}/report?groupBy=owner&f.stage=won");
        Assert.Equal(2, owners["王芳"].Count);
        Assert.Equal(1, owners["刘强"].Count);
    }

    [Fact]
    public async Task RecordsWithoutTheGroupValue_FormTheirOwnGroup_AndCentsAddUpExactly()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await factory.ClientAsAsync("wangfang");
        await LedgerKit.CreateAsync(wangfang, key, new { code = "C-1", customer = "甲", amount = 0.1, stage = "won" });
        await LedgerKit.CreateAsync(wangfang, key, new { code = "C-2", customer = "乙", amount = 0.2, stage = "won" });
        await LedgerKit.CreateAsync(wangfang, key, new { code = "C-3", customer = "丙", stage = "won", signed = "2026-03-01" });
        var months = await ReportAsync(wangfang, $"/api/ledgers/{key}/report?groupBy=signed&by=month&sum=amount");
        Assert.Equal((2, 0.3m), months[""]); // no signing date yet; 0.1 + 0.2 is 0.3, not 0.30000000000000004
        Assert.Equal((1, 0m), months["2026-03"]);
    }

    [Fact]
    public async Task Report_BadGroupByOrOutsider_Refused()
    {
        var key = await SeedAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await (await factory.ClientAsAsync("heli")).GetAsync($"/api/ledgers/{key}/report?groupBy=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await factory.ClientAsAsync("heli")).GetAsync($"/api/ledgers/{key}/report?groupBy=stage&sum=customer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/ledgers/{key}/report?groupBy=stage")).StatusCode);
    }
}

public sealed class SqliteLedgerReportTests(OaFactory factory) : LedgerReportTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresLedgerReportTests(PostgresOaFactory factory) : LedgerReportTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
