using System.Security.Claims;
using Oa.Host.Engine;
using Oa.Host.Identity;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Admin.Instances;

public sealed partial class InstanceAdministration
{
    /// <summary>The result of 重试: the instance's status and how many incidents are still open (a retry can fail again).</summary>
    public sealed record Retried(string Id, string Status, int OpenIncidents) : Outcome;

    /// <summary>重试: the engine's ResolveIncident — a failed job gets its retries back, any other incident re-runs its element.</summary>
    public async Task<Outcome> RetryIncidentAsync(ClaimsPrincipal principal, string id, string incidentId, int? retries, string? ip, CancellationToken ct)
    {
        var count = retries ?? 1;
        if (count is < 1 or > 100) return new Invalid("retries", "重试次数须在 1 到 100 之间 (retries must be 1–100)");
        var (row, refused) = await LoadAsync(principal, id, ct);
        if (row is null) return refused ? new Refused() : new Missing();
        try
        {
            var state = await engine.ExecuteAsync(id, new ResolveIncident(incidentId, count),
                new CommandAudit(principal.UserName(), null, ip, Action: "retry-incident"), ct);
            return new Retried(id, EfInstanceStore.StatusOf(state), state.Incidents.Count);
        }
        catch (EngineException ex) when (ex.Code == EngineErrorCode.IncidentNotFound)
        {
            return new Invalid("incidentId", "没有这个未解决的故障 (no such open incident)");
        }
        catch (EngineException ex)
        {
            return new WrongState($"不能重试 (cannot retry): {ex.Message}");
        }
        catch (ConcurrencyException)
        {
            return new WrongState("流程正被他人处理，请重试 (the instance changed concurrently; try again)");
        }
    }
}
