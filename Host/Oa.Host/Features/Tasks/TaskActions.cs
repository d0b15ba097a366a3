using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Permissions;
using Oa.Forms.Validation;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Tasks;

/// <summary>
/// Acting on a task: complete (generic), approve, reject, return (to a node or the initiator), transfer, delegate, 加签
/// (add-signer parallel/before/after), 减签 (remove-signer), and on a returned request resubmit/revoke; withdraw acts on the
/// caller's completed task (TaskActions.Returns.cs). Checks run in this order — the task exists (404),
/// the caller may act on it (403), it is still open (409), the node allows the action and its comment rule holds
/// (400), the submitted fields are editable at this node and valid (400) — and only then the engine runs.
/// </summary>
public sealed partial class TaskActions(OaDbContext db, EngineHost engine, TimeProvider clock, Retitle retitle)
{
    /// <summary>What this service can do; anything else is refused before the task is touched.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal) { "complete", "approve", "reject", "return", "transfer", "add-signer", "add-signer-before", "add-signer-after", "remove-signer", "delegate", "resolve",
          "resubmit", "revoke", "withdraw" };

    /// <summary>
    /// The actions open to whoever holds the task now, in API names: the node's allowed actions (a generic user task
    /// only completes), except that a delegated task can only be handed back (委派 returns to the delegator).
    /// </summary>
    public static IReadOnlyList<string> For(WorkTask task)
    {
        if (task.DelegatedBy is not null) return ["resolve"];
        var extensions = FormAccess.Extensions(task.ExtensionsJson);
        return extensions.TryGetValue(PlanExtensions.Actions, out var a)
            ? a.Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(ApiNames).Where(Supported.Contains).ToList()
            : ["complete"];
    }

    /// <summary>
    /// What the node's policy says against this action, or null: a delegated task can only be handed back, the action
    /// must be among the node's allowed ones, and the node's comment rule must be met.
    /// </summary>
    public static (string Field, string Message)? PolicyRefusal(WorkTask task, string action, string? comment)
    {
        if (task.DelegatedBy is not null && action != "resolve")
            return ("action", "委派给您的任务，处理后请交回委派人 (a delegated task can only be handed back to its delegator)");
        if (task.DelegatedBy is null && action == "resolve") return ("action", "此任务不是委派给您的 (this task was not delegated)");
        var extensions = FormAccess.Extensions(task.ExtensionsJson);
        // A returned request is the initiator's to resubmit or revoke, nothing else; and only it can be resubmitted.
        if (IsReturned(task) != (action is "resubmit" or "revoke"))
            return ("action", IsReturned(task) ? "已退回的申请只能重新提交或撤销 (resubmit or revoke a returned request)" : $"此节点不允许该操作 (action '{action}' is not allowed at this node)");
        if (action is not ("complete" or "resolve") && extensions.TryGetValue(PlanExtensions.Actions, out var allowed) && !allowed.Split(',').Contains(PolicyName(action)))
            return ("action", $"此节点不允许该操作 (action '{action}' is not allowed at this node)");
        var commentRule = extensions.GetValueOrDefault(PlanExtensions.CommentRequired, "false");
        if (string.IsNullOrWhiteSpace(comment) && (commentRule == "true" || (commentRule == "onReject" && action == "reject")))
            return ("comment", "请填写审批意见 (a comment is required)");
        return null;
    }

    public abstract record Result;
    public sealed record Done(string InstanceId, string Status) : Result;
    public sealed record Missing : Result;
    public sealed record Denied : Result;
    public sealed record Conflict(string Reason) : Result;
    public sealed record Invalid(IDictionary<string, string[]> Errors) : Result;

    public async Task<Result> ActAsync(string taskId, string action, TaskActionInput input, ClaimsPrincipal principal, string? clientIp, string language, CancellationToken ct)
    {
        if (!Supported.Contains(action)) return Fail("action", $"不支持的操作 (unsupported action '{action}')");
        var task = await db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return new Missing();
        var user = principal.UserName();
        if (action == "withdraw") return await WithdrawAsync(task, input, user, clientIp, ct);
        if (!TaskAccess.CanAct(task, user, TaskAccess.RolesOf(principal)))
            return task.CompletedBy == user ? new Conflict("任务已处理 (task already completed)") : new Denied();
        if (task.Status != WorkTaskStatus.Open) return new Conflict("任务已处理 (task already completed)");

        if (PolicyRefusal(task, action, input.Comment) is { } refusal) return Fail(refusal.Field, refusal.Message);

        if (action is "transfer" or "add-signer" or "add-signer-before" or "add-signer-after" or "delegate") return await ReassignAsync(task, action, input, user, clientIp, ct);
        if (action == "remove-signer") return await RemoveSignerAsync(task, input, user, clientIp, ct);
        if (action == "resolve") return await RunAsync(task, new AssignTask(task.Id, task.DelegatedBy, user), new CommandAudit(user, input.Comment, clientIp, task.Id, action), ct);
        if (action == "return") return await ReturnAsync(task, input.TargetElementId, input, user, clientIp, ct);
        // The applicant's 撤销 of a returned request leaves a request an administrator suspended alone (see CancelInstance).
        if (action == "revoke") return await RunAsync(task, new CancelInstance(input.Comment ?? "发起人撤销", user, WhileSuspended: false), new CommandAudit(user, input.Comment, clientIp, task.Id, action), ct);
        if (action == "resubmit") return await ResubmitAsync(task, input, user, clientIp, language, ct);
        // rejectTo on the node: a rejection sends the request back (to the initiator or a node) instead of ending it.
        if (action == "reject" && FormAccess.Extensions(task.ExtensionsJson).GetValueOrDefault(PlanExtensions.RejectTo) is { } rejectTo and not "end")
            return await ReturnAsync(task, await RejectTargetAsync(task, rejectTo, ct), input, user, clientIp, ct);

        // A rejection decides nothing about the form: what the approver had half filled in (a required archive not yet
        // picked, say) neither blocks it nor is stored. The browser posts the form with every decision.
        var variables = action == "reject" ? (null, null) : await MergeAsync(task, input.Variables, language, ct);
        if (variables.Errors is { } errors) return new Invalid(errors);
        var outcome = action switch { "approve" => "approve", "reject" => "reject", _ => null };
        var result = await RunAsync(task, new CompleteTask(task.Id, user, variables.Data, outcome), new CommandAudit(user, input.Comment, clientIp, task.Id, action), ct);
        // Uploads the approver added in an editable attachment field now belong to the request.
        if (result is Done && variables.Data is { } merged) await Files.FileLinks.AttachToInstanceAsync(db, task.InstanceId, FormAccess.ToFormData(merged), user, clock.GetUtcNow(), ct);
        return result;
    }

    /// <summary>Only fields editable at this node are accepted; the rest keep their stored values, and changing them is an error.</summary>
    private async Task<(Dictionary<string, System.Text.Json.JsonElement>? Data, IDictionary<string, string[]>? Errors)> MergeAsync(WorkTask task, JsonObject? submitted, string language, CancellationToken ct,
        Oa.Forms.Permissions.FieldPermissions? permissions = null)
    {
        if (submitted is null || submitted.Count == 0) return (null, null);
        var state = await engine.Runtime.Store.LoadAsync(task.InstanceId, ct);
        var instance = await db.ProcessInstances.AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        var formId = task.FormId ?? instance.FormId;
        var form = formId is null ? null : (instance.FormVersion is { } v && formId == instance.FormId ? engine.Definitions.Form(formId, v) : null) ?? engine.Definitions.LatestForm(formId);
        if (form is null) return (null, new Dictionary<string, string[]> { ["variables"] = ["此节点没有表单，不能提交字段 (this node has no form)"] });
        var existing = FormAccess.ToFormData(state!.Variables);
        // A resubmission (permissions given) may send only what changed: the rest keeps the values the applicant sees.
        if (permissions is not null)
        {
            var full = FormView.For(form.Schema, existing, permissions).Data;
            foreach (var (name, value) in submitted) full[name] = value?.DeepClone();
            submitted = full;
        }
        var result = FormMerge.Merge(form.Schema, existing, submitted, permissions ?? FormAccess.ForTask(task.ExtensionsJson), new FormContext { Language = language, Clock = clock });
        if (!result.IsValid) return (null, result.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray()));
        return (FormAccess.ToVariables(result.Data), null);
    }

    /// <summary>
    /// 退回: the current node is cancelled (all its parallel approvers with it) and an earlier node that was completed
    /// in this instance becomes active again — the engine's modify command, so it is correct inside parallel branches.
    /// </summary>
    private async Task<Result> ReturnAsync(WorkTask task, string? target, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        if (target == InitiatorTarget) return await ReturnToInitiatorAsync(task, input, user, clientIp, ct);
        var earlier = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == task.InstanceId && t.Status == WorkTaskStatus.Completed && t.ElementId != task.ElementId)
            .Select(t => t.ElementId).Distinct().ToListAsync(ct);
        if (target is null || !earlier.Contains(target))
            return Fail("targetElementId", earlier.Count == 0 ? "没有可退回的节点 (no earlier node to return to)" : $"只能退回到已处理的节点：{string.Join("、", earlier)} (return to one of the completed nodes)");
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, new ModifyInstance(CancelElementIds: [task.ElementId], ActivateElementIds: [target], User: user),
                new CommandAudit(user, input.Comment, clientIp, task.Id, "return"), ct);
            return new Done(task.InstanceId, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex)
        {
            return new Conflict($"退回失败 (return failed): {ex.Message}");
        }
    }

    private async Task<Result> RunAsync(WorkTask task, EngineCommand command, CommandAudit audit, CancellationToken ct)
    {
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, command, audit, ct);
            return new Done(task.InstanceId, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.TaskNotFound or EngineErrorCode.TaskAlreadyCompleted or EngineErrorCode.InstanceNotRunning)
        {
            return new Conflict("任务已处理 (task already completed)");
        }
        catch (Oa.Workflows.Ports.ConcurrencyException)
        {
            return new Conflict("任务正被他人处理，请刷新 (the task changed concurrently; reload)");
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InstanceSuspended)
        {
            return new Conflict(Instances.InstancesApi.Suspended);
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InvalidCommand or EngineErrorCode.StartEventNotFound)
        {
            return new Conflict(ex.Message);
        }
    }

    /// <summary>转办 hands the task to someone else; 委派 lends it to someone who hands it back; 加签 adds one more approver to this node's approval.</summary>
    private async Task<Result> ReassignAsync(WorkTask task, string action, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        var target = input.UserName?.Trim();
        var targetUser = string.IsNullOrEmpty(target) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == target && u.Active, ct);
        var what = action switch { "transfer" => "转办", "delegate" => "委派", _ => "加签" };
        if (targetUser is null) return Fail("userName", $"{what}对象不存在或已停用 (unknown or inactive user)");
        if (string.Equals(target, user, StringComparison.OrdinalIgnoreCase)) return Fail("userName", $"不能{what}给自己 (choose someone other than yourself)");
        EngineCommand command = action switch
        {
            "add-signer" => new AddAssignee(task.Id, targetUser.UserName!, user),
            "add-signer-before" => new AddSigner(task.Id, targetUser.UserName!, SignerPosition.Before, user),
            "add-signer-after" => new AddSigner(task.Id, targetUser.UserName!, SignerPosition.After, user),
            _ => new AssignTask(task.Id, targetUser.UserName, user),
        };
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, command, new CommandAudit(user, input.Comment, clientIp, task.Id, action), ct);
            return new Done(task.InstanceId, EfInstanceStore.StatusOf(state));
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.TaskNotFound or EngineErrorCode.TaskAlreadyCompleted)
        {
            return new Conflict("任务已处理 (task already completed)");
        }
        catch (EngineException ex)
        {
            return Fail("userName", ex.Message);
        }
    }

    private static Invalid Fail(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
