using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Permissions;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// Everything the instance page shows, read with the API's rules: <see cref="TaskAccess"/> decides who may see it,
/// <see cref="InstancesApi.VisibleVariables"/> which values they see; when the user acts on a task, that task's own
/// field permissions (the ones <see cref="TaskActions"/> enforces on merge) shape the form.
/// </summary>
public sealed record InstanceDetails(
    ProcessInstanceRecord Row, string? InitiatorName, string? Department, IReadOnlyList<(string Node, string People)> Current,
    WorkTask? Task, IReadOnlyList<string> Actions, string CommentRule, JsonObject? Schema, JsonObject Data, bool CanWithdraw,
    IReadOnlyList<TimelineEntry> Timeline, string? DiagramXml, object States, IReadOnlyList<(string ElementId, string Name)> ReturnTargets)
{
    /// <summary>The caller's completed task they may still 撤回 (nobody acted after them), if any.</summary>
    public string? WithdrawTaskId { get; init; }

    /// <summary>撤销 for the applicant: the version allows it (initiatorCancel) and 撤回 is no longer on offer.</summary>
    public bool CanRevoke { get; init; }

    /// <summary>减签 candidates on the caller's open task.</summary>
    public IReadOnlyList<string> RemovableSigners { get; init; } = [];

    /// <summary>撤回 by the applicant: cancelled by the initiator before any approver acted (as opposed to 撤销 after one did).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>Each diagram node's tasks, for the panel that opens when a node is clicked.</summary>
    public IReadOnlyList<(string ElementId, string Name, IReadOnlyList<NodeTask> Tasks)> NodeTasks { get; init; } = [];

    /// <summary>The open task is the applicant's returned request (edit and 重新提交, or 撤销).</summary>
    public bool Returned => Task is not null && TaskActions.IsReturned(Task);

    public static async Task<InstanceDetails?> LoadAsync(string id, string? taskId, ClaimsPrincipal principal, OaDbContext db, EngineHost engine, OrgSnapshot org, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        // Like the API: someone without access learns nothing, not even that the instance exists.
        if (row is null || !await TaskAccess.CanSeeInstanceAsync(db, row, principal, ct)) return null;
        await engine.PrepareAsync(ct);
        var state = InstanceStateSerializer.Deserialize(row.StateJson);
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => t.InstanceId == id).ToListAsync(ct);
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var user = principal.UserName();
        var roles = TaskAccess.RolesOf(principal);
        var open = tasks.Where(t => t.Status == WorkTaskStatus.Open).ToList();
        var task = open.Where(t => TaskAccess.CanAct(t, user, roles)).OrderByDescending(t => t.Id == taskId).ThenBy(t => t.CreatedAt).FirstOrDefault();

        var form = row.FormId is null ? null : (row.FormVersion is { } v ? engine.Definitions.Form(row.FormId, v) : null) ?? engine.Definitions.LatestForm(row.FormId);
        JsonObject? schema = null;
        JsonObject data;
        if (task is not null && form is not null)
        {
            var process = engine.Definitions.Find(row.ProcessKey, row.DefinitionVersion) ?? engine.Definitions.LatestOf(row.ProcessKey);
            var view = FormView.For(form.Schema, FormAccess.ToFormData(state.Variables), TaskActions.PermissionsFor(task, process));
            (schema, data) = (view.Schema, view.Data);
        }
        else
        {
            data = InstancesApi.VisibleVariables(row, state, tasks, principal, engine);
            var admin = principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.ProcessAdmin);
            schema = form is null ? null : FormView.For(form.Schema, null, admin ? new FieldPermissions(Oa.Forms.Permissions.FieldAccess.ReadOnly) : InstancesApi.ViewerPermissions(row, tasks, principal)).Schema;
        }

        var extensions = FormAccess.Extensions(task?.ExtensionsJson);
        var actions = task is null ? [] : Tasks.TaskActions.For(task);
        // 退回 goes to a node that was already completed in this request (not the current one).
        var returnTargets = task is null ? [] : tasks.Where(t => t.Status == WorkTaskStatus.Completed && t.ElementId != task.ElementId && !TaskActions.IsReturned(t))
            .GroupBy(t => t.ElementId).Select(g => (g.Key, g.First().Name)).ToList();
        // …or to the applicant, who edits and resubmits it.
        if (task is not null && row.Initiator is not null) returnTargets.Insert(0, (TaskActions.InitiatorTarget, "发起人"));
        var withdrawable = tasks.Where(t => t.CompletedBy == user).OrderByDescending(t => t.CompletedAt).FirstOrDefault();
        // The same conditions as the withdraw endpoint, so the button is offered only when it will work.
        var settings = engine.Definitions.Find(row.ProcessKey, row.DefinitionVersion)?.Settings ?? Oa.Workflows.Approvals.ProcessSettings.Default;
        var canWithdraw = Designer.ProcessSettingsWithdraw.InitiatorMay(settings) && row.Status == "running" && string.Equals(row.Initiator, user, StringComparison.OrdinalIgnoreCase)
            && !tasks.Any(t => t.Status == WorkTaskStatus.Completed && t.CompletedBy != user);
        var current = open.GroupBy(t => t.Name).Select(g => (g.Key, string.Join("、", g.SelectMany(t => People(t, org)).Distinct()))).ToList();
        var initiator = row.Initiator is null ? null : org.GetUser(row.Initiator);
        var completed = history.Where(h => h.Type == "ElementCompleted" && h.ElementId is not null).Select(h => h.ElementId!).Distinct().ToList();
        var active = state.Tokens.Select(t => t.ElementId).Distinct().ToList();
        var withdrawn = row.Status == "cancelled" && history.Any(h => h.Type == "InstanceCancelled" && string.Equals(h.UserName, row.Initiator, StringComparison.OrdinalIgnoreCase))
            && !tasks.Any(t => t.Status == WorkTaskStatus.Completed && !string.Equals(t.CompletedBy, row.Initiator, StringComparison.OrdinalIgnoreCase));
        var timeline = Workbench.Timeline.From(history, org);
        if (withdrawn) timeline = [.. timeline.Select(e => e.Verb == "已撤销" ? e with { Verb = "已撤回" } : e)]; // the timeline says what the header says
        var xml = await db.ProcessDefinitions.AsNoTracking().Where(p => p.Key == row.ProcessKey && p.Version == row.DefinitionVersion).Select(p => p.BpmnXml).FirstOrDefaultAsync(ct);
        return new InstanceDetails(row, initiator?.DisplayName ?? row.Initiator, org.DepartmentPath(row.InitiatorDepartmentId ?? initiator?.DepartmentId), current,
            task, actions, extensions.GetValueOrDefault(PlanExtensions.CommentRequired, "false"), schema, data, canWithdraw,
            timeline, SafeDiagram(xml), new { completed, active }, returnTargets)
        {
            WithdrawTaskId = Designer.ProcessSettingsWithdraw.ApproverMay(settings) && row.Status == "running" && withdrawable is not null && TaskActions.CanWithdraw(withdrawable, tasks) ? withdrawable.Id : null,
            RemovableSigners = task is null ? [] : Workbench.RemovableSigners.Of(state, task.Id, user),
            NodeTasks = Workbench.NodeTasks.Of(tasks, org),
            Withdrawn = withdrawn,
            CanRevoke = InitiatorRevoke.CanRevoke(row, settings, user, canWithdraw),
        };
    }

    private static IEnumerable<string> People(WorkTask t, OrgSnapshot org) => t.Assignee is not null
        ? [Workbench.Timeline.Name(org, t.Assignee)!]
        : t.Candidates.Select(c => c.Kind == CandidateKind.User ? Workbench.Timeline.Name(org, c.Value)! : $"{c.Value}（角色）");

    /// <summary>
    /// The diagram goes into a script element as raw XML (the island reads its text), so comments are dropped and
    /// anything that could end or confuse the script element ("&lt;/script", "&lt;!--") means no diagram rather than broken HTML.
    /// </summary>
    private static string? SafeDiagram(string? xml)
    {
        if (string.IsNullOrEmpty(xml)) return null;
        try
        {
            var doc = XDocument.Parse(xml);
            if (!doc.Descendants().Any(e => e.Name.LocalName == "BPMNDiagram")) return null; // nothing to draw
            doc.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
            var text = doc.ToString(SaveOptions.DisableFormatting);
            return text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal) ? null : text;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
