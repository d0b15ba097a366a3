using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Oa.Host.Features.Ledgers;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>/Track: no login, tracking number + phone → status only; limited attempts per client.</summary>
public sealed partial class PublicTrackingTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<(string Number, string Phone)> ComplaintAsync()
    {
        await LedgerKit.PublishAsync(factory, JsonNode.Parse(LedgerKit.Shipped("complaints"))!.AsObject());
        var linxue = await factory.ClientAsAsync("linxue"); // 质量管理组
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var record = await LedgerKit.CreateAsync(linxue, "complaints", new
        {
            channel = "hotline", customerName = "某市生态环境局", contactPerson = "李工", contactPhone = phone, product = "排污许可系统",
            region = "jys", complaintType = "timeliness", receivedOn = "2026-11-30", description = "响应慢，内部机密描述", status = "processing",
        });
        var number = record.Field("complaintNo");
        Assert.Matches("^[1-9][0-9]{7}$", number);
        return (number, phone);
    }

    private async Task<(HttpStatusCode Status, string Html)> LookUpAsync(HttpClient anon, string number, string phone)
    {
        var page = await (await anon.GetAsync("/Track")).Content.ReadAsStringAsync();
        var token = Token().Match(page).Groups[1].Value;
        var response = await anon.PostAsync("/Track", new FormUrlEncodedContent([new("number", number), new("phone", phone), new("__RequestVerificationToken", token)]));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Track_RightNumberAndPhone_ShowsStatusButNotContent()
    {
        var (number, phone) = await ComplaintAsync();
        var (status, html) = await LookUpAsync(Anonymous(), number, phone);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("处理中", html);
        Assert.DoesNotContain("内部机密描述", html);
        Assert.DoesNotContain("李工", html);
    }

    [Fact]
    public async Task Track_WrongPhone_SaysNotFoundLikeAnUnknownNumber()
    {
        var (number, _) = await ComplaintAsync();
        var (_, wrongPhone) = await LookUpAsync(Anonymous(), number, "13000000000");
        Assert.Contains("未找到匹配的记录", wrongPhone);
        Assert.DoesNotContain("处理中", wrongPhone);
    }

    [Fact]
    public void RateLimit_EleventhAttemptInTheWindow_IsRefused()
    {
        var tracking = new PublicTracking(TimeProvider.System);
        for (var i = 0; i < PublicTracking.Limit; i++) Assert.True(tracking.TryCount("1.2.3.4"));
        Assert.False(tracking.TryCount("1.2.3.4"));
        Assert.True(tracking.TryCount("5.6.7.8"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
