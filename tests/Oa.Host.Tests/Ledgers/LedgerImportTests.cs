using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

public sealed class LedgerImportTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static MultipartFormDataContent Sheet(params Dictionary<string, object?>[] rows)
    {
        var ms = new MemoryStream();
        ms.SaveAs(rows);
        var file = new ByteArrayContent(ms.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "import.xlsx" } };
    }

    private static Dictionary<string, object?> Row(string code, string? customer, object? amount, string stage = "签约") =>
        new() { ["编号"] = code, ["客户"] = customer, ["金额"] = amount, ["阶段"] = stage, ["签约日期"] = "2026-04-01" };

    [Fact]
    public async Task Preview_ReportsEachBadRowAndWritesNothing()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var response = await heli.PostAsync($"/api/ledgers/{key}/import?mode=preview",
            Sheet(Row("I-1", "甲", 100), Row("I-2", null, 100), Row("I-3", "丙", "很多"), Row("I-1", "重复", 1)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(4, report.GetProperty("total").GetInt32());
        Assert.Equal(1, report.GetProperty("valid").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows[0].GetProperty("valid").GetBoolean());
        Assert.True(rows[1].GetProperty("errors").TryGetProperty("customer", out _));
        Assert.True(rows[2].GetProperty("errors").TryGetProperty("amount", out _));
        Assert.True(rows[3].GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(5, rows[3].GetProperty("row").GetInt32()); // spreadsheet row numbers: header is row 1
        Assert.Empty(await LedgerKit.ListAsync(heli, key));
    }

    [Fact]
    public async Task AllOrNothing_WithABadRow_Returns400AndImportsNone()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var response = await heli.PostAsync($"/api/ledgers/{key}/import", Sheet(Row("A-1", "甲", 100), Row("A-2", null, 100)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("rows[3].customer", out _));
        Assert.Empty(await LedgerKit.ListAsync(heli, key));
    }

    [Fact]
    public async Task ValidOnly_ImportsValidRowsWithLabelsMappedToValues_AndAuditsThem()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var response = await heli.PostAsync($"/api/ledgers/{key}/import?mode=valid-only", Sheet(Row("V-1", "甲", 100), Row("V-2", null, 100), Row("V-3", "丙", 300, "洽谈")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("written").GetInt32());
        var records = await LedgerKit.ListAsync(heli, key, "?sort=code");
        Assert.Equal(["V-1", "V-3"], records.Select(r => r.Field("code")));
        Assert.Equal("talk", records[1].Field("stage"));
        Assert.Equal("heli", records[1].GetProperty("owner").GetString());
        var history = await (await heli.GetAsync($"/api/ledgers/{key}/records/{records[0].GetProperty("id")}/history")).JsonAsync();
        Assert.Equal("import", history[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Export_ThenImportIntoAnotherLedger_RoundTrips()
    {
        var source = await LedgerKit.NewSalesLedgerAsync(factory);
        var target = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        await LedgerKit.CreateAsync(heli, source, new { code = "R-1", customer = "往返", amount = 1234.5, stage = "won", signed = "2026-05-06" });
        var xlsx = await (await heli.GetAsync($"/api/ledgers/{source}/export")).Content.ReadAsByteArrayAsync();
        var file = new ByteArrayContent(xlsx);
        var response = await heli.PostAsync($"/api/ledgers/{target}/import", new MultipartFormDataContent { { file, "file", "export.xlsx" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = Assert.Single(await LedgerKit.ListAsync(heli, target));
        Assert.Equal("1234.5", copy.Field("amount"));
        Assert.Equal("won", copy.Field("stage"));
        Assert.Equal("2026-05-06", copy.Field("signed"));
    }

    [Fact]
    public async Task Import_NotAnXlsx_Returns400()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await factory.ClientAsAsync("heli");
        var content = new MultipartFormDataContent { { new ByteArrayContent("not a spreadsheet"u8.ToArray()), "file", "x.xlsx" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await heli.PostAsync($"/api/ledgers/{key}/import?mode=preview", content)).StatusCode);
    }

    [Fact]
    public async Task Import_ByReadOnlyRole_Returns403()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var zhaoyi = await factory.ClientAsAsync("zhaoyi");
        Assert.Equal(HttpStatusCode.Forbidden, (await zhaoyi.PostAsync($"/api/ledgers/{key}/import?mode=preview", Sheet(Row("X", "甲", 1)))).StatusCode);
    }
}
