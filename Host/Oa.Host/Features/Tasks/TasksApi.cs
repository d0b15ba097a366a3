using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Permissions;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Tasks;

/// <summary>/api/tasks: the four inbox boxes, a task with its form as the node may see it, and the actions on it.</summary>
public static class TasksApi
{
    public const int CountCap = 999;

    public static void MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapGet("", Inbox);
        tasks.MapGet("/{id}", Get);
        tasks.MapPost("/batch", async (BatchInput input, ClaimsPrincipal user, HttpContext http, BatchActions batch, CancellationToken ct) =>
        {
            var (results, errors) = await batch.RunAsync(input, user, http.Connection.RemoteIpAddress?.ToString(), Shared.UiText.IsEnglish ? "en" : "zh-CN", ct);
            return errors is not null ? (IResult)TypedResults.ValidationProblem(errors) : TypedResults.Ok(new { results });
        });
        foreach (var action in TaskActions.Supported)
            tasks.MapPost($"/{{id}}/{action}", (string id, TaskActionInput? input, ClaimsPrincipal user, HttpContext http, TaskActions actions, CancellationToken ct) =>
                Act(id, action, input ?? new TaskActionInput(null, null, null, null), user, http, actions, ct));
    }

    internal static async Task<Results<Ok<InboxPage>, ValidationProblem>> Inbox(string? box, int? page, int? pageSize, [AsParameters] InboxFilter filter,
        ClaimsPrincipal principal, OaDbContext db, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var skip = (Math.Max(page ?? 1, 1) - 1) * size;
        var user = principal.UserName();
        var f = filter.Normalised();
        IQueryable<InboxItem> query;
        switch (box ?? "todo")
        {
            case "todo":
                // The capped count first: it says how each branch's page is best read (TodoQuery).
                var todo = new TodoQuery(db, user, TaskAccess.RolesOf(principal), q => f.Apply(q, completed: false));
                var todoCount = await todo.CountAsync(CountCap, ct);
                var todoItems = await todo.PageAsync(todoCount, f.Sort, skip, size,
                    t => new InboxItem(t.Id, t.InstanceId, t.InstanceTitle, t.SerialNo, t.ProcessName, t.Name, t.Initiator, "open", t.CreatedAt, t.DueAt, null, false, t.UrgedAt != null),
                    i => i.At, i => i.DueAt, ct);
                return TypedResults.Ok(new InboxPage(todoItems, todoCount.Total, todoCount.Capped));
            case "done":
                var done = f.Apply(db.Tasks.Where(t => t.CompletedBy == user && t.Status == WorkTaskStatus.Completed), completed: true);
                done = f.Oldest ? done.OrderBy(t => t.CompletedAt) : done.OrderByDescending(t => t.CompletedAt);
                query = done.Select(t => new InboxItem(t.Id, t.InstanceId, t.InstanceTitle, t.SerialNo, t.ProcessName, t.Name, t.Initiator, "completed", t.CompletedAt ?? t.CreatedAt, null, t.Outcome, false, false));
                break;
            case "mine":
                var mine = f.Apply(db.ProcessInstances.Where(i => i.Initiator == user));
                mine = f.Oldest ? mine.OrderBy(i => i.StartedAt) : mine.OrderByDescending(i => i.StartedAt);
                query = mine.Select(i => new InboxItem(null, i.Id, i.Title, i.SerialNo, i.ProcessName, null, i.Initiator, i.Status, i.StartedAt, null, null, false, false));
                break;
            case "cc":
                var name = f.Process is null ? null : await db.ProcessDefinitions.Where(p => p.Key == f.Process).OrderByDescending(p => p.Version).Select(p => p.Name).FirstOrDefaultAsync(ct);
                var cc = f.Apply(db.CarbonCopies.Where(c => c.UserName == user), name);
                cc = f.Oldest ? cc.OrderBy(c => c.At) : cc.OrderByDescending(c => c.At);
                query = cc.Select(c => new InboxItem(null, c.InstanceId, c.InstanceTitle, c.SerialNo, c.ProcessName, null, c.FromUser, "cc", c.At, null, null, c.ReadAt == null, false));
                break;
            default:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["box"] = ["box 只能是 todo、done、mine、cc (box must be todo, done, mine or cc)"] });
        }
        // Counting stops at the cap: "999+" is all a badge needs, and it keeps the count cheap on huge inboxes.
        var total = await query.Take(CountCap + 1).CountAsync(ct);
        var items = await query.Skip(skip).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new InboxPage(items, Math.Min(total, CountCap), total > CountCap));
    }

    private static async Task<Results<Ok<TaskView>, NotFound, ForbidHttpResult>> Get(string id, ClaimsPrincipal principal, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null) return TypedResults.NotFound();
        var user = principal.UserName();
        var instance = await db.ProcessInstances.AsNoTracking().FirstAsync(i => i.Id == task.InstanceId, ct);
        if (!TaskAccess.CanAct(task, user, TaskAccess.RolesOf(principal)) && task.CompletedBy != user && !await TaskAccess.CanSeeInstanceAsync(db, instance, principal, ct))
            return TypedResults.Forbid();
        await engine.PrepareAsync(ct);
        var extensions = FormAccess.Extensions(task.ExtensionsJson);
        var formId = task.FormId ?? instance.FormId;
        var form = formId is null ? null : engine.Definitions.LatestForm(formId);
        var state = await engine.Runtime.Store.LoadAsync(task.InstanceId, ct);
        var process = engine.Definitions.Find(instance.ProcessKey, instance.DefinitionVersion) ?? engine.Definitions.LatestOf(instance.ProcessKey);
        var view = form is null || state is null ? null : FormView.For(form.Schema, FormAccess.ToFormData(state.Variables), TaskActions.PermissionsFor(task, process));
        var actions = TaskActions.For(task);
        return TypedResults.Ok(new TaskView(task.Id, task.InstanceId, task.ElementId, task.Name, task.Assignee, task.Status.ToString().ToLowerInvariant(), task.CreatedAt, task.DueAt,
            task.ProcessKey, task.ProcessName, task.InstanceTitle, task.SerialNo, task.Initiator, actions, task.DelegatedBy,
            extensions.GetValueOrDefault(PlanExtensions.CommentRequired, "false"), view?.Schema, view?.Data));
    }

    private static async Task<IResult> Act(string id, string action, TaskActionInput input, ClaimsPrincipal user, HttpContext http, TaskActions actions, CancellationToken ct)
    {
        var language = Shared.UiText.IsEnglish ? "en" : "zh-CN";
        return await actions.ActAsync(id, action, input, user, http.Connection.RemoteIpAddress?.ToString(), language, ct) switch
        {
            TaskActions.Done d => TypedResults.Ok(new { d.InstanceId, d.Status }),
            TaskActions.Missing => TypedResults.NotFound(),
            TaskActions.Denied => TypedResults.Forbid(),
            TaskActions.Conflict c => TypedResults.Problem(c.Reason, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            TaskActions.Invalid i => TypedResults.ValidationProblem(i.Errors),
            var other => throw new InvalidOperationException($"unexpected result {other}"),
        };
    }
}
