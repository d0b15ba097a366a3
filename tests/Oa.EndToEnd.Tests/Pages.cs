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
        try
        {
            // Leaving the login page is the sign-in; the next page's own resources are the caller's business.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }
        catch (TimeoutException) when (!page.Url.Contains("/Account/Login"))
        {
            // The wait can miss a redirect that committed while it was being set up (seen once in CI, on "/"): the page
            // has left the login form, which is all this step promises.
        }
        catch (TimeoutException)
        {
            // Say why: still on the login page with a message (wrong password, locked out) or a server that did not answer.
            var message = await page.Locator(".validation-summary-errors, .text-danger, .alert").AllInnerTextsAsync();
            await Browser.ScreenshotAsync(page, "sign-in-failed-" + user);
            throw new TimeoutException($"Signing in as {user} did not leave {page.Url}; the page says: {string.Join(" | ", message)}");
        }
    }
}
