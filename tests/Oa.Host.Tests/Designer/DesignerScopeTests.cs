using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>A process admin designs only the processes that list them (or list nobody); every change lands in the designer audit.</summary>
public sealed class DesignerScopeTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static MultipartFormDataContent Upload(string key) => new()
    {
        { new StringContent(DesignerModels.Leave(key, "改过的请假")), "files", key + ".bpmn" },
    };

    [Fact]
    public async Task ProcessAdmin_NotListed_IsRefusedOnDesignerPagesDraftsAndPublishing()
    {
        await factory.MakeProcessAdminAsync("tangli");
        var key = await factory.PublishOwnLeaveAsync(admins: "hanmei");
        var browser = await DesignerClient.SignInAsync(factory, "tangli");
        foreach (var path in new[] { $"/Designer/Process/{key}", $"/Designer/Process/{key}/v/1", $"/Designer/Process/{key}?handler=Export", $"/Designer/Process/{key}/diff" })
            await browser.AssertDeniedAsync(await browser.GetAsync(path), "GET " + path);
        await browser.AssertDeniedAsync(await browser.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "publish"), ("bpmnXml", DesignerModels.Leave(key, "改了"))), "publish");
        await browser.AssertDeniedAsync(await browser.PostAsync("/Designer", $"/Designer/Process/{key}?handler=Rollback", ("version", "1")), "rollback");
        Assert.DoesNotContain($"/Designer/Process/{key}\"", await browser.PageAsync("/Designer"));

        var api = await factory.ClientAsAsync("tangli");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = DesignerModels.Leave(key, "草稿") })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/designer/drafts/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"/api/designer/drafts/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/definitions", Upload(key))).StatusCode);

        Assert.Equal(1, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == key)));
        Assert.False(DesignerClient.Query(factory, db => db.ProcessDrafts.Any(d => d.ProcessKey == key)));
    }

    [Fact]
    public async Task ProcessAdmin_Listed_DraftsAndPublishes_EachChangeAudited()
    {
        await factory.MakeProcessAdminAsync("songwei");
        var key = await factory.PublishOwnLeaveAsync(admins: "songwei");
        var browser = await DesignerClient.SignInAsync(factory, "songwei");
        Assert.Contains(key, await browser.PageAsync($"/Designer/Process/{key}"));

        var api = await factory.ClientAsAsync("songwei");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = DesignerModels.Leave(key, "草稿"), baseVersion = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/designer/drafts/{key}", new { xml = DesignerModels.Leave(key, "草稿二"), baseVersion = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/designer/drafts/{key}")).StatusCode);
        var published = await api.PostAsync("/api/definitions", Upload(key));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);

        // The first entry is the admin's publish of v1 (the fixture); the rest is songwei's.
        var all = DesignerClient.Query(factory, db => db.DesignerAudit.Where(a => a.Subject == key).OrderBy(a => a.Id).ToList());
        Assert.Equal(("api-publish", "admin", (int?)1), (all[0].Action, all[0].UserName, all[0].Version));
        var audit = all.Skip(1).ToList();
        Assert.Equal(["draft-create", "draft-discard", "api-publish"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("songwei", a.UserName));
        Assert.Equal(2, audit[^1].Version);

        var page = await browser.PageAsync("/Designer/Audit");
        Assert.Contains($"data-subject=\"{key}\"", page);
        var other = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Contains($"data-action=\"api-publish\" data-subject=\"{key}\"", await other.PageAsync("/Designer/Audit"));
    }

    [Fact]
    public async Task Audit_ProcessAdminSeesOnlyTheirProcesses()
    {
        await factory.MakeProcessAdminAsync("tangli");
        var key = await factory.PublishOwnLeaveAsync(admins: "hanmei"); // audited as the admin's api-publish
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Contains($"data-subject=\"{key}\"", await admin.PageAsync("/Designer/Audit"));

        var tangli = await DesignerClient.SignInAsync(factory, "tangli");
        Assert.DoesNotContain($"data-subject=\"{key}\"", await tangli.PageAsync("/Designer/Audit"));
    }
}
