using System.Net;
using System.Net.Http.Json;
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
    public async Task Evaluation_LocksTheRecord_EditsAndDeletionRefused()
    {
        await factory.PublishShippedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await LedgerKit.CreateAsync(zhangsan, "service-records", Record(ApiClient.Unique("17"), "测试11"))).GetProperty("id").GetInt64();

        // Before the evaluation the provider may still correct the record.
        var fix = await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { description = "上门安装、培训并验收" } });
        Assert.Equal(HttpStatusCode.OK, fix.StatusCode);
        var evaluate = await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { evaluation = "5", evaluationComment = "服务及时" } });
        Assert.Equal(HttpStatusCode.OK, evaluate.StatusCode);

        var late = await zhangsan.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { description = "改写" } });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.True((await late.JsonAsync()).GetProperty("errors").TryGetProperty("evaluation", out _));
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/ledgers/service-records/records/{id}", new { fields = new { evaluation = "1" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"/api/ledgers/service-records/records/{id}")).StatusCode);

        var stored = await (await zhangsan.GetAsync($"/api/ledgers/service-records/records/{id}")).JsonAsync();
        Assert.Equal("上门安装、培训并验收", stored.Field("description"));
        Assert.Equal("5", stored.Field("evaluation"));
    }

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
