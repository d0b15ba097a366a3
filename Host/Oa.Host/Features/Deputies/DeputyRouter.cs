using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Deputies;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Deputies;

/// <summary>
/// After each engine command, hands the instance's newly assigned tasks of people who are away to their deputies —
/// as an engine command of its own (AssignTask), so the engine state, the inbox and the timeline agree: the timeline
/// shows "代理" with both names. A failure here leaves the task with the original assignee, who can still act on it.
/// </summary>
public sealed class DeputyRouter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeputyRouter> log)
{
    /// <summary>Deputies of deputies are followed this far (A away → B, B away → C); a cycle stops at the last person who is present.</summary>
    private const int MaxHops = 3;

    public async Task RouteAsync(EngineHost engine, string instanceId, CancellationToken ct)
    {
        List<(WorkTask Task, string To, DeputyRule Rule)> moves;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            // This runs after every command, so the usual case (nobody away) costs one query on a small table.
            var now = clock.GetUtcNow();
            var rules = await db.DeputyRules.AsNoTracking().Where(r => r.RevokedAt == null && r.StartsAt <= now && r.EndsAt > now).ToListAsync(ct);
            if (rules.Count == 0) return;
            var open = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.Status == WorkTaskStatus.Open && t.Assignee != null && t.DelegatedBy == null).ToListAsync(ct);
            if (open.Count == 0) return;
            // A task a deputy already received stays with them, even if they hand it back to the absent person.
            var routed = await db.History.AsNoTracking().Where(h => h.InstanceId == instanceId && h.Type == "TaskDeputized").Select(h => h.Data).ToListAsync(ct);
            moves = [];
            foreach (var task in open)
            {
                if (routed.Any(d => d != null && d.Contains($"\"{task.Id}\"", StringComparison.Ordinal))) continue;
                var (to, rule) = Follow(task.Assignee!, task.ProcessKey, now, rules);
                if (rule is not null && !string.Equals(to, task.Assignee, StringComparison.OrdinalIgnoreCase)) moves.Add((task, to, rule));
            }
        }
        foreach (var (task, to, rule) in moves)
        {
            var note = $"{task.Assignee} 不在岗（{rule.StartsAt.ToLocalTime():MM-dd}～{rule.EndsAt.ToLocalTime():MM-dd}），由 {to} 代理";
            try
            {
                await engine.ExecuteAsync(instanceId, new AssignTask(task.Id, to, task.Assignee), new CommandAudit(task.Assignee, note, null, task.Id, "deputy"), ct);
            }
            catch (Exception ex) when (ex is EngineException or Oa.Workflows.Ports.ConcurrencyException)
            {
                log.LogWarning(ex, "Could not hand task {TaskId} of {Assignee} to deputy {Deputy}", task.Id, task.Assignee, to);
            }
        }
    }

    private static (string To, DeputyRule? Rule) Follow(string user, string processKey, DateTimeOffset now, List<DeputyRule> rules)
    {
        var current = user;
        DeputyRule? first = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { user };
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var rule = rules.Where(r => string.Equals(r.UserName, current, StringComparison.OrdinalIgnoreCase) && r.Covers(processKey, now))
                .OrderByDescending(r => r.CreatedAt).FirstOrDefault();
            if (rule is null || !seen.Add(rule.Deputy)) break;
            first ??= rule;
            current = rule.Deputy;
        }
        return (current, first);
    }
}
