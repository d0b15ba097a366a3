using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers.Registries;

/// <summary>服务记录 (seed 001): editable until the customer's evaluation, locked after it; found by voucher number or by name/district/status.</summary>
public sealed class ServiceRecordTests(RegistryFactory factory) : IClassFixture<RegistryFactory>
{
    private static object Record(string voucher, string company, string district = "jiangning", string status = "confirmed") => new
    {
        voucherNo = voucher, companyName = company, district, voucherStatus = status, engineerName = "张三",
        serviceDate = "2026-06-09", description = "上门安装并培训管理软件",
    };

    [Fact]
    public async Task Engineer_CannotGradeTheirOwnService_TheFieldIsTheCustomers()
    {
        await factory.PublishShippedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var created = await zhangsan.PostAsJsonAsync("/api/ledgers/service-records/records", new { fields = new { evaluation = "5" } });
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.True((await created.JsonAsync()).GetProperty("errors").TryGetProperty("evaluation", out _));

        var id = (await LedgerKit.CreateAsync(zhangsan, "service-records", Record(ApiClient.Unique("17"), "测试10"))).GetProperty("id").GetInt64();
        var graded = await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { evaluation = "5", evaluationComment = "服务及时" } });
        Assert.Equal(HttpStatusCode.BadRequest, graded.StatusCode);
        var errors = (await graded.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("evaluation", out _));
        Assert.True(errors.TryGetProperty("evaluationComment", out _));
        // Not even an administrator types the customer's grade.
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { evaluation = "1" } })).StatusCode);
        var stored = await (await zhangsan.GetAsync($"/api/ledgers/service-records/records/{id}")).JsonAsync();
        Assert.False(stored.GetProperty("fields").TryGetProperty("evaluation", out var grade) && grade.ToString().Length > 0);
    }

    [Fact]
    public async Task CustomerEvaluatesThroughTheLink_WithoutAccount_RecordLocks_LinkCannotBeUsedAgain()
    {
        await factory.PublishShippedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await LedgerKit.CreateAsync(zhangsan, "service-records", Record(ApiClient.Unique("17"), "测试11"))).GetProperty("id").GetInt64();
        // Before the evaluation the provider may still correct the record.
        Assert.Equal(HttpStatusCode.OK, (await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { description = "上门安装、培训并验收" } })).StatusCode);
        // Someone outside the record's scope cannot get a link for it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("wangwu")).PostAsync($"/api/ledgers/service-records/records/{id}/evaluation-link", null)).StatusCode);
        var url = (await (await zhangsan.PostAsync($"/api/ledgers/service-records/records/{id}/evaluation-link", null)).JsonAsync()).GetProperty("url").GetString()!;
        var path = new Uri(url).PathAndQuery;

        var customer = Anonymous();
        var (page, token) = await GetPageAsync(customer, path);
        Assert.Contains("上门安装、培训并验收", page); // the service being graded
        Assert.Contains("非常满意", page);
        var t = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["t"]!;
        // Without a grade nothing is saved.
        var missing = await customer.PostAsync(path, Form(t, token, ("evaluationComment", "还行")));
        Assert.Contains("请选择评价", await missing.Content.ReadAsStringAsync());
        var sent = await customer.PostAsync(path, Form(t, token, ("evaluation", "5"), ("evaluationComment", "工程师很专业")));
        var thanks = await sent.Content.ReadAsStringAsync();
        Assert.True(sent.StatusCode == HttpStatusCode.OK, thanks);
        Assert.Contains("感谢您的评价", thanks);

        var stored = await (await zhangsan.GetAsync($"/api/ledgers/service-records/records/{id}")).JsonAsync();
        Assert.Equal("5", stored.Field("evaluation"));
        Assert.Equal("工程师很专业", stored.Field("evaluationComment"));
        var history = await (await zhangsan.GetAsync($"/api/ledgers/service-records/records/{id}/history")).Content.ReadAsStringAsync();
        Assert.Contains("customer-evaluation", history);

        // Locked: the provider can no longer edit or delete, and the link cannot change the grade.
        var late = await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { description = "改写" } });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.True((await late.JsonAsync()).GetProperty("errors").TryGetProperty("evaluation", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await (await factory.ClientAsAsync("admin")).DeleteAsync($"/api/ledgers/service-records/records/{id}")).StatusCode);
        var again = await customer.PostAsync(path, Form(t, token, ("evaluation", "1")));
        Assert.Contains("该服务已评价", await again.Content.ReadAsStringAsync());
        Assert.Equal("5", (await (await zhangsan.GetAsync($"/api/ledgers/service-records/records/{id}")).JsonAsync()).Field("evaluation"));
        Assert.Equal(HttpStatusCode.Conflict, (await zhangsan.PostAsync($"/api/ledgers/service-records/records/{id}/evaluation-link", null)).StatusCode);
    }

    [Fact]
    public async Task EvaluationLink_AlteredOrExpired_IsRefused_AndShowsNothingOfTheRecord()
    {
        await factory.PublishShippedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await LedgerKit.CreateAsync(zhangsan, "service-records", Record(ApiClient.Unique("17"), "测试12"))).GetProperty("id").GetInt64();
        var url = (await (await zhangsan.PostAsync($"/api/ledgers/service-records/records/{id}/evaluation-link", null)).JsonAsync()).GetProperty("url").GetString()!;
        var path = new Uri(url).PathAndQuery;
        var customer = Anonymous();

        var altered = await customer.GetAsync(path[..^3] + (path[^3] == 'A' ? "B" : "A") + path[^2..]);
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.DoesNotContain("测试12", await altered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync(path)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromDays(31)); // the fake clock only runs forward; later tests issue their links on it
        var expired = await customer.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("评价链接无效或已过期", await expired.Content.ReadAsStringAsync());
    }

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<(string Html, string Token)> GetPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(string t, string token, params (string Key, string Value)[] fields) =>
        new([new("t", t), new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    [Fact]
    public async Task Search_ByVoucherNumber_OrByNameDistrictStatus_WithinDepartmentScope()
    {
        await factory.PublishShippedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan"); // 京津冀鲁
        var voucher = ApiClient.Unique("V");
        var company = ApiClient.Unique("玄武企业");
        await LedgerKit.CreateAsync(zhangsan, "service-records", Record(voucher, company, "xuanwu", "delivered"));
        await LedgerKit.CreateAsync(zhangsan, "service-records", Record(ApiClient.Unique("V"), company, "jiangning", "confirmed"));

        Assert.Single(await LedgerKit.ListAsync(zhangsan, "service-records", "?f.voucherNo=" + voucher));
        Assert.Single(await LedgerKit.ListAsync(zhangsan, "service-records", "?q=" + voucher));
        Assert.Equal(2, (await LedgerKit.ListAsync(zhangsan, "service-records", "?f.companyName=" + Uri.EscapeDataString(company))).Count);
        var found = Assert.Single(await LedgerKit.ListAsync(zhangsan, "service-records", $"?f.companyName={Uri.EscapeDataString(company)}&f.district=xuanwu&f.voucherStatus=delivered"));
        Assert.Equal(voucher, found.Field("voucherNo"));

        // lisi is in the same department and sees them; wangwu (晋豫陕) does not, by any path.
        Assert.Equal(2, (await LedgerKit.ListAsync(await factory.ClientAsAsync("lisi"), "service-records", "?q=" + Uri.EscapeDataString(company))).Count);
        var wangwu = await factory.ClientAsAsync("wangwu");
        Assert.Empty(await LedgerKit.ListAsync(wangwu, "service-records", "?q=" + Uri.EscapeDataString(company)));
        Assert.Empty(await LedgerKit.ListAsync(wangwu, "service-records", "?f.voucherNo=" + voucher));
        var report = await (await wangwu.GetAsync($"/api/ledgers/service-records/report?groupBy=district&q={Uri.EscapeDataString(company)}")).JsonAsync();
        Assert.Empty(report.EnumerateArray());
    }
}
