using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

public sealed partial class EfInstanceStore
{
    private static readonly HashSet<string> ActionHistoryTypes = ["TaskCompleted", "TaskAssigned", "TaskDelegated", "TaskResolved", "TaskDeputized", "Returned", "AssigneeAdded", "InstanceModified", "InstanceCancelled", "InstanceSuspended", "InstanceResumed", "InstanceMigrated",
        "ReturnedToInitiator", "Resubmitted", "SignerAddedBefore", "SignerAddedAfter", "SignerRemoved", "TaskReopened"];

    /// <returns>The command's history rows, for the caller to append in one statement after SaveChanges (see <see cref="MultiRowInsert"/>).</returns>
    /// <param name="loaded">What the command's load saw (null when unknown): an instance that had no timer, job or subscription rows and still has none skips their syncs.</param>
    private async Task<List<HistoryRecord>> ApplyEffectsAsync(OaDbContext db, InstanceState state, InstanceHeader header, LoadedInstance? loaded, IReadOnlyList<EngineEffect> effects, CancellationToken ct)
    {
        var history = new List<HistoryRecord>();
        var audit = CommandAudit.Current;
        var now = clock.GetUtcNow();
        // The actor's comment belongs on the history entry of what they did (approve, transfer, return, cancel), once.
        var pendingComment = audit?.Comment;
        string? TakeComment(string type)
        {
            if (pendingComment is null || !ActionHistoryTypes.Contains(type)) return null;
            var c = pendingComment;
            pendingComment = null;
            return c;
        }
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskCreated { Task: var t }:
                    db.Tasks.Add(new WorkTask
                    {
                        Id = t.TaskId, InstanceId = t.InstanceId, ElementId = t.ElementId, Name = t.Name ?? t.ElementId, Assignee = t.Assignee,
                        Status = WorkTaskStatus.Open, CreatedAt = now, DueAt = t.DueDate, ProcessKey = header.ProcessKey, ProcessName = header.ProcessName,
                        InstanceTitle = header.Title, SerialNo = header.SerialNo, Initiator = header.Initiator, FormId = t.FormId,
                        ExtensionsJson = t.Extensions.Count == 0 ? null : JsonSerializer.Serialize(t.Extensions),
                        Candidates = [.. t.CandidateUsers.Distinct().Select(u => new TaskCandidate { TaskId = t.TaskId, Kind = CandidateKind.User, Value = u }),
                                      .. t.CandidateGroups.Distinct().Select(g => new TaskCandidate { TaskId = t.TaskId, Kind = CandidateKind.Group, Value = g })],
                    });
                    await CarbonCopiesAsync(db, t, header, now, ct);
                    break;
                case TaskCompleted c:
                    var comment = audit?.TaskId == c.TaskId ? audit.Comment : null;
                    await db.Tasks.Where(x => x.Id == c.TaskId).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.Status, WorkTaskStatus.Completed).SetProperty(x => x.CompletedAt, now)
                        .SetProperty(x => x.CompletedBy, c.User).SetProperty(x => x.Outcome, c.Outcome).SetProperty(x => x.Comment, comment), ct);
                    break;
                case TaskAssigned a:
                    // 委派 remembers who to hand the task back to; any other reassignment (transfer, resolve, 代理) ends a delegation.
                    var delegatedBy = audit?.Action == "delegate" && audit.TaskId == a.TaskId ? a.PreviousAssignee ?? audit.UserName : null;
                    await db.Tasks.Where(x => x.Id == a.TaskId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Assignee, a.Assignee).SetProperty(x => x.DelegatedBy, delegatedBy), ct);
                    break;
                case TaskCancelled c:
                    await db.Tasks.Where(x => x.Id == c.TaskId && x.Status == WorkTaskStatus.Open).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.Status, WorkTaskStatus.Cancelled).SetProperty(x => x.CompletedAt, now).SetProperty(x => x.Outcome, c.Reason), ct);
                    break;
                case TimerScheduled t:
                    // A non-interrupting cycle reschedules under the same id: move the row rather than insert a duplicate key.
                    if (await db.Timers.Where(x => x.Id == t.TimerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, t.DueAt), ct) == 0)
                        db.Timers.Add(new TimerRecord { Id = t.TimerId, InstanceId = t.InstanceId, ElementId = t.ElementId, DueAt = t.DueAt, Cycle = t.Cycle });
                    break;
                case TimerCancelled t:
                    await db.Timers.Where(x => x.Id == t.TimerId).ExecuteDeleteAsync(ct);
                    break;
                case HistoryEvent h:
                    history.Add(new HistoryRecord
                    {
                        InstanceId = state.InstanceId, Type = AssignmentKind(h.Type, audit), ElementId = h.ElementId, ElementName = h.ElementName,
                        UserName = h.User ?? audit?.UserName, At = h.Timestamp, Data = h.Data, ClientIp = audit?.ClientIp,
                        Comment = TakeComment(h.Type),
                    });
                    break;
            }
        }
        // A timer that fired is no longer pending (the executor schedules the next one of a cycle as a new timer).
        var noTimerRows = loaded is { HadTimers: false } && state.Timers.Count == 0 && !effects.Any(e => e is TimerScheduled);
        if (!noTimerRows && MayTouch(state.Timers.Count, effects, audit, "timer", e => e is TimerScheduled or TimerCancelled or HistoryEvent { Type: "TimerFired" }))
        {
            var live = state.Timers.Select(t => t.TimerId).ToHashSet(StringComparer.Ordinal);
            var stale = await db.Timers.Where(t => t.InstanceId == state.InstanceId).Select(t => t.Id).ToListAsync(ct);
            var gone = stale.Where(id => !live.Contains(id)).ToList();
            if (gone.Count > 0) await db.Timers.Where(t => gone.Contains(t.Id)).ExecuteDeleteAsync(ct);
        }
        // Each save brings the rows in line with the state, so rows exist only for what the loaded state held.
        if (!(loaded is { HadSubscriptions: false } && state.Subscriptions.Count == 0)) await SyncSubscriptionsAsync(db, state, effects, ct);
        if (!(loaded is { HadJobs: false } && state.Jobs.Count == 0)
            && MayTouch(state.Jobs.Count, effects, audit, "job", e => e is JobCreated or JobCancelled or IncidentRaised or IncidentResolved))
            await SyncJobsAsync(db, state, effects, now, ct);
        if (state.IsEnded) await db.Tasks.Where(x => x.InstanceId == state.InstanceId && x.Status == WorkTaskStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, WorkTaskStatus.Cancelled).SetProperty(x => x.CompletedAt, now), ct);
        return history;
    }

    /// <summary>
    /// Whether a command can have changed an instance's timer or job rows, so the usual approval (no timers, no jobs)
    /// skips two statements. Only the engine's own removal paths take a timer or job out of the state: firing or
    /// running it (the "timer"/"job" callers), cancelling it (an effect), ending, migrating or modifying the instance;
    /// an unknown caller (no audit) is synced as before.
    /// </summary>
    private static bool MayTouch(int live, IReadOnlyList<EngineEffect> effects, CommandAudit? audit, string callerAction, Func<EngineEffect, bool> related) =>
        live > 0 || audit is null || audit.Action == callerAction
        || effects.Any(e => related(e) || e is InstanceEnded or HistoryEvent { Type: "InstanceMigrated" or "InstanceModified" });

    /// <summary>The engine records every reassignment as TaskAssigned and a return as InstanceModified; the timeline tells 委派, its hand-back, 代理 and 退回 apart.</summary>
    private static string AssignmentKind(string type, CommandAudit? audit) => (type, audit?.Action) switch
    {
        ("TaskAssigned", "delegate") => "TaskDelegated",
        ("TaskAssigned", "resolve") => "TaskResolved",
        ("TaskAssigned", "deputy") => "TaskDeputized",
        // 退回 is the engine's modify command; the timeline should say what the person did.
        ("InstanceModified", "return") => "Returned",
        // 撤销 by the applicant (Features/Instances/InitiatorRevoke) reads 发起人撤销, not an admin's 作废.
        ("InstanceCancelled", "revoke") => "Revoked",
        _ => type,
    };

    /// <summary>A node's CC list (resolved by the approval policy) is told when the node is reached; once per person and instance.</summary>
    private static async Task CarbonCopiesAsync(OaDbContext db, UserTaskInfo t, InstanceHeader header, DateTimeOffset now, CancellationToken ct)
    {
        if (!t.Extensions.TryGetValue(Oa.Workflows.Approvals.PlanExtensions.Cc, out var raw)) return;
        var people = JsonSerializer.Deserialize<string[]>(raw) ?? [];
        var already = await db.CarbonCopies.Where(c => c.InstanceId == t.InstanceId).Select(c => c.UserName).ToListAsync(ct);
        var pending = db.CarbonCopies.Local.Where(c => c.InstanceId == t.InstanceId).Select(c => c.UserName).ToList();
        foreach (var user in people.Except(already).Except(pending).Distinct())
            db.CarbonCopies.Add(new CarbonCopy { InstanceId = t.InstanceId, UserName = user, ElementId = t.ElementId, At = now, InstanceTitle = header.Title, ProcessName = header.ProcessName, SerialNo = header.SerialNo });
    }
}
