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
/// Acting on a task: complete (generic), approve, reject, transfer. Checks run in this order — the task exists (404),
/// the caller may act on it (403), it is still open (409), the node allows the action and its comment rule holds
/// (400), the submitted fields are editable at this node and valid (400) — and only then the engine runs.
/// </summary>
public sealed class TaskActions(OaDbContext db, EngineHost engine, TimeProvider clock)
{
    public abstract record Result;
    public sealed record Done(string InstanceId, string Status) : Result;
    public sealed record Missing : Result;
    public sealed record Denied : Result;
    public sealed record Conflict(string Reason) : Result;
    public sealed record Invalid(IDictionary<string, string[]> Errors) : Result;

    public async Task<Result> ActAsync(string taskId, string action, TaskActionInput input, ClaimsPrincipal principal, string? clientIp, string language, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return new Missing();
        var user = principal.UserName();
        if (!TaskAccess.CanAct(task, user, TaskAccess.RolesOf(principal)))
            return task.CompletedBy == user ? new Conflict("任务已处理 (task already completed)") : new Denied();
        if (task.Status != WorkTaskStatus.Open) return new Conflict("任务已处理 (task already completed)");

        var extensions = FormAccess.Extensions(task.ExtensionsJson);
        if (action != "complete" && extensions.TryGetValue(PlanExtensions.Actions, out var allowed) && !allowed.Split(',').Contains(action))
            return Fail("action", $"此节点不允许该操作 (action '{action}' is not allowed at this node)");
        var commentRule = extensions.GetValueOrDefault(PlanExtensions.CommentRequired, "false");
        if (string.IsNullOrWhiteSpace(input.Comment) && (commentRule == "true" || (commentRule == "onReject" && action == "reject")))
            return Fail("comment", "请填写审批意见 (a comment is required)");

        if (action == "transfer") return await TransferAsync(task, input, user, clientIp, ct);

        var variables = await MergeAsync(task, input.Variables, language, ct);
        if (variables.Errors is { } errors) return new Invalid(errors);
        var outcome = action switch { "approve" => "approve", "reject" => "reject", _ => null };
        try
        {
            var state = await engine.ExecuteAsync(task.InstanceId, new CompleteTask(task.Id, user, variables.Data, outcome),
                new CommandAudit(user, input.Comment, clientIp, task.Id, action), ct);
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
    }

    /// <summary>Only fields editable at this node are accepted; the rest keep their stored values, and changing them is an error.</summary>
    private async Task<(Dictionary<string, System.Text.Json.JsonElement>? Data, IDictionary<string, string[]>? Errors)> MergeAsync(WorkTask task, JsonObject? submitted, string language, CancellationToken ct)
    {
        if (submitted is null || submitted.Count == 0) return (null, null);
        var state = await engine.Runtime.Store.LoadAsync(task.InstanceId, ct);
        var instance = await db.ProcessInstances.AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        var formId = task.FormId ?? instance.FormId;
        var form = formId is null ? null : (instance.FormVersion is { } v && formId == instance.FormId ? engine.Definitions.Form(formId, v) : null) ?? engine.Definitions.LatestForm(formId);
        if (form is null) return (null, new Dictionary<string, string[]> { ["variables"] = ["此节点没有表单，不能提交字段 (this node has no form)"] });
        var existing = FormAccess.ToFormData(state!.Variables);
        var result = FormMerge.Merge(form.Schema, existing, submitted, FormAccess.ForTask(task.ExtensionsJson), new FormContext { Language = language, Clock = clock });
        if (!result.IsValid) return (null, result.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray()));
        return (FormAccess.ToVariables(result.Data), null);
    }

    private async Task<Result> TransferAsync(WorkTask task, TaskActionInput input, string user, string? clientIp, CancellationToken ct)
    {
        var target = input.UserName?.Trim();
        var targetUser = string.IsNullOrEmpty(target) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == target && u.Active, ct);
        if (targetUser is null) return Fail("userName", "转办对象不存在或已停用 (unknown or inactive user)");
        if (string.Equals(target, user, StringComparison.OrdinalIgnoreCase)) return Fail("userName", "不能转办给自己 (cannot transfer to yourself)");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var updated = await db.Tasks.Where(t => t.Id == task.Id && t.Status == WorkTaskStatus.Open).ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, targetUser.UserName), ct);
        if (updated == 0) return new Conflict("任务已处理 (task already completed)");
        db.History.Add(new HistoryRecord
        {
            InstanceId = task.InstanceId, Type = "TaskTransferred", ElementId = task.ElementId, ElementName = task.Name, UserName = user,
            At = clock.GetUtcNow(), Data = System.Text.Json.JsonSerializer.Serialize(new { taskId = task.Id, from = task.Assignee ?? user, to = targetUser.UserName }),
            Comment = input.Comment, ClientIp = clientIp,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Done(task.InstanceId, "running");
    }

    private static Invalid Fail(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
