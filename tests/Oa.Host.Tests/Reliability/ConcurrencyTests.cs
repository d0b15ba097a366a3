using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// Races over HTTP on both providers: the instance row's version check (plus the engine's bounded retry) must turn
/// every race into exactly one effect — one completion, one join — and answer the losers 409, never 500.
/// </summary>
public abstract class ConcurrencyTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task FiftyConcurrentCompletions_OfOneTask_OneSucceeds_Rest409_OneHistoryEntry()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;

        using var gate = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 50).Select(async _ => { await gate.WaitAsync(); return await head.ActAsync(task, "approve"); }).ToList();
        gate.Release(50);
        var results = await Task.WhenAll(attempts);

        var codes = string.Join(",", results.Select(r => (int)r.StatusCode).Order());
        Assert.Equal(1, results.Count(r => r.IsSuccessStatusCode));
        Assert.True(results.Where(r => !r.IsSuccessStatusCode).All(r => r.StatusCode == HttpStatusCode.Conflict), codes);
        var instance = await (await head.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Single(History(instance), h => Type(h) == "TaskCompleted" && h.GetProperty("data").GetString()!.Contains(task));
        // The one approval moved the request on to 人事 exactly once.
        Assert.Single(History(instance), h => Type(h) == "TaskCreated" && h.GetProperty("elementId").GetString() == "Task_Hr");
    }

    [Fact]
    public async Task ParallelBranches_CompletedConcurrently_JoinFiresExactlyOnce()
    {
        await PublishJoinAsync();
        var initiator = await factory.ClientAsAsync("zhangsan");
        var approvers = new Dictionary<string, HttpClient>
        {
            ["Task_A"] = await factory.ClientAsAsync("wanglei"),
            ["Task_B"] = await factory.ClientAsAsync("qianhua"),
            ["Task_C"] = await factory.ClientAsAsync("zhenghao"),
        };
        var instances = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var started = await initiator.PostAsJsonAsync("/api/processes/rel_join/instances", new { variables = new { } });
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            instances.Add((await started.JsonAsync()).GetProperty("id").GetString()!);
        }
        var branches = new List<(string Element, string TaskId)>();
        foreach (var id in instances)
            foreach (var t in (await (await initiator.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("openTasks").EnumerateArray())
                branches.Add((t.GetProperty("elementId").GetString()!, t.GetProperty("id").GetString()!));
        Assert.Equal(18, branches.Count);

        // All 18 branch completions at once; a loser of the version race may be answered 409 and simply tries again.
        using var gate = new SemaphoreSlim(0);
        var runs = branches.Select(async b =>
        {
            await gate.WaitAsync();
            for (var attempt = 0; ; attempt++)
            {
                var response = await approvers[b.Element].ActAsync(b.TaskId, "complete");
                if (response.IsSuccessStatusCode) return attempt;
                Assert.True(response.StatusCode == HttpStatusCode.Conflict && attempt < 20, $"{b.TaskId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                await Task.Delay(Random.Shared.Next(5, 40));
            }
        }).ToList();
        gate.Release(branches.Count);
        await Task.WhenAll(runs);

        foreach (var id in instances)
        {
            var instance = await (await initiator.GetAsync($"/api/instances/{id}")).JsonAsync();
            var history = History(instance).ToList();
            Assert.Equal(3, history.Count(h => Type(h) == "TaskCompleted"));
            Assert.Single(history, h => Type(h) == "TaskCreated" && h.GetProperty("elementId").GetString() == "Task_After");
            var open = instance.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("elementId").GetString()).ToList();
            Assert.Equal(["Task_After"], open);
        }
    }

    private async Task PublishJoinAsync()
    {
        var admin = await factory.ClientAsAsync("admin");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reliability", "reljoin.bpmn"))), "files", "reljoin.bpmn");
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<JsonElement> History(JsonElement instance) => instance.GetProperty("history").EnumerateArray();

    private static string? Type(JsonElement h) => h.GetProperty("type").GetString();
}

public sealed class SqliteConcurrencyTests(OaFactory factory) : ConcurrencyTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresConcurrencyTests(PostgresOaFactory factory) : ConcurrencyTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
