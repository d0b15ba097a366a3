using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Operations.Backup;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Operations;

/// <summary>管理 and 系统状态 as a signed-in browser sees them.</summary>
public sealed partial class AdminPagesTests(OpsFactory factory) : IClassFixture<OpsFactory>
{
    private async Task<(HttpClient Client, string Token)> SignInAsync(string user, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.PostAsync("/Account/Login", Form(await TokenAsync(client, "/Account/Login"), ("UserName", user), ("Password", password)));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (client, "");
    }

    private static async Task<string> TokenAsync(HttpClient client, string page) =>
        TokenPattern().Match(await (await client.GetAsync(page)).Content.ReadAsStringAsync()).Groups[1].Value;

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    [Fact]
    public async Task Admin_SeesTheHubAndTheStatus_AndBacksUpFromThePage()
    {
        var (admin, _) = await SignInAsync("admin", OaFactory.AdminPassword);
        var home = await (await admin.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/Admin\"", home);
        var hub = await (await admin.GetAsync("/Admin")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/Admin/System\"", hub);

        var status = await admin.GetAsync("/Admin/System");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var html = await status.Content.ReadAsStringAsync();
        Assert.Contains("系统状态", html);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The schema's latest migration id is shown (the last one the product ships, whatever its date).
            var latest = scope.ServiceProvider.GetRequiredService<OaDbContext>().Database.GetMigrations().Last();
            Assert.Contains(latest, html);
        }
        Assert.Contains("operations.daily-backup", html);

        var before = BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")).Count;
        var posted = await admin.PostAsync("/Admin/System?handler=Backup", Form(await TokenAsync(admin, "/Admin/System")));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("备份已完成", await posted.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")).Count);
    }

    [Fact]
    public async Task BackupPost_WithoutTheAntiforgeryToken_IsRefused_AndWritesNothing()
    {
        var (admin, _) = await SignInAsync("admin", OaFactory.AdminPassword);
        var before = BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")).Count;
        var posted = await admin.PostAsync("/Admin/System?handler=Backup", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(before, BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")).Count);
    }

    [Fact]
    public async Task NonAdmin_CannotOpenTheAdminPages_NorSeesTheNavEntry()
    {
        var (user, _) = await SignInAsync("wanglei", ApiClient.DemoPassword);
        Assert.DoesNotContain("href=\"/Admin\"", await (await user.GetAsync("/")).Content.ReadAsStringAsync());
        foreach (var page in new[] { "/Admin", "/Admin/System" })
        {
            var response = await user.GetAsync(page);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{page}: {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect) Assert.Contains("Denied", response.Headers.Location!.OriginalString);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
