using System.Net;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Ledgers;

public sealed class LedgerPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Index_ListsLedgersByScope_OutsiderDoesNotSeeIt()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await WorkbenchBrowser.SignInAsync(factory, "wangfang");
        var html = await wangfang.PageAsync("/Ledgers");
        Assert.Contains($"href=\"/Ledgers/{key}\"", html);
        Assert.Contains("本人数据", html);
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        Assert.DoesNotContain(key, await zhangsan.PageAsync("/Ledgers"));
        Assert.Equal(HttpStatusCode.NotFound, (await zhangsan.GetAsync($"/Ledgers/{key}")).StatusCode);
    }

    [Fact]
    public async Task List_ShowsOnlyOwnRows_FiltersAndChosenColumns()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), key, new { code = "PW-1", customer = "王芳甲", stage = "won", note = "备注甲" });
        await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), key, new { code = "PW-2", customer = "王芳乙", stage = "talk" });
        await LedgerKit.CreateAsync(await factory.ClientAsAsync("liuqiang"), key, new { code = "PL-1", customer = "刘强丙", stage = "won" });
        var wangfang = await WorkbenchBrowser.SignInAsync(factory, "wangfang");

        var all = await wangfang.PageAsync($"/Ledgers/{key}");
        Assert.Contains("王芳甲", all);
        Assert.Contains("王芳乙", all);
        Assert.DoesNotContain("刘强丙", all);

        var won = await wangfang.PageAsync($"/Ledgers/{key}?f.stage=won");
        Assert.Contains("王芳甲", won);
        Assert.DoesNotContain("王芳乙", won);

        var chosen = await wangfang.PageAsync($"/Ledgers/{key}?cols=code&cols=note");
        Assert.Contains("备注甲", chosen);
        Assert.DoesNotContain("王芳甲", chosen); // 客户 is not a chosen column
    }

    [Fact]
    public async Task EditPage_Post_CreatesRecord_ThenRecordPageShowsItsHistory()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await WorkbenchBrowser.SignInAsync(factory, "wangfang");
        var post = await wangfang.PostFormAsync($"/Ledgers/{key}/Edit", $"/Ledgers/{key}/Edit",
            ("formData", WorkbenchBrowser.Json(new { code = "E-1", customer = "页面新建", amount = 99 })), ("version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var location = post.Headers.Location!.OriginalString;
        Assert.StartsWith($"/Ledgers/{key}/Record/", location);
        var page = await wangfang.PageAsync(location);
        Assert.Contains("页面新建", page);
        Assert.Contains("新建", page);
        Assert.Contains("wangfang", page);
    }

    [Fact]
    public async Task EditPage_InvalidPost_ShowsFieldErrorsAndWritesNothing()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var wangfang = await WorkbenchBrowser.SignInAsync(factory, "wangfang");
        var post = await wangfang.PostFormAsync($"/Ledgers/{key}/Edit", $"/Ledgers/{key}/Edit", ("formData", WorkbenchBrowser.Json(new { code = "E-2" })), ("version", "0"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var html = await post.Content.ReadAsStringAsync();
        Assert.Contains("提交失败", html);
        Assert.Contains("customer", html); // the error map handed to the form island
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("wangfang"), key));
    }

    [Fact]
    public async Task RecordPage_OtherSalespersonsRecord_Is404_AndReadOnlyRoleHasNoEditButton()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var id = (await LedgerKit.CreateAsync(await factory.ClientAsAsync("liuqiang"), key, new { code = "RP-1", customer = "刘强的" })).GetProperty("id").GetInt64();
        var wangfang = await WorkbenchBrowser.SignInAsync(factory, "wangfang");
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.GetAsync($"/Ledgers/{key}/Record/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wangfang.GetAsync($"/Ledgers/{key}/Edit/{id}")).StatusCode);
        var zhaoyi = await WorkbenchBrowser.SignInAsync(factory, "zhaoyi"); // 管理层: read-only
        var html = await zhaoyi.PageAsync($"/Ledgers/{key}/Record/{id}");
        Assert.Contains("刘强的", html);
        Assert.DoesNotContain($"/Ledgers/{key}/Edit/{id}", html);
    }

    [Fact]
    public async Task ContractLedger_RecordPageAndOverdueView_ShowComputedStatus()
    {
        await LedgerKit.PublishAsync(factory, System.Text.Json.Nodes.JsonNode.Parse(LedgerKit.Shipped("contracts"))!.AsObject());
        var wangfang = await factory.ClientAsAsync("wangfang");
        var no = ApiClient.Unique("HT-");
        var record = await LedgerKit.CreateAsync(wangfang, "contracts", new
        {
            contractNo = no, contractName = "运维合同", customerName = "逾期客户", contractType = "maintenance", amount = 1000, signDate = "2025-01-01",
            paymentTerms = new[] { new { period = 1, node = "预付", dueDate = "2025-02-01", amount = 1000 } },
            receipts = new[] { new { receivedDate = "2025-02-01", amount = 400, period = 1 } },
        });
        Assert.Equal("逾期", record.GetProperty("status").GetString());
        Assert.Equal(600m, record.GetProperty("contract").GetProperty("overdueAmount").GetDecimal());

        var overdue = await (await wangfang.GetAsync("/api/ledgers/contracts/overdue")).JsonAsync();
        var mine = Assert.Single(overdue.EnumerateArray());
        Assert.Equal("wangfang", mine.GetProperty("owner").GetString());
        Assert.Contains(mine.GetProperty("overdue").EnumerateArray(), c => c.GetProperty("title").GetString()!.StartsWith(no));
        // liuqiang (another salesperson) sees none of it
        var liuqiang = await (await (await factory.ClientAsAsync("liuqiang")).GetAsync("/api/ledgers/contracts/overdue")).JsonAsync();
        Assert.DoesNotContain(liuqiang.EnumerateArray(), r => r.GetProperty("owner").GetString() == "wangfang");

        var browser = await WorkbenchBrowser.SignInAsync(factory, "lichao");
        Assert.Contains(no, await browser.PageAsync("/Ledgers/contracts/Overdue"));
        var page = await browser.PageAsync($"/Ledgers/contracts/Record/{record.GetProperty("id").GetInt64()}");
        Assert.Contains("逾期金额", page);
        Assert.Contains("600.00", page);
    }
}
