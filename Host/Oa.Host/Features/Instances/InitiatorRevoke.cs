using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Designer;
using Oa.Host.Identity;

namespace Oa.Host.Features.Instances;

/// <summary>
/// 撤销 (POST /api/instances/{id}/revoke): the applicant ends their own running request even after approvers acted, when
/// the version it runs on says <c>initiatorCancel="whileRunning"</c>. It is its own endpoint rather than a mode of
/// /withdraw because it is a different promise: 撤回 takes back a request nobody has looked at (reason optional, nobody to
/// tell), 撤销 ends work others already did — so it needs a reason, tells the approvers who acted and the current
/// assignees, and reads 发起人撤销 in the timeline (the "revoke" audit action; EfInstanceStore and EngineNotifications key on it).
/// Every refusal happens before the engine runs, and the engine's cancel commits state, history and notices together.
/// </summary>
public static class InitiatorRevoke
{
    /// <summary>The <see cref="CommandAudit.Action"/> of a 撤销; the returned-request 撤销 of TaskActions uses the same one.</summary>
    public const string Action = "revoke";

    public const int MaxReason = 500;

    public const string NotRunning = "流程不在审批中，不能撤销 (only a running request can be revoked)";

    internal static async Task<IResult> Revoke(string id, ReasonInput? input, ClaimsPrincipal principal, HttpContext http, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        var (row, refusal) = await OwnRequest.LoadAsync(id, principal, db, ct);
        if (row is null) return refusal!;
        var user = principal.UserName();
        var reason = input?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["请填写撤销原因 (a reason is required)"] });
        if (reason.Length > MaxReason)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"撤销原因最多 {MaxReason} 字 (at most {MaxReason} characters)"] });
        if (row.Status != "running") return InstancesApi.NotRunning(row, NotRunning);
        if (!ProcessSettingsWithdraw.InitiatorMayCancel(await ProcessSettingsWithdraw.SettingsAsync(engine, row.ProcessKey, row.DefinitionVersion, ct)))
            return TypedResults.Problem(ProcessSettingsWithdraw.InitiatorCancelForbidden, statusCode: StatusCodes.Status409Conflict);
        // A request that ended or was suspended between the checks above and the command is the same 409, with nothing written.
        return await InstancesApi.CancelAsync(id, reason, user, http, engine, ct, Action, NotRunning, byApplicant: true);
    }

    /// <summary>What the request page offers: the same conditions as <see cref="Revoke"/>, and only once 撤回 is no longer possible.</summary>
    public static bool CanRevoke(Data.Engine.ProcessInstanceRecord row, Oa.Workflows.Approvals.ProcessSettings settings, string user, bool canWithdraw) =>
        !canWithdraw && row.Status == "running" && string.Equals(row.Initiator, user, StringComparison.OrdinalIgnoreCase)
        && ProcessSettingsWithdraw.InitiatorMayCancel(settings);
}
