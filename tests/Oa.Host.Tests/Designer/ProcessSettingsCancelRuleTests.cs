using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Tasks;
using Oa.Host.Tests.Workbench;
using Oa.Host.Tests.Workflow;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Designer;

/// <summary>
/// 流程设置 initiatorCancel: the applicant's 撤销 (POST /api/instances/{id}/revoke) after approvers acted. The request:
/// zhangsan → head wanglei → HR wujing (ReturnFixture).
/// </summary>
public sealed class ProcessSettingsCancelRuleTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string WhileRunning = """<oa:process initiatorCancel="whileRunning" />""";

    [Fact]
    public async Task WhileRunning_ApplicantRevokesAfterAnApproval_EndsCancelledWithReasonAndTellsTheApprovers()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await ActAsync(factory, "wanglei", id, "approve");
        var zhangsan = await factory.ClientAsAsync("zhangsan");

        var response = await RevokeAsync(zhangsan, id, "项目取消，不再需要");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await (await zhangsan.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("cancelled", view.GetProperty("status").GetString());
        Assert.Empty(view.GetProperty("openTasks").EnumerateArray());
        var revoked = Assert.Single(await HistoryAsync(factory, id), h => h.GetProperty("type").GetString() == "Revoked");
        Assert.Equal(("zhangsan", "项目取消，不再需要"), (revoked.GetProperty("userName").GetString(), revoked.GetProperty("comment").GetString()));
        Assert.Null(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id)); // HR's task is gone

        // The approver who acted and the one who held the task are told why; the applicant is not told about their own act.
        foreach (var approver in new[] { "wanglei", "wujing" })
        {
            var notice = Assert.Single(await NotificationsAsync(approver, id, "revoked"));
            Assert.StartsWith("已撤销：", notice.GetProperty("title").GetString());
            Assert.Contains("项目取消，不再需要", notice.GetProperty("body").GetString());
        }
        Assert.Empty(await NotificationsAsync("zhangsan", id, "revoked"));

        var page = await zhangsan.GetStringAsync($"/Workbench/Instance/{id}");
        Assert.Contains("发起人撤销", page);
        Assert.Contains("项目取消，不再需要", page);
        Assert.DoesNotContain("handler=Revoke", page); // ended: nothing more to revoke
    }

    [Fact]
    public async Task NeverByDefault_RevokeAfterAnApproval_Is409AndTheRequestRunsOnUntouched()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, """<oa:process category="测试" />"""));
        await ActAsync(factory, "wanglei", id, "approve");
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var before = await HistoryAsync(factory, id);

        var response = await RevokeAsync(zhangsan, id, "不想要了");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("不允许发起人在审批人处理后撤销", detail);
        Assert.Contains("does not allow revoking", detail);
        await AssertUntouchedAsync(id, before.Count);
        Assert.Empty(await NotificationsAsync("wanglei", id, "revoked"));
        Assert.DoesNotContain("handler=Revoke", await zhangsan.GetStringAsync($"/Workbench/Instance/{id}"));
    }

    [Fact]
    public async Task SomeoneOtherThanTheApplicant_Gets403Or404AndChangesNothing()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await ActAsync(factory, "wanglei", id, "approve");
        var before = await HistoryAsync(factory, id);

        // The approver may see the request but it is not theirs to revoke; a colleague elsewhere may not even see it.
        Assert.Equal(HttpStatusCode.Forbidden, (await RevokeAsync(await factory.ClientAsAsync("wujing"), id, "替他撤销")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RevokeAsync(await factory.ClientAsAsync("zhaoliu"), id, "替他撤销")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RevokeAsync(await factory.ClientAsAsync("zhangsan"), "no-such-instance", "x")).StatusCode);
        await AssertUntouchedAsync(id, before.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task RevokeWithoutAReason_Is400OnTheReasonField(string? reason)
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await ActAsync(factory, "wanglei", id, "approve");
        var before = await HistoryAsync(factory, id);

        var response = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{id}/revoke", new { reason });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("撤销原因", (await response.JsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString());
        await AssertUntouchedAsync(id, before.Count);
    }

    [Fact]
    public async Task RevokeOfAnEndedRequest_Is409()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(zhangsan, id, "第一次")).StatusCode);
        var again = await RevokeAsync(zhangsan, id, "第二次");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await HistoryAsync(factory, id), h => h.GetProperty("type").GetString() == "Revoked");
    }

    [Fact]
    public async Task TheRunningRequestsVersionDecides_NotTheLatestPublishedRule()
    {
        var key = ApiClient.Unique("pcan");
        await PublishVersionAsync(key, WhileRunning);
        var allowedOnV1 = await StartAsync(factory, key);
        await PublishVersionAsync(key, """<oa:process initiatorCancel="never" />""");
        var refusedOnV2 = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", allowedOnV1, "approve");
        await ActAsync(factory, "wanglei", refusedOnV2, "approve");
        var zhangsan = await factory.ClientAsAsync("zhangsan");

        Assert.Equal(HttpStatusCode.Conflict, (await RevokeAsync(zhangsan, refusedOnV2, "新版本不允许")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(zhangsan, allowedOnV1, "旧版本允许")).StatusCode);
        Assert.Equal(1, (await (await zhangsan.GetAsync($"/api/instances/{allowedOnV1}")).JsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task InstancePage_OffersRevokeOnlyOnceWithdrawIsGone_AndAMissingReasonStaysOnThePage()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var untouched = await zhangsan.GetStringAsync($"/Workbench/Instance/{id}");
        Assert.Contains("handler=Withdraw", untouched);
        Assert.DoesNotContain("handler=Revoke", untouched); // 撤回 is still the way out

        await ActAsync(factory, "wanglei", id, "approve");
        var page = await zhangsan.GetStringAsync($"/Workbench/Instance/{id}");
        Assert.DoesNotContain("handler=Withdraw", page);
        Assert.Contains("handler=Revoke", page);
        Assert.Contains("撤销原因（必填）", page);
        Assert.DoesNotContain("handler=Revoke", await (await factory.ClientAsAsync("wujing")).GetStringAsync($"/Workbench/Instance/{id}"));

        var browser = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var path = $"/Workbench/Instance/{id}";
        var empty = await browser.PostFormAsync(path, $"{path}?handler=Revoke", ("reason", ""));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("请填写撤销原因", emptyHtml);
        // The form has a field named reason too: the revoke box's error must not land on it.
        Assert.DoesNotContain("撤销原因", System.Text.RegularExpressions.Regex.Match(emptyHtml, "id=\"wb-errors\">(.*?)</script>").Groups[1].Value);
        Assert.Equal("running", (await (await zhangsan.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("status").GetString());

        var done = await browser.PostFormAsync(path, $"{path}?handler=Revoke", ("reason", "改期出差"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.EndsWith("?done=revoke", done.Headers.Location!.OriginalString);
        var after = await browser.PageAsync(done.Headers.Location!.OriginalString);
        Assert.Contains("发起人撤销", after);
        Assert.Contains("改期出差", after);
    }

    [Fact]
    public async Task BadInitiatorCancelValue_IsAPublishProblemOnTheProcess()
    {
        var key = ApiClient.Unique("pbad");
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", Upload(key, """<oa:process initiatorCancel="always" />"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.JsonAsync()).GetProperty("problems").EnumerateArray();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == key
            && p.GetProperty("message").GetString()!.Contains("initiatorCancel=\"always\" is not one of never|whileRunning"));
    }

    private async Task AssertUntouchedAsync(string id, int historyCount)
    {
        var view = await (await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("running", view.GetProperty("status").GetString());
        Assert.NotEmpty(view.GetProperty("openTasks").EnumerateArray());
        Assert.NotNull(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));
        Assert.Equal(historyCount, (await HistoryAsync(factory, id)).Count);
    }

    private static Task<HttpResponseMessage> RevokeAsync(HttpClient client, string id, string reason) =>
        client.PostAsJsonAsync($"/api/instances/{id}/revoke", new { reason });

    private async Task<List<JsonElement>> NotificationsAsync(string user, string id, string eventName)
    {
        var page = await (await (await factory.ClientAsAsync(user)).GetAsync("/api/notifications")).JsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("event").GetString() == eventName).ToList();
    }

    private async Task PublishVersionAsync(string key, string processElement)
    {
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", Upload(key, processElement));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent Upload(string key, string processElement) => new()
    {
        { new StringContent(Bpmn(key, "rerun").Replace("<oa:process returnBehaviour=\"rerun\" />", processElement)), "files", $"{key}.bpmn" },
        { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
    };
}
