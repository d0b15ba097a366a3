using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// kill -9 in the middle of a load of approvals, then a new process on the same SQLite file: every approval the
/// host acknowledged is there, none is doubled, every instance's task rows agree with its engine state and its
/// history, the unfinished ones can still be finished, and a timer that fell due while the host was down fires.
/// </summary>
public sealed class KillRestartTests : IAsyncLifetime
{
    private const int Instances = 16;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "oa-tests", "kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sigkill_MidLoad_Restart_NoApprovalLostOrDoubled_StateMatchesHistory_TimerStillFires()
    {
        var host = new HostUnderTest(_dir);
        await using var _ = host;
        await host.StartAsync();
        await PublishAsync(host, "hostleave.bpmn", "host_leave_form.form", "reltimer.bpmn");
        var zhangsan = await host.ClientAsAsync("zhangsan");
        var ids = new List<string>();
        for (var i = 0; i < Instances; i++) ids.Add(await StartAsync(zhangsan, "host_leave", new { leaveType = "annual", days = 1, reason = "重启测试" + i }));
        var timerId = await StartAsync(zhangsan, "rel_timer", new { });

        // Approvals from several clients at once; the host is killed once a few have been acknowledged.
        var acknowledged = new ConcurrentBag<(string Instance, string Task)>();
        var wanglei = await host.ClientAsAsync("wanglei");
        var heads = new ConcurrentQueue<(string Instance, string Task)>();
        foreach (var id in ids) heads.Enqueue((id, await TaskOfAsync(wanglei, id, "Task_Head")));
        var workers = Enumerable.Range(0, 6).Select(async _ =>
        {
            while (heads.TryDequeue(out var head))
            {
                try
                {
                    var response = await wanglei.PostAsJsonAsync($"/api/tasks/{head.Task}/approve", new { comment = "同意" });
                    if (response.IsSuccessStatusCode) acknowledged.Add(head);
                }
                catch (HttpRequestException) { return; } // the host is gone: in doubt, checked below
                catch (TaskCanceledException) { return; }
            }
        }).ToList();
        while (acknowledged.Count < 5 && workers.Any(w => !w.IsCompleted)) await Task.Delay(10);
        await host.KillAsync();
        await Task.WhenAll(workers);
        Assert.True(acknowledged.Count >= 5, $"only {acknowledged.Count} approvals before the kill");
        Assert.True(acknowledged.Count < Instances, "the load finished before the kill; nothing was in flight");

        await host.StartAsync();
        var admin = await host.ClientAsAsync("admin");
        foreach (var id in ids)
        {
            var instance = await GetAsync(admin, $"/api/instances/{id}");
            var completed = CompletedElements(instance);
            Assert.True(completed.Count == completed.Distinct().Count(), $"{id}: a task completed twice: {string.Join(",", completed)}");
            AssertStateMatchesTasks(id, instance);
        }
        foreach (var (id, task) in acknowledged)
            Assert.Contains(Completions(await GetAsync(admin, $"/api/instances/{id}")), data => data.Contains(task, StringComparison.Ordinal));

        // Everything left can still be finished on the restarted host.
        wanglei = await host.ClientAsAsync("wanglei");
        var wujing = await host.ClientAsAsync("wujing");
        foreach (var id in ids)
        {
            var instance = await GetAsync(admin, $"/api/instances/{id}");
            foreach (var open in instance.GetProperty("openTasks").EnumerateArray().Where(t => t.GetProperty("elementId").GetString() == "Task_Head"))
                await ActAsync(wanglei, open.GetProperty("id").GetString()!, "approve");
            await ActAsync(wujing, await TaskOfAsync(admin, id, "Task_Hr"), "complete");
            var done = await GetAsync(admin, $"/api/instances/{id}");
            Assert.Equal("completed", done.GetProperty("status").GetString());
            Assert.Equal(2, Completions(done).Count);
        }

        // The timer was due while the host was down (or during the restart): it fires now.
        for (var deadline = DateTime.UtcNow.AddSeconds(90); ; await Task.Delay(500))
        {
            var timer = await GetAsync(admin, $"/api/instances/{timerId}");
            if (timer.GetProperty("openTasks").EnumerateArray().Any(t => t.GetProperty("elementId").GetString() == "Task_AfterWait"))
            {
                Assert.Single(timer.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "TimerFired");
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "the timer did not fire after the restart:\n" + host.Log());
        }
    }

    // Task rows (the inbox) and the engine state are written in one transaction: after a crash they must still agree.
    private static void AssertStateMatchesTasks(string id, JsonElement instance)
    {
        var status = instance.GetProperty("status").GetString();
        var openElements = instance.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("elementId").GetString()).Order().ToList();
        var active = instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()).Where(e => e is "Task_Head" or "Task_Hr" or "Task_Leader").Order().ToList();
        Assert.True(openElements.SequenceEqual(active), $"{id}: open task rows [{string.Join(",", openElements)}] vs engine tokens [{string.Join(",", active)}]");
        var completedElements = instance.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == "TaskCompleted")
            .Select(h => h.GetProperty("elementId").GetString()).ToList();
        if (status == "running")
        {
            Assert.Single(openElements);
            Assert.Equal(completedElements.Contains("Task_Head") ? "Task_Hr" : "Task_Head", openElements[0]);
        }
        else Assert.Fail($"{id}: unexpected status {status} after the restart");
    }

    private static List<string?> CompletedElements(JsonElement instance) =>
        instance.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == "TaskCompleted")
            .Select(h => h.GetProperty("elementId").GetString()).ToList();

    private static List<string> Completions(JsonElement instance) =>
        instance.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == "TaskCompleted")
            .Select(h => h.GetProperty("data").GetString() ?? "").ToList();

    private static async Task PublishAsync(HostUnderTest host, params string[] files)
    {
        var admin = await host.ClientAsAsync("admin");
        using var content = new MultipartFormDataContent();
        foreach (var f in files)
        {
            var dir = f.StartsWith("rel", StringComparison.Ordinal) ? "Reliability" : "Workflow";
            content.Add(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, dir, f))), "files", f);
        }
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> StartAsync(HttpClient client, string key, object variables)
    {
        var response = await client.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<string> TaskOfAsync(HttpClient client, string instanceId, string elementId) =>
        (await GetAsync(client, $"/api/instances/{instanceId}")).GetProperty("openTasks").EnumerateArray()
            .Single(t => t.GetProperty("elementId").GetString() == elementId).GetProperty("id").GetString()!;

    private static async Task ActAsync(HttpClient client, string task, string action)
    {
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/{action}", new { comment = "同意" });
        Assert.True(response.IsSuccessStatusCode, $"{task} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
