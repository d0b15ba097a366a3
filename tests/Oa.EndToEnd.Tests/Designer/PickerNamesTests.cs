using Oa.EndToEnd.Tests.Workbench;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>
/// Opening a published model in the designer: the 审批设置 pickers show people and departments by name (李四, 京津冀鲁),
/// not by the ids the XML stores — and the XML still stores the ids.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PickerNamesTests(EndToEnd e2e)
{
    [Fact]
    public async Task Designer_ReopensModel_ChipsShowNamesWhileXmlKeepsIds()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "names",
            """<oa:approver type="user" value="lisi,wangwu" /><oa:approver type="deptHead" dept="fwyyb-jjjl" />""");
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Process/{key}");
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_Head]");
        await page.EvaluateAsync("() => window.oaModeler.get('selection').select(window.oaModeler.get('elementRegistry').get('Task_Head'))");

        var panel = page.Locator("[data-testid=oa-approval]");
        await panel.Locator("[data-testid=rule-users] .oa-chip[data-id=lisi]", new() { HasText = "李四" }).WaitForAsync();
        await panel.Locator("[data-testid=rule-users] .oa-chip[data-id=wangwu]", new() { HasText = "王五" }).WaitForAsync();
        await panel.Locator("[data-testid=rule-depts] .oa-chip[data-id=fwyyb-jjjl]", new() { HasText = "京津冀鲁" }).WaitForAsync();
        Assert.DoesNotContain("lisi", await panel.Locator("[data-testid=rule-users] .oa-chips").InnerTextAsync());
        await panel.Locator("[data-testid=rule-users]").ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(page, "designer-picker-names");

        var xml = await page.EvaluateAsync<string>("async () => (await window.oaModeler.saveXML()).xml");
        Assert.Contains("""value="lisi,wangwu" """, xml);
        Assert.Contains("""dept="fwyyb-jjjl" """, xml);
    }
}
