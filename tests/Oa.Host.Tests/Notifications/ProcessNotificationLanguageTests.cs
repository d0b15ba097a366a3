using Oa.Host.Tests.Designer;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Notifications;

/// <summary>A process's own notification text in the recipient's language: the English variant for a user who chose
/// English (the language switch keeps the choice on the account), the Chinese text otherwise and where no English was given.</summary>
public sealed class ProcessNotificationLanguageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task EnglishUser_GetsTheEnglishSubject_AndTheChineseBodyWhereNoEnglishWasGiven_WhileChineseUsersGetChinese()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory,
            """<oa:process><oa:notification event="taskAssigned" subject="【加急】{{ instance.title }}" body="请在今天内处理「{{ node }}」" subjectEn="[Urgent] {{ instance.title }}" /></oa:process>""");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        await head.PostFormAsync("/", "/Account/Language", ("culture", "en"), ("returnUrl", "/"));

        var id = await StartAsync(factory, key);
        var assigned = await NotificationAsync(await factory.ClientAsAsync("wanglei"), id, "task-assigned");
        Assert.StartsWith("[Urgent] ", assigned.GetProperty("title").GetString());
        Assert.Equal("请在今天内处理「部门负责人审批」", assigned.GetProperty("body").GetString());

        await ActAsync(factory, "wanglei", id, "approve");
        var hr = await NotificationAsync(await factory.ClientAsAsync("wujing"), id, "task-assigned");
        Assert.StartsWith("【加急】", hr.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SwitchingBackToChinese_BringsTheChineseTextBack()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory,
            """<oa:process><oa:notification event="taskAssigned" subject="【中文】{{ instance.title }}" subjectEn="[English] {{ instance.title }}" /></oa:process>""");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        await head.PostFormAsync("/", "/Account/Language", ("culture", "en"), ("returnUrl", "/"));
        await head.PostFormAsync("/", "/Account/Language", ("culture", "zh-CN"), ("returnUrl", "/"));

        var id = await StartAsync(factory, key);
        Assert.StartsWith("【中文】", (await NotificationAsync(await factory.ClientAsAsync("wanglei"), id, "task-assigned")).GetProperty("title").GetString());
    }

    private static async Task<System.Text.Json.JsonElement> NotificationAsync(HttpClient client, string id, string eventName)
    {
        var page = await (await client.GetAsync("/api/notifications")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("event").GetString() == eventName);
    }
}
