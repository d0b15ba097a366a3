using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// kill -9 in the middle of a load — approvals and new requests in flight, timers falling due, the Quartz timer job
/// polling every second — then a new process on the same SQLite file. Right after the kill and again after the restart
/// every instance's state agrees with its task, timer and history rows (<see cref="StoreInvariants"/>); every request and
/// approval the host acknowledged is there exactly once; every timer has fired exactly once; the unfinished work can
/// still be finished.
/// </summary>
public sealed class KillRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Heads = 16;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "oa-tests", "kill-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_dir, "oa.db");

    [Fact]
    public async Task Sigkill_MidLoad_Restart_NothingAcknowledgedLostOrDoubled_EveryTimerFiresOnce_StateMatchesRows()
    {
        var host = new HostUnderTest(_dir);
        await using var _ = host;
        await host.StartAsync();
        await KillRestartApi.PublishAsync(host, "hostleave.bpmn", "host_leave_form.form", "reltimer.bpmn");
        var zhangsan = await host.ClientAsAsync("zhangsan");
        var timers = new ConcurrentBag<string>();
        // Due while the host still runs: the Quartz job fires them (or is firing them when the kill comes).
        for (var i = 0; i < 4; i++) timers.Add(await KillRestartApi.StartAsync(zhangsan, "rel_timer", new { wait = "PT1S" }));
        var wanglei = await host.ClientAsAsync("wanglei");
        var heads = new ConcurrentQueue<(string Instance, string Task)>();
        var preStarted = new List<string>();
        for (var i = 0; i < Heads; i++)
        {
            var id = await KillRestartApi.StartAsync(zhangsan, "host_leave", new { leaveType = "annual", days = 1, reason = "重启测试" + i });
            heads.Enqueue((id, await KillRestartApi.TaskOfAsync(wanglei, id, "Task_Head")));
            preStarted.Add(id);
        }

        var approved = new ConcurrentBag<(string Instance, string Task)>();
        var started = new ConcurrentDictionary<string, string>(); // reason → acknowledged instance id
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        async Task Guard(Func<Task> work) { try { await work(); } catch (HttpRequestException) { } catch (TaskCanceledException) { } }
        var load = new List<Task>();
        for (var w = 0; w < 3; w++)
            load.Add(Guard(async () =>
            {
                while (heads.TryDequeue(out var head))
                    if ((await wanglei.PostAsJsonAsync($"/api/tasks/{head.Task}/approve", new { comment = "同意" })).IsSuccessStatusCode) approved.Add(head);
            }));
        load.Add(Guard(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var reason = "启动" + Interlocked.Increment(ref attempts);
                started[reason] = await KillRestartApi.StartAsync(zhangsan, "host_leave", new { leaveType = "annual", days = 1, reason });
            }
        }));
        // Due a few seconds on: most fall due while the host is down.
        load.Add(Guard(async () =>
        {
            while (!stop.IsCancellationRequested) timers.Add(await KillRestartApi.StartAsync(zhangsan, "rel_timer", new { wait = "PT3S" }));
        }));
        while (approved.Count < 5 && load.Take(3).Any(w => !w.IsCompleted)) await Task.Delay(10);
        await host.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(approved.Count >= 5, $"only {approved.Count} approvals before the kill");
        Assert.True(approved.Count < Heads, "every approval finished before the kill; nothing was in flight");

        // The file as the dead process left it: every committed command is whole, no other is visible.
        var atKill = await StoreInvariants.ViolationsAsync(Database);
        Assert.True(atKill.Count == 0, "right after the kill:\n" + string.Join("\n", atKill));
        await using (var db = StoreInvariants.Open(Database))
            output.WriteLine($"at the kill: {approved.Count} approvals and {started.Count}/{attempts} starts acknowledged, {timers.Count} timer instances acknowledged, "
                + $"{await db.History.CountAsync(h => h.Type == "TimerFired")} timers fired, {await db.Timers.CountAsync()} pending");

        await host.StartAsync();
        var admin = await host.ClientAsAsync("admin");
        await using (var db = StoreInvariants.Open(Database))
        {
            var leaves = await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == "host_leave").ToListAsync();
            var byReason = leaves.GroupBy(i => StoreInvariants.Variable(i, "reason") ?? "").ToDictionary(g => g.Key, g => g.Count());
            Assert.All(started, s => Assert.Equal(1, byReason.GetValueOrDefault(s.Key)));
            Assert.All(byReason, r => Assert.True(r.Value == 1, $"request '{r.Key}' exists {r.Value} times"));
            Assert.All(leaves.Where(l => started.Values.Contains(l.Id)), l => Assert.Equal("running", l.Status));
            foreach (var (instance, task) in approved)
                Assert.Equal(Data.Engine.WorkTaskStatus.Completed, (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task)).Status);
        }

        // Every timer instance — acknowledged or in doubt when the host died — ends up past its timer, once.
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(500))
        {
            await using var db = StoreInvariants.Open(Database);
            var waiting = await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == "rel_timer").CountAsync(i => db.Timers.Any(t => t.InstanceId == i.Id));
            if (waiting == 0) break;
            Assert.True(DateTime.UtcNow < deadline, $"{waiting} timers did not fire after the restart:\n" + host.Log());
        }
        await using (var db = StoreInvariants.Open(Database))
        {
            var timerInstances = await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == "rel_timer").Select(i => i.Id).ToListAsync();
            // Every acknowledged one exists; one whose start was in flight at the kill may exist too (committed, never answered).
            Assert.Superset(timers.ToHashSet(), timerInstances.ToHashSet());
            foreach (var id in timerInstances)
            {
                Assert.Equal(1, await db.History.CountAsync(h => h.InstanceId == id && h.Type == "TimerFired"));
                Assert.Equal(1, await db.Tasks.CountAsync(t => t.InstanceId == id && t.ElementId == "Task_AfterWait" && t.Status == Data.Engine.WorkTaskStatus.Open));
            }
        }
        var afterRestart = await StoreInvariants.ViolationsAsync(Database);
        Assert.True(afterRestart.Count == 0, "after the restart:\n" + string.Join("\n", afterRestart));

        // Nothing was lost: the pre-started requests can all be finished on the restarted host.
        await KillRestartApi.FinishLeavesAsync(host, admin, preStarted);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
