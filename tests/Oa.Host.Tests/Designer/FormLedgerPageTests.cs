using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

namespace Oa.Host.Tests.Designer;

/// <summary>A ledger's form in the form designer (/Designer/Form/Ledger/{key}): publishing makes a new ledger version and leaves records alone.</summary>
public sealed class FormLedgerPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static string Page(string key) => $"/Designer/Form/Ledger/{key}";

    private static JsonObject FormOf(OaFactory factory, string key) =>
        (JsonNode.Parse(DesignerClient.Query(factory, db => db.LedgerDefinitions.AsNoTracking().Single(d => d.Key == key).Json))!["form"] as JsonObject)!;

    [Fact]
    public async Task Publish_ReplacesTheLedgersForm_AsANewVersion_AndRecordsKeepTheirData()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var record = await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), key, new { code = "FL-1", customer = "甲公司", amount = 1200, note = "旧备注" });
        var before = DesignerClient.Query(factory, db => db.LedgerDefinitions.Single(d => d.Key == key).Version);
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var html = await admin.PageAsync(Page(key));
        Assert.Contains("data-form-editor", html);
        Assert.Contains("f_customer", html); // the ledger's schema goes to the editor

        var form = FormOf(factory, key);
        form["components"]!.AsArray().Add(new JsonObject { ["type"] = "textfield", ["id"] = "f_contact", ["key"] = "contact", ["label"] = "联系人" });
        form["components"]![1]!["label"] = "客户名称";
        var response = await admin.PostAsync(Page(key), Page(key), ("schema", form.ToJsonString()));
        Assert.Equal(before + 1, DesignerClient.PublishedVersion(response));

        var published = FormOf(factory, key);
        Assert.Equal("客户名称", (string?)published["components"]![1]!["label"]);
        Assert.Equal("contact", (string?)published["components"]![6]!["key"]);
        var records = await LedgerKit.ListAsync(await factory.ClientAsAsync("wangfang"), key);
        var same = Assert.Single(records, r => r.GetProperty("id").GetInt64() == record.GetProperty("id").GetInt64());
        Assert.Equal("甲公司", same.Field("customer"));
        Assert.Equal("旧备注", same.Field("note"));
        Assert.Contains("已发布", await admin.PageAsync(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Publish_ThatDropsAListedColumnsField_IsRefused_AndTheLedgerIsUnchanged()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var before = DesignerClient.Query(factory, db => db.LedgerDefinitions.Single(d => d.Key == key).Version);
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var form = FormOf(factory, key);
        form["components"]!.AsArray().RemoveAt(1); // customer: a column, filter and title field
        var response = await admin.PostAsync(Page(key), Page(key), ("schema", form.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("customer", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, DesignerClient.Query(factory, db => db.LedgerDefinitions.Single(d => d.Key == key).Version));

        var garbage = await admin.PostAsync(Page(key), Page(key), ("schema", "{not json"));
        Assert.Contains("没有收到有效的表单", await garbage.Content.ReadAsStringAsync());
        Assert.Equal(before, DesignerClient.Query(factory, db => db.LedgerDefinitions.Single(d => d.Key == key).Version));
    }

    [Fact]
    public async Task OnlyAdmins_OpenIt_TheLedgerListLinksItForThem_AndAnUnknownLedgerIs404()
    {
        var key = await LedgerKit.NewSalesLedgerAsync(factory);
        var heli = await DesignerClient.SignInAsync(factory, "heli"); // 营销管理: sees the whole ledger, may not redefine it
        await heli.AssertDeniedAsync(await heli.GetAsync(Page(key)), "GET ledger form as heli");
        Assert.DoesNotContain("data-edit-ledger-form", await heli.PageAsync($"/Ledgers/{key}"));

        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Contains($"href=\"{Page(key)}\"", await admin.PageAsync($"/Ledgers/{key}"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Page("no-such-ledger"))).StatusCode);
    }
}
