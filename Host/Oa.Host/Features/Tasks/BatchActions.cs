using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Tasks;

public sealed record BatchInput(string? Action, IReadOnlyList<string>? TaskIds, string? Comment);
public sealed record BatchItemResult(string TaskId, string? InstanceId, string? Status, string? Error);

/// <summary>
/// 批量同意 / 批量拒绝 from the inbox. Every selected task is checked first — the caller holds it, it is open, its node
/// allows the action and its comment rule is met — and if any fails nothing is done. Then each task runs through
/// <see cref="TaskActions"/> on its own (each instance is its own transaction), and the result says what happened to each.
/// </summary>
public sealed class BatchActions(OaDbContext db, TaskActions actions)
{
    public const int MaxTasks = 100;

    public async Task<(IReadOnlyList<BatchItemResult>? Results, IDictionary<string, string[]>? Errors)> RunAsync(BatchInput input, ClaimsPrincipal principal, string? clientIp, string language, CancellationToken ct)
    {
        var action = input.Action;
        var ids = (input.TaskIds ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        if (action is not ("approve" or "reject")) errors["action"] = ["批量操作只能是同意或拒绝 (action must be approve or reject)"];
        if (ids.Count == 0) errors["taskIds"] = ["请选择任务 (select at least one task)"];
        if (ids.Count > MaxTasks) errors["taskIds"] = [$"一次最多 {MaxTasks} 条 (at most {MaxTasks} tasks at once)"];
        if (errors.Count > 0) return (null, errors);

        var user = principal.UserName();
        var roles = TaskAccess.RolesOf(principal);
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var id in ids)
        {
            var problem = !tasks.TryGetValue(id, out var task) || !TaskAccess.CanAct(task, user, roles) ? "不是您的待办 (not in your to-do list)"
                : task.Status != WorkTaskStatus.Open ? "任务已处理 (already completed)"
                // Batch is for approval nodes only: a generic task (no allowed-action list) is not approved in bulk.
                : !TaskActions.For(task).Contains(action!) ? $"此节点不允许{(action == "approve" ? "同意" : "拒绝")} ({action} is not allowed at {task.Name})"
                : TaskActions.PolicyRefusal(task, action!, input.Comment) is { } refusal ? $"「{task.Name}」{refusal.Message}"
                : null;
            if (problem is not null) errors[$"taskIds.{id}"] = [problem];
        }
        if (errors.Count > 0) return (null, errors);

        var results = new List<BatchItemResult>();
        foreach (var id in ids)
        {
            var result = await actions.ActAsync(id, action!, new TaskActionInput(null, input.Comment, null, null), principal, clientIp, language, ct);
            results.Add(result switch
            {
                TaskActions.Done d => new BatchItemResult(id, d.InstanceId, d.Status, null),
                TaskActions.Conflict c => new BatchItemResult(id, tasks[id].InstanceId, null, c.Reason),
                TaskActions.Invalid i => new BatchItemResult(id, tasks[id].InstanceId, null, string.Join("；", i.Errors.SelectMany(e => e.Value))),
                _ => new BatchItemResult(id, tasks[id].InstanceId, null, "无法处理 (could not act)"),
            });
        }
        return (results, null);
    }
}
