using Microsoft.EntityFrameworkCore;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Tasks;

/// <summary>退回发起人, 重新提交 / 撤销 by the initiator, rejectTo, and 撤回 by an approver.</summary>
public sealed partial class TaskActions
{
    /// <summary>The return target that means "the initiator" (as opposed to a node id).</summary>
    public const string InitiatorTarget = "initiator";

    /// <summary>The initiator's task on a request returned to them (the engine marks it with the returning node).</summary>
    public static bool IsReturned(WorkTask task) => FormAccess.Extensions(task.ExtensionsJson).ContainsKey(PlanExtensions.ReturnedFrom);

    /// <summary>The form permissions a task edits with: a returned request is edited as at the start (the applicant's view).</summary>
    public static Oa.Forms.Permissions.FieldPermissions PermissionsFor(WorkTask task, PublishedProcess? process) =>
        IsReturned(task) && process is not null ? process.StartPermissions : FormAccess.ForTask(task.ExtensionsJson);

    // The policy names actions in camelCase (addSigner); the API in kebab-case, one policy action opening several API actions.
    private static string PolicyName(string action) => action switch
    {
        "add-signer" or "add-signer-before" or "add-signer-after" => "addSigner",
        "remove-signer" => "removeSigner",
        _ => action,
    };

    private static IEnumerable<string> ApiNames(string policyAction) => policyAction switch
    {
        "addSigner" => ["add-signer", "add-signer-before", "add-signer-after"],
        "removeSigner" => ["remove-signer"],
        _ => [policyAction],
    };

    private async Task<PublishedProcess?> ProcessOfAsync(WorkTask task, CancellationToken ct)
    {
        var version = await db.ProcessInstances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => (int?)i.DefinitionVersion).FirstOrDefaultAsync(ct);
        return (version is { } v ? engine.Definitions.Find(task.ProcessKey, v) : null) ?? engine.Definitions.LatestOf(task.ProcessKey);
    }

    /// <summary>The whole request goes back to the applicant; where resubmission continues is the process's returnBehaviour.</summary>
    private async Task<Result> ReturnToInitiatorAsync(WorkTask task, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var back = (await ProcessOfAsync(task, ct))?.Settings.ReturnBehaviour == ReturnBehaviour.BackToReturner;
        return await RunAsync(task, new ReturnToInitiator(task.Id, back, user), new CommandAudit(user, input.Comment, clientIp, task.Id, "return"), ct);
    }

    /// <summary>重新提交: the applicant's edits are merged with the start event's field permissions and validated like a start.</summary>
    private async Task<Result> ResubmitAsync(WorkTask task, TaskActionInput input, string user, string? clientIp, string language, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var variables = await MergeAsync(task, input.Variables, language, ct, PermissionsFor(task, await ProcessOfAsync(task, ct)));
        if (variables.Errors is { } errors) return new Invalid(errors);
        // The next approver's notice, written in the command's transaction, already names the request by its new title.
        var retitled = variables.Data is { } edited ? await retitle.RenderAsync(task.InstanceId, edited, ct) : null;
        var result = await RunAsync(task, new Resubmit(task.Id, user, variables.Data), new CommandAudit(user, input.Comment, clientIp, task.Id, "resubmit") { Title = retitled?.To }, ct);
        if (result is Done && variables.Data is { } merged) await Files.FileLinks.AttachToInstanceAsync(db, task.InstanceId, FormAccess.ToFormData(merged), user, clock.GetUtcNow(), ct);
        if (result is Done && retitled is not null) await retitle.AfterResubmitAsync(task.InstanceId, retitled, user, ct); // the title follows the changed fields
        return result;
    }

    /// <summary>rejectTo="initiator|previous|node:X" as a return target (previous = the node completed last before this one).</summary>
    private async Task<string?> RejectTargetAsync(WorkTask task, string rejectTo, CancellationToken ct)
    {
        if (rejectTo == "initiator") return InitiatorTarget;
        if (rejectTo.StartsWith("node:", StringComparison.Ordinal)) return rejectTo[5..];
        return await db.Tasks.AsNoTracking().Where(t => t.InstanceId == task.InstanceId && t.Status == WorkTaskStatus.Completed && t.ElementId != task.ElementId)
            .OrderByDescending(t => t.CompletedAt).Select(t => t.ElementId).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// 撤回 by an approver: only their own completed task, while the request runs and nobody has acted after them
    /// (no task of the request completed later); the engine reopens it and cancels the next node's tasks.
    /// </summary>
    private async Task<Result> WithdrawAsync(WorkTask task, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        if (!string.Equals(task.CompletedBy, user, StringComparison.OrdinalIgnoreCase))
            return task.Status == WorkTaskStatus.Open && string.Equals(task.Assignee, user, StringComparison.OrdinalIgnoreCase) ? new Conflict("任务尚未处理 (the task is still open)") : new Denied();
        if (task.Status != WorkTaskStatus.Completed || IsReturned(task) || task.Outcome == "reject") return new Conflict("此任务不能撤回 (this task cannot be withdrawn)");
        if (!Designer.ProcessSettingsWithdraw.ApproverMay(await Designer.ProcessSettingsWithdraw.SettingsOfInstanceAsync(db, engine, task.InstanceId, ct)))
            return new Conflict(Designer.ProcessSettingsWithdraw.ApproverForbidden);
        if (!CanWithdraw(task, await db.Tasks.AsNoTracking().Where(t => t.InstanceId == task.InstanceId).ToListAsync(ct)))
            return new Conflict("下一节点已处理或流程已结束，不能撤回 (the next step has already acted)");
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, new ReopenTask(task.Id, user), new CommandAudit(user, input.Comment, clientIp, task.Id, "withdraw"), ct);
            return new Done(task.InstanceId, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InvalidCommand or EngineErrorCode.TaskNotFound or EngineErrorCode.InstanceNotRunning)
        {
            return new Conflict($"不能撤回 (cannot withdraw): {ex.Message}");
        }
        catch (Oa.Workflows.Ports.ConcurrencyException)
        {
            return new Conflict("任务正被他人处理，请刷新 (the task changed concurrently; reload)");
        }
    }

    /// <summary>The page's rule for offering 撤回: nothing in the request was completed after this task, and the next step is open.</summary>
    public static bool CanWithdraw(WorkTask mine, IReadOnlyCollection<WorkTask> all) =>
        mine.Status == WorkTaskStatus.Completed && mine.Outcome != "reject" && !IsReturned(mine)
        && !all.Any(t => t.Status == WorkTaskStatus.Completed && t.Id != mine.Id && t.CompletedAt > mine.CompletedAt)
        && !all.Any(t => t.Status == WorkTaskStatus.Open && t.ElementId == mine.ElementId)
        && all.Any(t => t.Status == WorkTaskStatus.Open && t.CreatedAt >= mine.CompletedAt);

    /// <summary>减签: someone of this 会签/依次 node who has not acted yet is taken off it.</summary>
    private async Task<Result> RemoveSignerAsync(WorkTask task, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        var target = input.UserName?.Trim();
        if (string.IsNullOrEmpty(target)) return Fail("userName", "请选择要减签的人 (choose whom to remove)");
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, new RemoveSigner(task.Id, target, user), new CommandAudit(user, input.Comment, clientIp, task.Id, "remove-signer"), ct);
            return new Done(task.InstanceId, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.TaskNotFound)
        {
            return new Conflict("任务已处理 (task already completed)");
        }
        catch (EngineException ex)
        {
            return Fail("userName", $"不能减签 (cannot remove this signer): {ex.Message}");
        }
    }
}
