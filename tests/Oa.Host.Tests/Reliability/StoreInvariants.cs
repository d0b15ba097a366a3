using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// Reads a host's SQLite file directly (the host may be dead) and lists every place where the engine state of an
/// instance disagrees with the rows the same transaction should have written: the inbox's task rows, the timers
/// table, the history. A half-written command or a command applied twice shows up here.
/// </summary>
public static class StoreInvariants
{
    public static SqliteOaDbContext Open(string databaseFile) =>
        new(new DbContextOptionsBuilder<SqliteOaDbContext>().UseSqlite($"Data Source={databaseFile};Pooling=False").Options);

    public static async Task<List<string>> ViolationsAsync(string databaseFile)
    {
        await using var db = Open(databaseFile);
        var instances = await db.ProcessInstances.AsNoTracking().ToListAsync();
        var tasks = (await db.Tasks.AsNoTracking().ToListAsync()).ToLookup(t => t.InstanceId);
        var timers = (await db.Timers.AsNoTracking().ToListAsync()).ToLookup(t => t.InstanceId);
        var history = (await db.History.AsNoTracking().ToListAsync()).ToLookup(h => h.InstanceId);
        var problems = new List<string>();
        foreach (var row in instances)
        {
            var state = InstanceStateSerializer.Deserialize(row.StateJson);
            void Expect(bool ok, string what) { if (!ok) problems.Add($"{row.ProcessKey} {row.Id}: {what}"); }
            Expect(row.Version == state.Version, $"row version {row.Version} vs state {state.Version}");
            Expect(row.Status == EfInstanceStore.StatusOf(state), $"row status {row.Status} vs state {state.Status}");
            var open = tasks[row.Id].Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.Id).Order().ToList();
            var tokens = state.Tasks.Select(t => t.TaskId).Order().ToList();
            Expect(open.SequenceEqual(tokens), $"open task rows [{string.Join(",", open)}] vs state [{string.Join(",", tokens)}]");
            var completedRows = tasks[row.Id].Where(t => t.Status == WorkTaskStatus.Completed).Select(t => t.Id).Order().ToList();
            var completions = history[row.Id].Where(h => h.Type == "TaskCompleted").Select(h => Field(h.Data, "taskId")).Order().ToList();
            Expect(completions.Distinct().Count() == completions.Count, $"a task completed twice in history [{string.Join(",", completions)}]");
            Expect(completedRows.SequenceEqual(completions), $"completed task rows [{string.Join(",", completedRows)}] vs history [{string.Join(",", completions)}]");
            var timerRows = timers[row.Id].Select(t => t.Id).Order().ToList();
            var pending = state.Timers.Select(t => t.TimerId).Order().ToList();
            Expect(timerRows.SequenceEqual(pending), $"timer rows [{string.Join(",", timerRows)}] vs state [{string.Join(",", pending)}]");
            var fired = history[row.Id].Where(h => h.Type == "TimerFired").Select(h => Field(h.Data, "timerId")).ToList();
            Expect(fired.Distinct().Count() == fired.Count, $"a timer fired twice [{string.Join(",", fired)}]");
            Expect(history[row.Id].Count(h => h.Type == "InstanceStarted") <= 1, "started twice");
        }
        var orphans = tasks.Select(g => g.Key).Concat(timers.Select(g => g.Key)).Except(instances.Select(i => i.Id)).ToList();
        if (orphans.Count > 0) problems.Add($"rows of instances that do not exist: {string.Join(",", orphans)}");
        return problems;
    }

    /// <summary>The value of a variable as stored in the instance's state (what the starter sent).</summary>
    public static string? Variable(ProcessInstanceRecord row, string name) =>
        InstanceStateSerializer.Deserialize(row.StateJson).Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Field(string? json, string name)
    {
        if (json is null) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty(name, out var v) ? v.ToString() : null;
    }
}
