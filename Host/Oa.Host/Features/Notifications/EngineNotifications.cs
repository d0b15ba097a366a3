using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Notifications;

/// <summary>
/// Reads what an engine command did (its effects and the caller's audit) and tells the people concerned: new
/// approvers, the applicant when the request ends or comes back, CC recipients, a delegate. Runs inside the store's
/// transaction, just before it commits.
/// </summary>
public sealed class EngineNotifications(NotificationOutbox outbox, OrgCache org)
{
    /// <param name="initiator">The applicant (whose request it is).</param>
    public async Task CollectAsync(OaDbContext db, InstanceState state, string status, string title, string? serial, string? initiator,
        IReadOnlyList<EngineEffect> effects, CommandAudit? audit, CancellationToken ct)
    {
        var actor = audit?.UserName;
        var comment = audit?.Comment;
        title = audit?.Title ?? title;
        NotificationRequest Request(string e, IReadOnlyCollection<string> to, string? who, string? node = null, string? text = null) =>
            new(e, to, state.InstanceId, title, serial, who, node, text);

        string? returnedTo = null;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                // A request back with its applicant: the "returned" notice below tells them, not a to-do notice.
                case TaskCreated { Task: var t } when t.Extensions.ContainsKey(Oa.Workflows.Approvals.PlanExtensions.ReturnedFrom):
                    returnedTo ??= "发起人";
                    break;
                case TaskCreated { Task: var t }:
                    returnedTo ??= t.Name ?? t.ElementId;
                    await outbox.AddAsync(db, Request(NotificationEvent.TaskAssigned, await ApproversAsync(t, ct), initiator, t.Name ?? t.ElementId), ct);
                    break;
                case TaskAssigned { Assignee: { } to } a:
                    var node = await db.Tasks.Where(x => x.Id == a.TaskId).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? a.ElementId;
                    var delegated = audit?.Action == "delegate" && audit.TaskId == a.TaskId;
                    await outbox.AddAsync(db, Request(delegated ? NotificationEvent.Delegated : NotificationEvent.TaskAssigned, [to], delegated ? actor : initiator, node), ct);
                    break;
                case TaskReminded r:
                    // oa:timeout remind: the task's holders are told it is overdue (each reminder of the policy's repeats).
                    IReadOnlyCollection<string> held = r.Assignee is not null ? [r.Assignee] : await ApproversAsync(r.CandidateUsers, r.CandidateGroups, ct);
                    var name = await db.Tasks.Where(x => x.Id == r.TaskId).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? r.ElementId;
                    await outbox.AddAsync(db, Request(NotificationEvent.Timeout, held, null, name), ct);
                    break;
                case HistoryEvent { Type: "InstanceEnded" } when initiator is not null:
                    var rejected = status == "rejected";
                    await outbox.AddAsync(db, Request(rejected ? NotificationEvent.Rejected : NotificationEvent.Approved, [initiator], actor, text: rejected ? comment : null), ct);
                    break;
                case HistoryEvent { Type: "InstanceCancelled" } when initiator is not null && !Same(initiator, actor):
                    await outbox.AddAsync(db, Request(NotificationEvent.Cancelled, [initiator], actor, text: comment), ct);
                    break;
            }
        }
        // 撤销 by the applicant: whoever already acted and whoever holds a task now stops expecting the request.
        if (audit?.Action == Instances.InitiatorRevoke.Action && effects.Any(e => e is HistoryEvent { Type: "InstanceCancelled" }))
            await outbox.AddAsync(db, Request(NotificationEvent.Revoked, await RevokedRecipientsAsync(db, state.InstanceId, initiator, effects, ct), actor, text: comment), ct);
        if (audit?.Action == "return" && initiator is not null && !Same(initiator, actor))
            await outbox.AddAsync(db, Request(NotificationEvent.Returned, [initiator], actor, returnedTo, comment), ct);

        // CC rows the store added in this transaction (a node's CC list, or 抄送 by hand).
        foreach (var group in db.ChangeTracker.Entries<CarbonCopy>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).GroupBy(c => c.FromUser))
            await outbox.AddAsync(db, Request(NotificationEvent.CarbonCopy, group.Select(c => c.UserName).ToList(), group.Key), ct);
    }

    /// <summary>Approvers who completed a task of the request, and the holders of the tasks this command cancelled (rows already updated in this transaction).</summary>
    private async Task<IReadOnlyCollection<string>> RevokedRecipientsAsync(OaDbContext db, string instanceId, string? initiator, IReadOnlyList<EngineEffect> effects, CancellationToken ct)
    {
        var acted = await db.Tasks.Where(t => t.InstanceId == instanceId && t.Status == WorkTaskStatus.Completed && t.CompletedBy != null)
            .Select(t => t.CompletedBy!).ToListAsync(ct);
        var cancelledIds = effects.OfType<TaskCancelled>().Select(c => c.TaskId).ToList();
        var held = await db.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => cancelledIds.Contains(t.Id)).ToListAsync(ct);
        var holders = new List<string>();
        foreach (var t in held)
            holders.AddRange(t.Assignee is not null ? [t.Assignee] : await ApproversAsync(
                t.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value), t.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value), ct));
        return [.. acted.Concat(holders).Where(u => initiator is null || !Same(initiator, u)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The named assignee, else every candidate user and every member of a candidate group (a group task is anyone's to take).</summary>
    private async Task<IReadOnlyCollection<string>> ApproversAsync(UserTaskInfo t, CancellationToken ct) =>
        t.Assignee is not null ? [t.Assignee] : await ApproversAsync(t.CandidateUsers, t.CandidateGroups, ct);

    private async Task<IReadOnlyCollection<string>> ApproversAsync(IEnumerable<string> users, IEnumerable<string> groups, CancellationToken ct)
    {
        var snapshot = await org.GetAsync(ct);
        return [.. users, .. groups.SelectMany(snapshot.MembersOfRole)];
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
