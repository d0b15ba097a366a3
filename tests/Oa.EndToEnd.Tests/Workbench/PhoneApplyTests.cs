using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// On a 390-px phone: the applicant picks the approver of a 发起人自选 step, the path preview names that person, the
/// request goes to them; the apply page and the inbox fit the screen.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PhoneApplyTests(EndToEnd e2e)
{
    [Fact]
    public async Task SelfSelectedApprover_PickedOnAPhone_ShownInThePreview_GetsTheTask()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbpick", """<oa:approver type="initiatorSelect" />""");
        var phone = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(phone, "zhangsan");
        await phone.GotoAsync($"/Workbench/Apply/{key}");
        await phone.Locator(".fjs-container").WaitForAsync();
        await phone.FillAsync(".fjs-form-field-textarea textarea", "请王五评审");
        await phone.FillAsync(".fjs-form-field-number input", "2");
        var picker = phone.Locator(".fjs-form-field:has-text('选择审批人 · 部门负责人审批') input.oa-picker-input");
        await picker.FillAsync("王五");
        await phone.Locator(".oa-picker-option:has-text('王五')").ClickAsync();
        await phone.Locator(".oa-chip:has-text('王五')").WaitForAsync();
        await Browser.ScreenshotAsync(phone, "apply-self-select-phone");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the apply page fits a 390px phone");

        await phone.ClickAsync("button[formaction*='handler=Preview']");
        var preview = phone.Locator(".wb-preview");
        await preview.WaitForAsync();
        Assert.Contains("王五", await preview.Locator("li:has-text('部门负责人审批')").InnerTextAsync());
        await phone.Locator(".oa-chip:has-text('王五')").WaitForAsync(); // the choice survived the preview round trip, shown by name

        await phone.ClickAsync(".wb-submitbar button.primary");
        try { await phone.WaitForURLAsync(new Regex("/Workbench/Instance/([0-9a-f]+)\\?done=start")); }
        catch (TimeoutException) { await Browser.ScreenshotAsync(phone, "apply-submit-failed"); throw; }
        var id = Regex.Match(phone.Url, "/Workbench/Instance/([0-9a-f]+)").Groups[1].Value;
        Assert.Contains("王五", await phone.InnerTextAsync(".wb-instance-head"));
        await Browser.ScreenshotAsync(phone, "instance-phone");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the request page fits a 390px phone");

        using var chosen = await WorkbenchApi.AsAsync(e2e, "wangwu");
        Assert.NotNull(await chosen.TodoTaskAsync(id));
        using var head = await WorkbenchApi.AsAsync(e2e, "wanglei");
        Assert.Null(await head.TodoTaskAsync(id)); // the department head is not asked: the applicant chose

        await phone.GotoAsync("/Workbench/Inbox?box=mine");
        await phone.Locator($"a[href^='/Workbench/Instance/{id}']").WaitForAsync();
        await Browser.ScreenshotAsync(phone, "inbox-mine-phone");
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the inbox fits a 390px phone");
    }
}
