using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Designer;

/// <summary>流程设置 that change behaviour at run time: withdraw rules and per-process notification text.</summary>
public sealed class ProcessSettingsRulesTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task InitiatorWithdrawNever_RefusesTheApplicantsWithdrawAndHidesTheButton()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory, """<oa:process initiatorWithdraw="never" />""");
        var id = await StartAsync(factory, key);
        var zhangsan = await factory.ClientAsAsync("zhangsan");

        var response = await zhangsan.PostAsync($"/api/instances/{id}/withdraw", JsonContent.Create(new { reason = "不想请了" }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不允许发起人撤回", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("running", (await (await zhangsan.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("status").GetString());
        Assert.DoesNotContain("handler=Withdraw", await zhangsan.GetStringAsync($"/Workbench/Instance/{id}"));
    }

    [Fact]
    public async Task InitiatorWithdrawByDefault_IsAllowedUntilTheFirstApproverActs()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory, """<oa:process category="测试" />""");
        var id = await StartAsync(factory, key);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Contains("handler=Withdraw", await zhangsan.GetStringAsync($"/Workbench/Instance/{id}"));
        var response = await zhangsan.PostAsync($"/api/instances/{id}/withdraw", JsonContent.Create(new { reason = "不想请了" }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.NotEqual("running", (await (await zhangsan.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ApproverWithdrawFalse_RefusesTheApproversWithdrawAndHidesTheButton()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory, """<oa:process approverWithdraw="false" />""");
        var id = await StartAsync(factory, key);
        var head = await factory.ClientAsAsync("wanglei");
        var headTask = (await head.TodoTaskAsync(id))!;
        await head.ActAsync(headTask, "approve");

        var response = await head.ActAsync(headTask, "withdraw");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不允许撤回审批", await response.Content.ReadAsStringAsync());
        Assert.NotNull(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id)); // HR's task was not taken back
        Assert.DoesNotContain("value=\"withdraw\"", await head.GetStringAsync($"/Workbench/Instance/{id}"));
    }

    [Fact]
    public async Task NotificationOverride_IsUsedForItsEventAndTheDefaultForOthers()
    {
        var key = await ProcessSettingsFixture.PublishAsync(factory,
            """<oa:process><oa:notification event="taskAssigned" subject="【加急】{{ instance.title }}" body="请在今天内处理「{{ node }}」" /></oa:process>""");
        var id = await StartAsync(factory, key);
        var head = await factory.ClientAsAsync("wanglei");
        var assigned = await NotificationAsync(head, id, "task-assigned");
        Assert.StartsWith("【加急】", assigned.GetProperty("title").GetString());
        Assert.Equal("请在今天内处理「部门负责人审批」", assigned.GetProperty("body").GetString());

        await head.ActAsync((await head.TodoTaskAsync(id))!, "approve");
        await ActAsync(factory, "wujing", id, "approve");
        var approved = await NotificationAsync(await factory.ClientAsAsync("zhangsan"), id, "approved");
        Assert.StartsWith("已通过：", approved.GetProperty("title").GetString()); // no override for this event: the default text
    }

    private static async Task<System.Text.Json.JsonElement> NotificationAsync(HttpClient client, string id, string eventName)
    {
        var page = await (await client.GetAsync("/api/notifications")).JsonAsync();
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("event").GetString() == eventName);
    }
}
