using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Identity;
using Oa.Workflows.Nodes;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>
/// 实例管理 for process admins and admins: search, read, and repair running instances through engine commands only
/// (suspend, resume, cancel, reassign, jump), so each change is one engine transaction with its history entry written
/// under the admin's name, reason and address. The API and the pages both call this.
/// </summary>
public sealed partial class InstanceAdministration(OaDbContext db, EngineHost engine, OrgCache orgCache)
{
    public abstract record Outcome;
    public sealed record Done(string Id, string Status) : Outcome;
    public sealed record Missing : Outcome;
    public sealed record Refused : Outcome;
    public sealed record Invalid(string Field, string Message) : Outcome;
    public sealed record WrongState(string Message) : Outcome;

    public async Task<InstancePage> SearchAsync(ClaimsPrincipal principal, InstanceSearch q, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var keys = ProcessAdminScope.Keys(principal, engine);
        var query = db.ProcessInstances.AsNoTracking();
        if (keys is not null) query = query.Where(i => keys.Contains(i.ProcessKey));
        if (!string.IsNullOrWhiteSpace(q.ProcessKey)) query = query.Where(i => i.ProcessKey == q.ProcessKey);
        if (q.Version is { } v) query = query.Where(i => i.DefinitionVersion == v);
        if (!string.IsNullOrWhiteSpace(q.Status)) query = query.Where(i => i.Status == q.Status);
        if (!string.IsNullOrWhiteSpace(q.Initiator)) query = query.Where(i => i.Initiator == q.Initiator.Trim());
        if (q.From is { } from) query = query.Where(i => i.StartedAt >= from);
        if (q.To is { } to) query = query.Where(i => i.StartedAt < to);
        if (!string.IsNullOrWhiteSpace(q.SerialNo)) query = query.Where(i => i.SerialNo != null && i.SerialNo.Contains(q.SerialNo.Trim()));
        var take = Math.Clamp(q.Take ?? 20, 1, 200);
        var page = Math.Max(1, q.Page ?? 1);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(i => i.StartedAt).Skip((page - 1) * take).Take(take)
            .Select(i => new InstanceRow(i.Id, i.ProcessKey, i.ProcessName, i.DefinitionVersion, i.Status, i.SerialNo, i.Title, i.Initiator, i.StartedAt, i.EndedAt))
            .ToListAsync(ct);
        return new InstancePage(total, page, take, items);
    }

    /// <summary>The instance with its version's diagram, where its tokens are, open tasks, incidents and full history; null = not found, or not the caller's to see.</summary>
    public async Task<(InstanceAdminView? View, bool Refused)> GetAsync(ClaimsPrincipal principal, string id, CancellationToken ct)
    {
        var (row, refused) = await LoadAsync(principal, id, ct);
        if (row is null) return (null, refused);
        var state = InstanceStateSerializer.Deserialize(row.StateJson);
        var xml = await db.ProcessDefinitions.AsNoTracking().Where(p => p.Key == row.ProcessKey && p.Version == row.DefinitionVersion)
            .Select(p => p.BpmnXml).FirstOrDefaultAsync(ct);
        var definition = engine.Definitions.Find(row.ProcessKey, row.DefinitionVersion)?.Definition;
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => t.InstanceId == id && t.Status == WorkTaskStatus.Open).ToListAsync(ct);
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Id)
            .Select(h => new HistoryView(h.Type, h.ElementId, h.ElementName, h.UserName, h.At, h.Comment, h.Data)).ToListAsync(ct);
        var active = state.Tokens.Select(t => t.ElementId).Distinct().ToList();
        var completed = history.Where(h => h.ElementId is not null && h.Type is "ElementCompleted" or "TaskCompleted").Select(h => h.ElementId!).Distinct().ToList();
        return (new InstanceAdminView(Row(row), xml, active, completed,
            tasks.Select(t => new AdminTaskView(t.Id, t.ElementId, t.Name, t.Assignee, t.Candidates.Select(c => c.Value).ToList(), t.CreatedAt)).ToList(),
            state.Incidents.Select(i => new IncidentView(i.IncidentId, i.ElementId, i.Kind, i.Message, i.RaisedAt)).ToList(),
            definition?.Nodes.Where(n => n is not StartEvent && n is not BoundaryEvent).Select(n => new ElementView(n.Id, n.Name, n.GetType().Name)).ToList() ?? [],
            history), false);
    }

    internal static InstanceRow Row(ProcessInstanceRecord i) =>
        new(i.Id, i.ProcessKey, i.ProcessName, i.DefinitionVersion, i.Status, i.SerialNo, i.Title, i.Initiator, i.StartedAt, i.EndedAt);

    /// <summary>The row when it exists and the caller administers its process; otherwise null and whether it was refused (exists, not theirs).</summary>
    private async Task<(ProcessInstanceRecord? Row, bool Refused)> LoadAsync(ClaimsPrincipal principal, string id, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null) return (null, false);
        return ProcessAdminScope.Administers(principal, engine.Definitions.LatestOf(row.ProcessKey)) ? (row, false) : (null, true);
    }
}
