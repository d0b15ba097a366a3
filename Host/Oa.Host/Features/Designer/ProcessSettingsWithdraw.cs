using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Designer;

/// <summary>
/// The withdraw and cancel rules of 流程设置 (<c>initiatorWithdraw</c>, <c>approverWithdraw</c>, <c>initiatorCancel</c>) for one request: the version it
/// runs on decides, so republishing a process never changes what a running request allows. The withdraw endpoints
/// refuse with these reasons and the request page hides the buttons on the same answer.
/// </summary>
public static class ProcessSettingsWithdraw
{
    public const string InitiatorForbidden = "此流程不允许发起人撤回申请 (this process does not allow withdrawing a request)";
    public const string InitiatorCancelForbidden =
        "此流程不允许发起人在审批人处理后撤销申请；审批人处理前可撤回 (this process does not allow revoking a request after an approver has acted; withdraw it before one does)";
    public const string ApproverForbidden = "此流程不允许撤回审批 (this process does not allow approvers to withdraw a decision)";

    public static async Task<ProcessSettings> SettingsAsync(EngineHost engine, string processKey, int version, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        return engine.Definitions.Find(processKey, version)?.Settings ?? ProcessSettings.Default;
    }

    public static async Task<ProcessSettings> SettingsOfInstanceAsync(OaDbContext db, EngineHost engine, string instanceId, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.ProcessKey, i.DefinitionVersion }).FirstOrDefaultAsync(ct);
        return row is null ? ProcessSettings.Default : await SettingsAsync(engine, row.ProcessKey, row.DefinitionVersion, ct);
    }

    public static bool InitiatorMay(ProcessSettings settings) => settings.InitiatorWithdraw != InitiatorWithdraw.Never;

    /// <summary>撤销 after approvers acted; before anyone acted the request is also the applicant's to 撤回 (if the withdraw rule allows).</summary>
    public static bool InitiatorMayCancel(ProcessSettings settings) => settings.InitiatorCancel == InitiatorCancel.WhileRunning;

    public static bool ApproverMay(ProcessSettings settings) => settings.ApproverWithdraw;
}
