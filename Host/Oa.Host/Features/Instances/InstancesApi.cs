using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Permissions;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Instances;

/// <summary>/api/processes/{key}/instances (start) and /api/instances/{id} (read, withdraw, revoke, cancel).</summary>
public static class InstancesApi
{
    public static void MapInstancesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/processes/{key}/instances", Start).WithTags("Instances");
        app.MapPost("/api/processes/{key}/preview", Preview).WithTags("Instances");
        var instances = app.MapGroup("/api/instances").WithTags("Instances");
        instances.MapGet("/{id}", Get);
        instances.MapPost("/{id}/withdraw", Withdraw);
        instances.MapPost("/{id}/revoke", InitiatorRevoke.Revoke); // 撤销 after approvers acted: a separate promise from 撤回, see InitiatorRevoke
        instances.MapPost("/{id}/urge", Urge);
        instances.MapPost("/{id}/cancel", Cancel).RequireAuthorization(Policies.ProcessAdmin);
        instances.MapPost("/{id}/cc", async (string id, CcInput input, ClaimsPrincipal user, HttpContext http, Conversation talk, CancellationToken ct) =>
            Answer(await talk.CopyAsync(id, input, user, http.Connection.RemoteIpAddress?.ToString(), ct)));
        instances.MapPost("/{id}/comments", async (string id, CommentInput input, ClaimsPrincipal user, HttpContext http, Conversation talk, CancellationToken ct) =>
            Answer(await talk.CommentAsync(id, input, user, http.Connection.RemoteIpAddress?.ToString(), ct)));
    }

    private static IResult Answer(Conversation.Result result) => result switch
    {
        Conversation.Done => TypedResults.NoContent(),
        Conversation.Invalid i => TypedResults.ValidationProblem(i.Errors),
        _ => TypedResults.NotFound(),
    };

    /// <summary>流程预览: the steps and people the request would go through with these values (nothing is stored).</summary>
    private static async Task<IResult> Preview(string key, StartInput? input, ClaimsPrincipal user, EngineHost engine, Org.OrgCache orgCache,
        Workbench.PathPreview preview, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var process = engine.Definitions.LatestOf(key);
        if (process is null) return TypedResults.NotFound();
        if (!Oa.Workflows.Approvals.ProcessStarters.CanStart(process.Settings, user.UserName(), await orgCache.GetAsync(user.UserName(), ct))) return TypedResults.Forbid();
        var (steps, complete) = await preview.RunAsync(key, user.UserName(), FormAccess.ToVariables(input?.Variables ?? []), ct);
        return TypedResults.Ok(new { steps, complete });
    }

    private static async Task<IResult> Start(string key, StartInput? input, ClaimsPrincipal user, HttpContext http, StartService starts, CancellationToken ct)
    {
        var language = Shared.UiText.IsEnglish ? "en" : "zh-CN";
        return await starts.StartAsync(key, input?.Variables, input?.BusinessKey, user.UserName(), http.Connection.RemoteIpAddress?.ToString(), language, ct) switch
        {
            StartService.Ok ok => TypedResults.Created($"/api/instances/{ok.Instance.Id}", ok.Instance),
            StartService.NotFound => TypedResults.NotFound(),
            StartService.Forbidden => TypedResults.Forbid(),
            StartService.Invalid i => TypedResults.ValidationProblem(i.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray())),
            var other => throw new InvalidOperationException($"unexpected result {other}"),
        };
    }

    private static async Task<Results<Ok<InstanceView>, NotFound>> Get(string id, ClaimsPrincipal principal, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        // Someone without access learns nothing, not even that the instance exists.
        if (row is null || !await TaskAccess.CanSeeInstanceAsync(db, row, principal, ct)) return TypedResults.NotFound();
        await engine.PrepareAsync(ct);
        var state = InstanceStateSerializer.Deserialize(row.StateJson);
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => t.InstanceId == id).ToListAsync(ct);
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Id)
            .Select(h => new HistoryView(h.Type, h.ElementId, h.ElementName, h.UserName, h.At, h.Comment, h.Data)).ToListAsync(ct);
        var open = tasks.Where(t => t.Status == WorkTaskStatus.Open)
            .Select(t => new OpenTaskView(t.Id, t.ElementId, t.Name, t.Assignee, t.Candidates.Select(c => c.Value).ToList(), t.CreatedAt)).ToList();
        return TypedResults.Ok(new InstanceView(row.Id, row.ProcessKey, row.ProcessName, row.DefinitionVersion, row.Status, row.SerialNo, row.Title, row.Initiator,
            row.BusinessKey, row.StartedAt, row.EndedAt, state.Tokens.Select(t => t.ElementId).Distinct().ToList(), open,
            VisibleVariables(row, state, tasks, principal, engine), history));
    }

    /// <summary>
    /// Form data as the caller's node may see it: an approver gets their task's permissions (hidden fields removed),
    /// the initiator the start node's, admins everything. Values of hidden fields never leave the server.
    /// </summary>
    internal static JsonObject VisibleVariables(ProcessInstanceRecord row, InstanceState state, List<WorkTask> tasks, ClaimsPrincipal principal, EngineHost engine)
    {
        var data = FormAccess.ToFormData(state.Variables);
        var form = row.FormId is null ? null : (row.FormVersion is { } v ? engine.Definitions.Form(row.FormId, v) : null) ?? engine.Definitions.LatestForm(row.FormId);
        if (form is null || principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.ProcessAdmin)) return data;
        return FormView.For(form.Schema, data, ViewerPermissions(row, tasks, principal)).Data;
    }

    /// <summary>The field permissions <see cref="VisibleVariables"/> applies for a non-admin (the workbench page draws its schema with them).</summary>
    internal static FieldPermissions ViewerPermissions(ProcessInstanceRecord row, List<WorkTask> tasks, ClaimsPrincipal principal)
    {
        var user = principal.UserName();
        var mine = tasks.Where(t => t.Assignee == user || t.CompletedBy == user).OrderByDescending(t => t.Status == WorkTaskStatus.Open).ThenByDescending(t => t.CreatedAt).FirstOrDefault();
        return mine is not null ? FormAccess.ForTask(mine.ExtensionsJson)
            : string.Equals(row.Initiator, user, StringComparison.OrdinalIgnoreCase) ? FieldPermissions.ForNode(true) : FieldPermissions.ForNode(false);
    }

    /// <summary>撤回: the initiator takes the request back while no approver has acted on it yet.</summary>
    internal static async Task<IResult> Withdraw(string id, ReasonInput? input, ClaimsPrincipal principal, HttpContext http, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        var (row, refusal) = await OwnRequest.LoadAsync(id, principal, db, ct);
        if (row is null) return refusal!;
        var user = principal.UserName();
        if (row.Status != "running") return NotRunning(row);
        if (!Designer.ProcessSettingsWithdraw.InitiatorMay(await Designer.ProcessSettingsWithdraw.SettingsAsync(engine, row.ProcessKey, row.DefinitionVersion, ct)))
            return TypedResults.Problem(Designer.ProcessSettingsWithdraw.InitiatorForbidden, statusCode: 409);
        // "No approver has acted yet" is checked by the engine, on the state the cancel commits against (AlreadyActedOn → 409).
        return await CancelAsync(id, input?.Reason ?? "withdrawn", user, http, engine, ct, byApplicant: true, beforeOthersAct: true);
    }

    /// <summary>催办: the initiator reminds the current approvers; at most once per 10 minutes per request.</summary>
    internal static async Task<IResult> Urge(string id, ReasonInput? input, ClaimsPrincipal principal, HttpContext http, OaDbContext db, TimeProvider clock,
        Notifications.NotificationOutbox outbox, CancellationToken ct)
    {
        var (row, refusal) = await OwnRequest.LoadAsync(id, principal, db, ct);
        if (row is null) return refusal!;
        var user = principal.UserName();
        if (row.Status != "running") return NotRunning(row);
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-10);
        if (await db.History.AnyAsync(h => h.InstanceId == id && h.Type == "Urged" && h.At > since, ct))
            return TypedResults.Problem("10 分钟内只能催办一次 (you can urge once every 10 minutes)", statusCode: StatusCodes.Status429TooManyRequests);
        var approvers = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == id && t.Status == WorkTaskStatus.Open && t.Assignee != null).Select(t => t.Assignee!).ToListAsync(ct);
        db.History.Add(new HistoryRecord
        {
            InstanceId = id, Type = "Urged", UserName = user, At = now, Comment = input?.Reason,
            Data = System.Text.Json.JsonSerializer.Serialize(new { approvers }), ClientIp = http.Connection.RemoteIpAddress?.ToString(),
        });
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Tasks.Where(t => t.InstanceId == id && t.Status == WorkTaskStatus.Open).ExecuteUpdateAsync(s => s.SetProperty(t => t.UrgedAt, now), ct);
        // The approvers are told in the same save as the history entry: an urge is never recorded without reaching them.
        await outbox.AddAsync(db, new Notifications.NotificationRequest(Notifications.NotificationEvent.Urged, approvers, id, row.Title, row.SerialNo, user, Comment: input?.Reason), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(new { urged = approvers });
    }

    private static async Task<IResult> Cancel(string id, ReasonInput? input, ClaimsPrincipal principal, HttpContext http, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        if (!await db.ProcessInstances.AnyAsync(i => i.Id == id, ct)) return TypedResults.NotFound();
        if (string.IsNullOrWhiteSpace(input?.Reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["请填写作废原因 (a reason is required)"] });
        return await CancelAsync(id, input.Reason, principal.UserName(), http, engine, ct);
    }

    public const string AlreadyActed = "已有审批人处理，不能撤回 (an approver has already acted)";

    public const string Suspended = "流程已被管理员挂起，恢复后才能操作 (the request is suspended by an administrator)";

    /// <summary>409 for a request that is not running: suspended (an administrator holds it) reads differently from ended.</summary>
    internal static IResult NotRunning(ProcessInstanceRecord row, string ended = "流程已结束 (the request has already ended)") =>
        TypedResults.Problem(row.Status == "suspended" ? Suspended : ended, statusCode: StatusCodes.Status409Conflict);

    /// <summary>
    /// Cancels through the engine (state, history and notices in one commit); a request that ended meanwhile is a 409 with nothing written.
    /// The applicant's own cancel (<paramref name="byApplicant"/>) also leaves a suspended request alone: the engine checks that on the state
    /// it commits against, so a suspend landing between the caller's checks and this command is a 409 too, not a cancelled request.
    /// </summary>
    internal static async Task<IResult> CancelAsync(string id, string reason, string user, HttpContext http, EngineHost engine, CancellationToken ct,
        string action = "cancel", string notRunning = "流程已结束 (the request has already ended)", bool byApplicant = false, bool beforeOthersAct = false)
    {
        try
        {
            var state = await engine.ExecuteAsync(id, new CancelInstance(reason, user, WhileSuspended: !byApplicant, BeforeOthersAct: beforeOthersAct),
                new CommandAudit(user, reason, http.Connection.RemoteIpAddress?.ToString(), Action: action), ct);
            return TypedResults.Ok(new { id, status = EfInstanceStore.StatusOf(state) });
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InstanceNotRunning)
        {
            return TypedResults.Problem(notRunning, statusCode: 409);
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.InstanceSuspended)
        {
            return TypedResults.Problem(Suspended, statusCode: 409);
        }
        catch (EngineException ex) when (ex.Code is EngineErrorCode.AlreadyActedOn)
        {
            return TypedResults.Problem(AlreadyActed, statusCode: 409);
        }
    }
}
