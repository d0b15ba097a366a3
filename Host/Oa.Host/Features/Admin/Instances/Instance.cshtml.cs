using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Features.Designer;
using Oa.Host.Identity;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>One instance for its administrator: the diagram of its version with where it stands, open tasks, history,
/// and the repairs (挂起/恢复, 改派, 跳转, 作废). Each post redirects back with what was done, or shows why not.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class InstanceModel(InstanceAdministration admin) : PageModel
{
    public InstanceAdminView View { get; private set; } = null!;
    public string? DiagramXml { get; private set; }
    public string? Done { get; private set; }
    public string? Error { get; private set; }
    public bool IsOpen => View.Instance.Status is "running" or "suspended" or "incident";

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken ct)
    {
        Done = done switch
        {
            "suspend" => "已挂起", "resume" => "已恢复", "cancel" => "已作废", "reassign" => "已改派", "jump" => "已跳转",
            "retry" => "已重试，故障已解决", "retry-again" => "已重试，但仍有故障", _ => null,
        };
        return await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostSuspendAsync(string id, string? reason, CancellationToken ct) =>
        AfterAsync(id, "suspend", admin.SuspendAsync(User, id, reason, Ip, ct), ct);

    public Task<IActionResult> OnPostResumeAsync(string id, string? reason, CancellationToken ct) =>
        AfterAsync(id, "resume", admin.ResumeAsync(User, id, reason, Ip, ct), ct);

    public Task<IActionResult> OnPostCancelAsync(string id, string? reason, CancellationToken ct) =>
        AfterAsync(id, "cancel", admin.CancelAsync(User, id, reason, Ip, ct), ct);

    public Task<IActionResult> OnPostReassignAsync(string id, string taskId, string? assignee, string? reason, CancellationToken ct) =>
        AfterAsync(id, "reassign", admin.ReassignAsync(User, id, taskId, new ReassignInput(assignee, reason), Ip, ct), ct);

    public Task<IActionResult> OnPostJumpAsync(string id, string? to, string? reason, CancellationToken ct) =>
        AfterAsync(id, "jump", admin.JumpAsync(User, id, new JumpInput(null, to, reason), Ip, ct), ct);

    /// <summary>重试 an incident; the notice says whether the instance still has one (the retry itself can fail again).</summary>
    public async Task<IActionResult> OnPostRetryAsync(string id, string incidentId, int? retries, CancellationToken ct)
    {
        var outcome = await admin.RetryIncidentAsync(User, id, incidentId, retries, Ip, ct);
        if (outcome is Retried r) return Redirect($"/Admin/Instances/{Uri.EscapeDataString(id)}?done={(r.OpenIncidents == 0 ? "retry" : "retry-again")}");
        return await AfterAsync(id, "retry", Task.FromResult(outcome), ct);
    }

    private string? Ip => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> AfterAsync(string id, string action, Task<Outcome> run, CancellationToken ct)
    {
        switch (await run)
        {
            case InstanceAdministration.Done: return Redirect($"/Admin/Instances/{Uri.EscapeDataString(id)}?done={action}");
            case Missing: return NotFound();
            case Refused: return Forbid();
            case Invalid i: Error = i.Message; break;
            case WrongState w: Error = w.Message; break;
        }
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(string id, CancellationToken ct)
    {
        var (view, refused) = await admin.GetAsync(User, id, ct);
        if (view is null) return refused ? Forbid() : NotFound();
        View = view;
        DiagramXml = view.BpmnXml is null ? null : DesignerXml.ForIsland(view.BpmnXml);
        return Page();
    }
}
