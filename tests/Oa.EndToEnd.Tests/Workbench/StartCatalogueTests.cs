namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>发起审批 on a desk and on a phone: each shipped process drawn with the icon chosen in 流程设置.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class StartCatalogueTests(EndToEnd e2e)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Catalogue_ShowsProcessIcons(bool phone)
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone);
        await Pages.SignInAsync(page, "zhangsan");
        await page.GotoAsync("/Workbench/Start");

        var leave = page.Locator("a.wb-process[href='/Workbench/Apply/Process_Leave'] .wb-icon-leave svg");
        await leave.WaitForAsync();
        var box = await leave.BoundingBoxAsync();
        Assert.True(box is { Width: >= 16, Height: >= 16 }, $"the 请假 glyph is drawn ({box?.Width}×{box?.Height})");
        Assert.True(await page.Locator(".wb-process .wb-icon svg").CountAsync() >= 10, "the shipped processes carry icons");
        if (phone) Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the catalogue fits a 390px phone");
        await Browser.ScreenshotAsync(page, phone ? "start-catalogue-icons-phone" : "start-catalogue-icons");
    }
}
