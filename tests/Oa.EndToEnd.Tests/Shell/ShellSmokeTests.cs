using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Shell;

[Collection(EndToEndCollection.Name)]
public sealed class ShellSmokeTests(EndToEnd e2e)
{
    [Fact]
    public async Task SignIn_OnDesktop_ShowsChineseShellWithNavigation()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url);
        await Browser.ScreenshotAsync(page, "login");
        await Pages.SignInAsync(page, "zhangsan");
        Assert.Equal("你好，张三", (await page.InnerTextAsync("h1")).Trim());
        Assert.Equal("工作台", (await page.InnerTextAsync(".mainnav a.active")).Trim());
        Assert.Equal("zhangsan", (await page.InnerTextAsync(".me")).Trim());
        await Browser.ScreenshotAsync(page, "workbench-desktop");
    }

    [Fact]
    public async Task SignIn_OnPhone_NavigationFitsTheScreen()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(page, "wanglei");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        Assert.True(await page.IsVisibleAsync(".mainnav"));
        await Browser.ScreenshotAsync(page, "workbench-phone");
    }

    [Fact]
    public async Task WrongPassword_StaysOnLoginWithError()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "lisi");
        await page.FillAsync("#Password", "not-the-password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("用户名或密码错误", await page.InnerTextAsync(".error"));
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglishShell()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "lisi");
        await page.ClickAsync("text=EN");
        await page.WaitForSelectorAsync("text=Workbench");
        Assert.StartsWith("Hello", (await page.InnerTextAsync("h1")).Trim());
    }
}
