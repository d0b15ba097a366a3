using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.ScaleOut;

/// <summary>
/// What a user and an administrator rely on when requests are spread over two nodes: a sign-in made on one is good
/// on the other (Data Protection keys in the database), a task done on one is gone on both, org and definition
/// changes made on one reach the other, and the schedulers share the work instead of doubling it.
/// </summary>
public sealed class ScaleOutTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private HostNode A => nodes.A;
    private HostNode B => nodes.B;

    [Fact]
    public async Task CookieSignInOnA_IsValidOnB_WithItsAntiforgeryToken_AndATaskApprovedOnA_LeavesBsInbox()
    {
        await PublishAsync(A, Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        using var a = A.Client();
        using var b = B.Client();
        var jar = new CookieJar();

        // Sign in through the login page of A, as a browser does.
        var loginPage = await a.SendAsync(jar.Request(HttpMethod.Get, "/Account/Login"));
        jar.Take(loginPage);
        var signIn = await a.SendAsync(jar.Request(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "zhangsan", ["Password"] = ApiClient.DemoPassword,
            ["__RequestVerificationToken"] = NodeApi.AntiforgeryToken(await loginPage.Content.ReadAsStringAsync()),
        })));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        jar.Take(signIn);
        Assert.True(jar.Has("oa.auth"));

        // B has never seen this user's session, yet reads the cookie A wrote; without it, B sends to the login page.
        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/")).StatusCode);
        var home = await b.SendAsync(jar.Request(HttpMethod.Get, "/"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var me = await (await b.SendAsync(jar.Request(HttpMethod.Get, "/api/auth/me"))).JsonOkAsync();
        Assert.Equal("zhangsan", me.GetProperty("userName").GetString());

        // An anti-forgery token from a page of A is accepted by B's API; a made-up one is refused, so it is checked.
        var aPage = await a.SendAsync(jar.Request(HttpMethod.Get, "/"));
        var token = NodeApi.AntiforgeryToken(await aPage.Content.ReadAsStringAsync());
        var body = new { variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "集群测试" } };
        var forged = jar.Request(HttpMethod.Post, "/api/processes/host_leave/instances", JsonContent.Create(body));
        forged.Headers.Add("RequestVerificationToken", "CfDJ8-not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, (await b.SendAsync(forged)).StatusCode);
        var start = jar.Request(HttpMethod.Post, "/api/processes/host_leave/instances", JsonContent.Create(body));
        start.Headers.Add("RequestVerificationToken", token);
        var instanceId = (await (await b.SendAsync(start)).JsonOkAsync()).GetProperty("id").GetString()!;

        // The head sees it on both nodes, approves on A; B's inbox no longer has it, HR's on B does.
        using var headOnA = A.As(await A.TokenAsync("wanglei"));
        using var headOnB = B.As(await A.TokenAsync("wanglei")); // a bearer token A issued, used on B
        Assert.Contains(instanceId, await headOnB.TodoInstancesAsync());
        var page = await (await headOnA.GetAsync("/api/tasks?box=todo&pageSize=100")).JsonOkAsync();
        var taskId = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId).GetProperty("taskId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await headOnA.PostAsJsonAsync($"/api/tasks/{taskId}/approve", new { comment = "同意" })).StatusCode);
        Assert.DoesNotContain(instanceId, await headOnB.TodoInstancesAsync());
        var again = (await headOnB.PostAsJsonAsync($"/api/tasks/{taskId}/approve", new { })).StatusCode;
        Assert.True(again is HttpStatusCode.Conflict or HttpStatusCode.NotFound, $"approving the done task again on B: {again}");
        using var hrOnB = B.As(await B.TokenAsync("wujing"));
        Assert.Contains(instanceId, await hrOnB.TodoInstancesAsync());
    }

    [Fact]
    public async Task ADepartmentHeadChangedOnA_RoutesTheNextRequestStartedOnB_ToTheNewHead()
    {
        using var admin = A.As(await A.TokenAsync("admin"));
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var dept = "scale-" + suffix;
        string[] people = [$"head1{suffix}", $"head2{suffix}", $"staff{suffix}"];
        (await admin.PostAsJsonAsync("/api/org/departments", new { id = dept, name = "集群部" + suffix, parentId = "gs" })).EnsureSuccessStatusCode();
        foreach (var user in people)
            await (await admin.PostAsJsonAsync("/api/org/users", new { userName = user, displayName = user, password = ApiClient.DemoPassword, departmentId = dept, roles = Array.Empty<string>() })).JsonOkAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/org/departments/{dept}", new { id = dept, name = "集群部" + suffix, parentId = "gs", headUserName = people[0] })).StatusCode);
        // The leave process is published on A only now, after B started: B must load it to start the request.
        await PublishAsync(A, Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));

        using var staffOnB = B.As(await B.TokenAsync(people[2]));
        var first = await StartLeaveAsync(staffOnB);
        using var head1 = B.As(await B.TokenAsync(people[0]));
        Assert.Contains(first, await head1.TodoInstancesAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/org/departments/{dept}", new { id = dept, name = "集群部" + suffix, parentId = "gs", headUserName = people[1] })).StatusCode);
        // B re-reads the org change stamp at most every 2 s (OrgCache.CheckInterval); after that it plans with the new head.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var second = await StartLeaveAsync(staffOnB);
        using var head2 = B.As(await B.TokenAsync(people[1]));
        Assert.Contains(second, await head2.TodoInstancesAsync());
        Assert.DoesNotContain(second, await head1.TodoInstancesAsync());
    }

    [Fact]
    public async Task AUserCreatedOnA_CanStartARequestOnB_AtOnce_ThoughBsOrgSnapshotWasJustChecked()
    {
        await PublishAsync(A, Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        using var zhangsanOnB = B.As(await B.TokenAsync("zhangsan"));
        await StartLeaveAsync(zhangsanOnB); // B has just read the org: its snapshot counts as fresh for 2 s
        using var admin = A.As(await A.TokenAsync("admin"));
        var newcomer = "new" + Guid.NewGuid().ToString("N")[..6];
        await (await admin.PostAsJsonAsync("/api/org/users", new { userName = newcomer, displayName = "新同事", password = ApiClient.DemoPassword, departmentId = "fwb", roles = Array.Empty<string>() })).JsonOkAsync();

        // The newcomer signed in on B, so B's snapshot without them is stale: B re-reads instead of refusing with 403.
        using var newcomerOnB = B.As(await B.TokenAsync(newcomer));
        var id = await StartLeaveAsync(newcomerOnB);
        var instance = await (await newcomerOnB.GetAsync($"/api/instances/{id}")).JsonOkAsync();
        Assert.Equal(newcomer, instance.GetProperty("initiator").GetString());
    }

    [Fact]
    public async Task TimersDueOnTwoNodes_EachFiresExactlyOnce()
    {
        using var upload = new MultipartFormDataContent { { new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ScaleOut", "scaletimer.bpmn"))), "files", "scaletimer.bpmn" } };
        await PublishAsync(A, upload);
        Assert.Equal(2, await nodes.Database.ScalarAsync("SELECT COUNT(*) FROM qrtz_scheduler_state"));

        using var onA = A.As(await A.TokenAsync("zhangsan"));
        using var onB = B.As(await B.TokenAsync("zhangsan"));
        var ids = new List<string>();
        for (var i = 0; i < 8; i++)
            ids.Add((await (await (i % 2 == 0 ? onA : onB).PostAsJsonAsync("/api/processes/scale_timer/instances", new { })).JsonOkAsync()).GetProperty("id").GetString()!);

        using var head = B.As(await B.TokenAsync("wanglei"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !ids.All((await head.TodoInstancesAsync()).Contains)) await Task.Delay(500);
        var todo = await head.TodoInstancesAsync();
        Assert.All(ids, id => Assert.Single(todo, id)); // one task each: no instance ran past its timer twice
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong firing to show up
        foreach (var id in ids)
        {
            var instance = await (await onA.GetAsync($"/api/instances/{id}")).JsonOkAsync();
            Assert.Equal(1, instance.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("type").GetString() == "TimerFired"));
        }
    }

    [Fact]
    public async Task BehindAProxyOnTheSameMachine_MetricsAreNotOpenedToTheProxysClients()
    {
        using var client = A.Client();
        // Straight from loopback (a local Prometheus): answered.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
        // Through nginx on this machine: the connection is loopback too, but X-Forwarded-For names the real client.
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.9");
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(proxied)).StatusCode);
    }

    private static async Task PublishAsync(HostNode node, MultipartFormDataContent files)
    {
        using var admin = node.As(await node.TokenAsync("admin"));
        var response = await admin.PostAsync("/api/definitions", files);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> StartLeaveAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/processes/host_leave/instances",
            new { variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "集群测试" } });
        return (await response.JsonOkAsync()).GetProperty("id").GetString()!;
    }
}
