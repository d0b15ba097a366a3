using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>发起人自选审批人: the apply page asks for the people, the start checks them, the engine routes to them, the preview names them.</summary>
public sealed class InitiatorSelectTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static object Leave(object? approvers) => new { variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "项目评审", ["Task_Pick_approvers"] = approvers } };

    [Fact]
    public async Task ApplyPage_ShowsARequiredUserPicker_ForTheNodeTheApplicantChoosesFor()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var page = await zhangsan.PageAsync($"/Workbench/Apply/{key}");
        var schema = JsonDocument.Parse(WebUtility.HtmlDecode(Regex.Match(page, "id=\"wb-schema\">([\\s\\S]*?)</script>").Groups[1].Value)).RootElement;
        var picker = schema.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "Task_Pick_approvers");
        Assert.Equal("oa-user", picker.GetProperty("type").GetString());
        Assert.Equal("选择审批人 · 项目评审", picker.GetProperty("label").GetString());
        Assert.True(picker.GetProperty("multiple").GetBoolean());
        Assert.True(picker.GetProperty("validate").GetProperty("required").GetBoolean());
        Assert.DoesNotContain(schema.GetProperty("components").EnumerateArray(), c => c.GetProperty("key").GetString() == "Task_Head_approvers");
    }

    [Theory]
    [InlineData(null, "请选择审批人")]
    [InlineData(new string[0], "请选择审批人")]
    [InlineData(new[] { "lisi", "nosuchuser" }, "nosuchuser")]
    [InlineData(42, "格式无效")]
    public async Task Start_WithoutValidApprovers_Is400_WithTheErrorOnThePicker_AndStartsNothing(object? approvers, string message)
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var before = await MineCountAsync(zhangsan);
        var response = await zhangsan.PostAsJsonAsync($"/api/processes/{key}/instances", Leave(approvers));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty("Task_Pick_approvers")[0].GetString());
        Assert.Equal(before, await MineCountAsync(zhangsan));
    }

    [Fact]
    public async Task Start_WithChosenApprovers_RoutesTheNodeToExactlyThem()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var response = await zhangsan.PostAsJsonAsync($"/api/processes/{key}/instances", Leave(new[] { "lisi", "wangwu" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(id))!, "approve")).StatusCode);
        Assert.NotNull(await (await factory.ClientAsAsync("lisi")).TodoTaskAsync(id));
        Assert.NotNull(await (await factory.ClientAsAsync("wangwu")).TodoTaskAsync(id));
        Assert.Null(await (await factory.ClientAsAsync("zhaoliu")).TodoTaskAsync(id));
    }

    [Fact]
    public async Task PathPreview_ShowsThePeopleTheApplicantChose()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var formData = WorkbenchBrowser.Json(new Dictionary<string, object> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "评审", ["Task_Pick_approvers"] = new[] { "wangwu" } });
        var response = await zhangsan.PostFormAsync($"/Workbench/Apply/{key}", $"/Workbench/Apply/{key}?handler=Preview", ("formData", formData));
        var page = await response.Content.ReadAsStringAsync();
        var preview = Regex.Match(page, "<section class=\"card wb-preview\"[\\s\\S]*?</section>").Value;
        Assert.Matches("项目评审</strong> <span class=\"muted\">王五</span>", preview);
        Assert.Contains("王磊", preview);
        // The page now sits at ?handler=Preview; 提交 must post to the start handler, not preview again.
        Assert.Equal($"/Workbench/Apply/{key}", Regex.Match(page, "<form(?=[^>]*wb-apply)[^>]*action=\"([^\"]*)\"").Groups[1].Value);
    }

    [Fact]
    public async Task Draft_KeepsTheApproversPickedSoFar_ButNotOtherStrayVariables()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var saved = await zhangsan.PostAsJsonAsync("/api/drafts", new
        {
            processKey = key,
            variables = new Dictionary<string, object?> { ["reason"] = "项目评审", ["Task_Pick_approvers"] = new[] { "lisi" }, ["Task_Head_approvers"] = new[] { "zhangsan" } },
        });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var draft = await (await zhangsan.GetAsync($"/api/drafts/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        var variables = draft.GetProperty("variables");
        Assert.Equal("lisi", Assert.Single(variables.GetProperty("Task_Pick_approvers").EnumerateArray()).GetString());
        Assert.False(variables.TryGetProperty("Task_Head_approvers", out _)); // not a node the applicant chooses for
    }

    [Fact]
    public async Task ApplyPage_SubmitWithoutAChoice_ComesBackWithTheMessageForThePicker()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var formData = WorkbenchBrowser.Json(new { leaveType = "annual", days = 1, reason = "评审" });
        var response = await zhangsan.PostFormAsync($"/Workbench/Apply/{key}", $"/Workbench/Apply/{key}", ("formData", formData));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Regex.Match(await response.Content.ReadAsStringAsync(), "id=\"wb-errors\">([\\s\\S]*?)</script>").Groups[1].Value;
        Assert.Contains("Task_Pick_approvers", errors);
    }

    private static async Task<int> MineCountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/tasks?box=mine")).JsonAsync()).GetProperty("total").GetInt32();
}
