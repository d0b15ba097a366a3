using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests;

/// <summary>Steps that many end-to-end tests take, written as a user would do them.</summary>
public static class Pages
{
    public static async Task SignInAsync(IPage page, string user, string password = "Demo@2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
    }
}
