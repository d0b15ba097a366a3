using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Designer;

/// <summary>Server-side drafts: saved and read back, shown by the designer instead of the latest version, never seen by the engine, gone after publishing.</summary>
public sealed class DesignerDraftTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Draft_IsSavedAndOpened_ButNewRequestsStillUseThePublishedVersion()
    {
        var (key, browser) = await PublishOwnAsync();
        var admin = await factory.ClientAsAsync("admin");
        var draftXml = DesignerModels.Leave(key, "草稿里的名字");
        var saved = await admin.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = draftXml, baseVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await (await admin.GetAsync($"/api/designer/drafts/{key}")).JsonAsync();
        Assert.Equal(draftXml, read.GetProperty("xml").GetString());
        Assert.Equal("admin", read.GetProperty("savedBy").GetString());

        var page = await browser.PageAsync($"/Designer/Process/{key}");
        Assert.Contains("正在编辑草稿", page);
        Assert.Contains("草稿里的名字", page);

        // The engine never reads drafts: a new request runs version 1 and its name.
        var id = await factory.StartAsync(key);
        var instance = await (await factory.ClientAsAsync("admin")).DetailAsync(id);
        Assert.Equal(1, instance.GetProperty("instance").GetProperty("version").GetInt32());
        Assert.Equal("测试请假", instance.GetProperty("instance").GetProperty("processName").GetString());
    }

    /// <summary>A leave process of the test's own, published once through the designer page (v1).</summary>
    private async Task<(string Key, DesignerClient Browser)> PublishOwnAsync()
    {
        await factory.PublishLeaveAsync();
        var key = ApiClient.Unique("draft_leave_");
        var browser = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Equal(1, DesignerClient.PublishedVersion(await browser.PostAsync("/Designer", $"/Designer/Process/{key}",
            ("action", "publish"), ("bpmnXml", DesignerModels.Leave(key)))));
        return (key, browser);
    }

    [Fact]
    public async Task Publishing_RemovesTheDraft_DiscardRemovesItToo()
    {
        var (key, browser) = await PublishOwnAsync();
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = DesignerModels.Leave(key, "发布草稿") })).StatusCode);
        var published = await browser.PostAsync($"/Designer/Process/{key}", $"/Designer/Process/{key}",
            ("action", "publish"), ("bpmnXml", DesignerModels.Leave(key, "发布草稿")));
        DesignerClient.PublishedVersion(published);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/designer/drafts/{key}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = DesignerModels.Leave(key, "再改") })).StatusCode);
        var discarded = await browser.PostAsync($"/Designer/Process/{key}", $"/Designer/Process/{key}?handler=DiscardDraft");
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/designer/drafts/{key}")).StatusCode);
        Assert.DoesNotContain("正在编辑草稿", await browser.PageAsync($"/Designer/Process/{key}"));
    }

    [Fact]
    public async Task Draft_ThatIsNotXml_Is400_AndEmployeesAreRefused()
    {
        var admin = await factory.ClientAsAsync("admin");
        var broken = await admin.PutAsJsonAsync("/api/designer/drafts/some_key", new { xml = "<bpmn:definitions" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.True((await broken.JsonAsync()).GetProperty("errors").TryGetProperty("xml", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/designer/drafts/some_key", new { })).StatusCode);

        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.PutAsJsonAsync("/api/designer/drafts/some_key", new { xml = "<a/>" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync("/api/designer/drafts/some_key")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.DeleteAsync("/api/designer/drafts/some_key")).StatusCode);
    }

    [Fact]
    public async Task VersionDiffPage_ListsTheChangedElement()
    {
        var (key, browser) = await PublishOwnAsync();
        DesignerClient.PublishedVersion(await browser.PostAsync($"/Designer/Process/{key}", $"/Designer/Process/{key}",
            ("action", "publish"), ("bpmnXml", DesignerModels.Leave(key, "改名后的请假"))));
        var html = await browser.PageAsync($"/Designer/Process/{key}/diff?from=1&to=2");
        Assert.Contains($"data-element-id=\"{key}\" data-change=\"Changed\"", html);
        var zhangsan = await DesignerClient.SignInAsync(factory, "zhangsan");
        await zhangsan.AssertDeniedAsync(await zhangsan.GetAsync($"/Designer/Process/{key}/diff"), "GET diff");
    }
}
