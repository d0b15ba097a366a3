using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

[Collection(EndToEndCollection.Name)]
public sealed class DesignerSmokeTests(EndToEnd e2e)
{
    [Fact]
    public async Task Modeler_ValidateAndPublish_RoundTripThroughTheServer_SecondPublishAddsNoVersion()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync("/Designer/Process/Process_Leave");
        // The modeler has drawn the shipped 请假 diagram, icons included (the icon font needs font-src data:).
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_Head]");
        await page.ClickAsync("button[value=validate]");
        await page.WaitForSelectorAsync("p.notice");
        Assert.Contains("校验通过", await page.InnerTextAsync("p.notice"));
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_Head]");
        // The modeler writes its own formatting, so the first publish is a new version; the same diagram again is not.
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("p.notice");
        Assert.Contains("已发布 v2", await page.InnerTextAsync("p.notice"));
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_Head]");
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("p.notice");
        Assert.Contains("未产生新版本", await page.InnerTextAsync("p.notice"));
        await Browser.ScreenshotAsync(page, "designer-process");
    }
}
