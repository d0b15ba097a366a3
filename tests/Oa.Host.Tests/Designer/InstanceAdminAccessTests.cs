using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>Who may administer which instances: admins all, a process admin only the processes that list them (or list nobody), others none.</summary>
public sealed class InstanceAdminAccessTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task ProcessAdmin_ListedOnTheProcess_ManagesItsInstances()
    {
        await factory.MakeProcessAdminAsync("songwei");
        var key = await factory.PublishOwnLeaveAsync(admins: "songwei");
        var id = await factory.StartAsync(key);
        var songwei = await factory.ClientAsAsync("songwei");
        var page = await (await songwei.GetAsync($"/api/admin/instances?processKey={key}")).JsonAsync();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var suspended = await songwei.PostAsJsonAsync($"/api/admin/instances/{id}/suspend", new { });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Equal("songwei", (await songwei.DetailAsync(id)).History("InstanceSuspended").Single().GetProperty("userName").GetString());
    }

    [Fact]
    public async Task ProcessAdmin_NotListedOnTheProcess_GetsNothingAnd403()
    {
        await factory.MakeProcessAdminAsync("tangli");
        var key = await factory.PublishOwnLeaveAsync(admins: "hanmei");
        var id = await factory.StartAsync(key);
        var tangli = await factory.ClientAsAsync("tangli");
        var page = await (await tangli.GetAsync($"/api/admin/instances?processKey={key}")).JsonAsync();
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await tangli.GetAsync($"/api/admin/instances/{id}")).StatusCode);
        foreach (var (path, body) in Commands(id))
            Assert.Equal(HttpStatusCode.Forbidden, (await tangli.PostAsJsonAsync(path, body)).StatusCode);
        var detail = await (await factory.ClientAsAsync("admin")).DetailAsync(id);
        Assert.Equal("running", detail.GetProperty("instance").GetProperty("status").GetString());
        Assert.Equal("wanglei", detail.GetProperty("openTasks")[0].GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task Employee_Gets403_Anonymous401_OnEveryEndpoint()
    {
        var id = await factory.StartAsync(await factory.PublishOwnLeaveAsync());
        // The initiator may read their own request elsewhere, but not administer it.
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync("/api/admin/instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync($"/api/admin/instances/{id}")).StatusCode);
        foreach (var (path, body) in Commands(id))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.PostAsJsonAsync(path, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().PostAsJsonAsync(path, body)).StatusCode);
        }
        Assert.Equal("running", (await (await factory.ClientAsAsync("admin")).DetailAsync(id)).GetProperty("instance").GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownInstance_Is404()
    {
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/instances/no-such-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/admin/instances/no-such-id/cancel", new { reason = "x" })).StatusCode);
    }

    private static (string Path, object Body)[] Commands(string id) =>
    [
        ($"/api/admin/instances/{id}/suspend", new { }),
        ($"/api/admin/instances/{id}/resume", new { }),
        ($"/api/admin/instances/{id}/cancel", new { reason = "x" }),
        ($"/api/admin/instances/{id}/tasks/any/reassign", new { assignee = "lisi" }),
        ($"/api/admin/instances/{id}/jump", new { to = "Task_Hr", reason = "x" }),
    ];
}
