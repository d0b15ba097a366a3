using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>实例管理 in the browser: find a request, open it with its diagram, suspend and resume it, each step in its history.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class InstanceAdminPageTests(EndToEnd e2e)
{
    [Fact]
    public async Task Admin_FindsARequest_SuspendsAndResumesIt_HistoryShowsBoth()
    {
        using var api = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "lisi", password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        var data = JsonDocument.Parse("""{"leaveType":"personal","days":1,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-08","endHalf":"pm","reason":"办事"}""").RootElement;
        var started = await (await api.PostAsJsonAsync("/api/processes/Process_Leave/instances", new { variables = data })).Content.ReadFromJsonAsync<JsonElement>();
        var serial = started.GetProperty("serialNo").GetString()!;

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.ClickAsync(".mainnav a[href='/Admin/Instances']");
        await page.FillAsync("input[name=serialNo]", serial);
        await page.ClickAsync(".ia-search button[type=submit]");
        await Browser.ScreenshotAsync(page, "instance-admin-search");
        await page.ClickAsync($"text={started.GetProperty("title").GetString()}");
        await page.WaitForSelectorAsync(".ia-diagram .djs-element.oa-active");

        await page.FillAsync("form[action*='handler=Suspend'] input[name=reason]", "核对假期余额");
        await page.ClickAsync("form[action*='handler=Suspend'] button");
        await page.WaitForSelectorAsync(".ia-status-suspended");
        Assert.Equal(1, await page.Locator("tr[data-history=InstanceSuspended]").CountAsync());
        await Browser.ScreenshotAsync(page, "instance-admin-suspended");

        await page.ClickAsync("form[action*='handler=Resume'] button");
        await page.WaitForSelectorAsync(".ia-status-running");
        Assert.Contains("admin", await page.InnerTextAsync("tr[data-history=InstanceResumed]"));
    }
}
