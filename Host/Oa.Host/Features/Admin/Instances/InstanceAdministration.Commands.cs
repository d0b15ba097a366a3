using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Identity;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Admin.Instances;

public sealed partial class InstanceAdministration
{
    public const int MaxReason = 500;

    public Task<Outcome> SuspendAsync(ClaimsPrincipal p, string id, string? reason, string? ip, CancellationToken ct) =>
        RunAsync(p, id, reason, ip, "suspend", false, (_, user) => new Suspend(user), ct);

    public Task<Outcome> ResumeAsync(ClaimsPrincipal p, string id, string? reason, string? ip, CancellationToken ct) =>
        RunAsync(p, id, reason, ip, "resume", false, (_, user) => new Resume(user), ct);

    /// <summary>作废: a reason is required, it is what the initiator reads in the history.</summary>
    public Task<Outcome> CancelAsync(ClaimsPrincipal p, string id, string? reason, string? ip, CancellationToken ct) =>
        RunAsync(p, id, reason, ip, "cancel", true, (_, user) => new CancelInstance(reason, user), ct);

    /// <summary>改派: an open task of this instance to another active user.</summary>
    public async Task<Outcome> ReassignAsync(ClaimsPrincipal p, string id, string taskId, ReassignInput input, string? ip, CancellationToken ct)
    {
        var assignee = input.Assignee?.Trim();
        if (string.IsNullOrEmpty(assignee)) return new Invalid("assignee", "请选择新的处理人 (choose the new assignee)");
        var org = await orgCache.GetAsync(ct);
        if (org.GetUser(assignee) is not { Active: true } target) return new Invalid("assignee", $"用户 {assignee} 不存在或已停用 (no active user {assignee})");
        var open = await db.Tasks.AsNoTracking().AnyAsync(t => t.Id == taskId && t.InstanceId == id && t.Status == WorkTaskStatus.Open, ct);
        return await RunAsync(p, id, input.Reason, ip, "reassign", false,
            (_, user) => open ? new AssignTask(taskId, target.UserName, user) : null, ct, taskId,
            missing: open ? null : new Invalid("taskId", "该任务不属于此实例或已处理 (the task is not open in this instance)"));
    }

    /// <summary>跳转: move tokens to another element of the same version (the engine's ModifyInstance).</summary>
    public Task<Outcome> JumpAsync(ClaimsPrincipal p, string id, JumpInput input, string? ip, CancellationToken ct) =>
        RunAsync(p, id, input.Reason, ip, "jump", true, (row, user) =>
        {
            var definition = engine.Definitions.Find(row.ProcessKey, row.DefinitionVersion)?.Definition;
            if (definition is null || string.IsNullOrWhiteSpace(input.To) || definition.Node(input.To) is null) return null;
            var state = InstanceStateSerializer.Deserialize(row.StateJson);
            var from = input.From is { Count: > 0 } f ? f : state.Tokens.Select(t => t.ElementId).Distinct().ToList();
            return new ModifyInstance(CancelElementIds: from, ActivateElementIds: [input.To], User: user);
        }, ct, missing: string.IsNullOrWhiteSpace(input.To) ? new Invalid("to", "请选择目标节点 (choose the target element)") : null,
        invalidCommand: new Invalid("to", $"节点 {input.To} 不在此实例的流程版本中 (no such element in this version)"));

    private async Task<Outcome> RunAsync(ClaimsPrincipal principal, string id, string? reason, string? ip, string action, bool reasonRequired,
        Func<ProcessInstanceRecord, string, EngineCommand?> command, CancellationToken ct, string? taskId = null, Outcome? missing = null, Outcome? invalidCommand = null)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reasonRequired && reason is null) return new Invalid("reason", "请填写原因 (a reason is required)");
        if (reason is { Length: > MaxReason }) return new Invalid("reason", $"原因不能超过 {MaxReason} 字 (at most {MaxReason} characters)");
        var (row, refused) = await LoadAsync(principal, id, ct);
        if (row is null) return refused ? new Refused() : new Missing();
        if (missing is not null) return missing;
        var user = principal.UserName();
        if (command(row, user) is not { } cmd) return invalidCommand ?? new Invalid("command", "无效的操作 (invalid command)");
        try
        {
            var state = await engine.ExecuteAsync(id, cmd, new CommandAudit(user, reason, ip, taskId, action), ct);
            return new Done(id, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InstanceNotRunning)
        {
            return new WrongState("流程已结束 (the instance has ended)");
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InstanceSuspended or EngineErrorCode.InstanceNotSuspended)
        {
            return new WrongState(ex.Code == EngineErrorCode.InstanceSuspended ? "实例已挂起，请先恢复 (the instance is suspended)" : "实例未挂起 (the instance is not suspended)");
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.ElementNotFound or EngineErrorCode.TokenNotFound or EngineErrorCode.TaskNotFound
                                             or EngineErrorCode.TaskAlreadyCompleted or EngineErrorCode.InvalidCommand)
        {
            return new Invalid(action == "jump" ? "to" : "command", ex.Message);
        }
    }
}
