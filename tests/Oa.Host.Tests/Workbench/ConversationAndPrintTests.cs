using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>抄送 by hand, comments with @mentions, and the print view.</summary>
public sealed class ConversationAndPrintTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<string> StartAsync()
    {
        await factory.PublishLeaveAsync();
        return (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(2, hrNote: "仅人事可见的备注")).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task CcByHand_GivesTheColleagueReadAccessAndACcItem()
    {
        var id = await StartAsync();
        var outsider = await factory.ClientAsAsync("hanmei");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/instances/{id}")).StatusCode);
        var applicant = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.NoContent, (await applicant.PostAsJsonAsync($"/api/instances/{id}/cc", new { userNames = new[] { "hanmei" }, comment = "请知悉" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/api/instances/{id}")).StatusCode);
        var cc = await (await outsider.GetAsync("/api/tasks?box=cc")).JsonAsync();
        Assert.Contains(cc.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("unread").GetBoolean());
    }

    [Fact]
    public async Task CcByHand_ToAnUnknownUser_Returns400_AndCopiesNobody()
    {
        var id = await StartAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var response = await applicant.PostAsJsonAsync($"/api/instances/{id}/cc", new { userNames = new[] { "hanmei", "ghost" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("hanmei")).GetAsync($"/api/instances/{id}")).StatusCode);
    }

    [Fact]
    public async Task CcOrComment_BySomeoneWhoCannotSeeTheRequest_Returns404()
    {
        var id = await StartAsync();
        var outsider = await factory.ClientAsAsync("tangli");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/instances/{id}/cc", new { userNames = new[] { "tangli" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/instances/{id}/comments", new { text = "hi" })).StatusCode);
    }

    [Fact]
    public async Task Comment_WithAMention_IsInTheHistoryAndTellsTheMentionedPerson()
    {
        var id = await StartAsync();
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.NoContent, (await head.PostAsJsonAsync($"/api/instances/{id}/comments", new { text = "@wujing 请确认假期余额，mail@example.com 不是提醒" })).StatusCode);
        var history = (await (await head.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("history").EnumerateArray();
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "Commented" && h.GetProperty("comment").GetString()!.StartsWith("@wujing"));
        var hr = await factory.ClientAsAsync("wujing");
        var notes = (await (await hr.GetAsync("/api/notifications")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(notes, n => n.GetProperty("instanceId").GetString() == id && n.GetProperty("event").GetString() == "cc");
        // "mail@example.com" is an address, not a mention: only wujing is recorded as mentioned.
        var commented = (await (await head.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("history").EnumerateArray().Single(h => h.GetProperty("type").GetString() == "Commented");
        Assert.Equal("{\"mentioned\":[\"wujing\"]}", commented.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Comment_Empty_Returns400()
    {
        var id = await StartAsync();
        var response = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{id}/comments", new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Print_ShowsOptionLabelsAndTheRecord_ButNotFieldsHiddenFromTheReader()
    {
        var id = await StartAsync();
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var html = await head.PageAsync($"/Workbench/Print/{id}");
        Assert.Contains("张三的请假申请（2天）", html);
        Assert.Contains("回家探亲", html);
        Assert.Contains("年假", html); // the option's label, not its code
        Assert.Contains("审批记录", html);
        // The head may not see hrNote (hidden at their node), so neither may their print-out.
        Assert.DoesNotContain("仅人事可见的备注", html);
        var outsider = await WorkbenchBrowser.SignInAsync(factory, "tangli");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Workbench/Print/{id}")).StatusCode);
    }

    [Fact]
    public async Task UrgeButton_FromTheInstancePage_FlagsTheRequest()
    {
        var id = await StartAsync();
        var applicant = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var page = await applicant.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("handler=Urge", page);
        var response = await applicant.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Urge");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已催办", await applicant.PageAsync(response.Headers.Location!.OriginalString));
    }
}
