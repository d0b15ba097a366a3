using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;
using Oa.Host.Identity;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

public sealed partial class InstanceMigrations
{
    public Task<Outcome> DryRunAsync(ClaimsPrincipal principal, MigrationRequest request, CancellationToken ct) =>
        RunBatchAsync(principal, request, null, true, ct);

    public Task<Outcome> ExecuteAsync(ClaimsPrincipal principal, MigrationRequest request, string? ip, CancellationToken ct) =>
        RunBatchAsync(principal, request, ip, false, ct);

    private async Task<Outcome> RunBatchAsync(ClaimsPrincipal principal, MigrationRequest request, string? ip, bool dryRun, CancellationToken ct)
    {
        var (versions, problem) = await ResolveAsync(principal, request, ct);
        if (versions is null) return problem!;
        var take = request.BatchSize ?? DefaultBatch;
        var query = Candidates(versions);
        if (request.InstanceIds is { Count: > 0 } ids) query = query.Where(i => ids.Contains(i.Id));
        if (!string.IsNullOrEmpty(request.After)) query = query.Where(i => string.Compare(i.Id, request.After) > 0);
        var rows = await query.OrderBy(i => i.Id).Take(take + 1).ToListAsync(ct);
        var next = rows.Count > take ? rows[take - 1].Id : null;
        var user = principal.UserName();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        var reports = new List<MigrationInstanceReport>();
        foreach (var row in rows.Take(take))
        {
            var state = InstanceStateSerializer.Deserialize(row.StateJson);
            var plan = InstanceMigration.Plan(versions.Source.Definition, versions.Target.Definition, state, request.Mapping);
            var blockers = plan.Blockers.ToList();
            var migrated = false;
            if (!dryRun && plan.CanMigrate)
            {
                try
                {
                    await engine.ExecuteAsync(row.Id, new MigrateInstance(versions.Target.Definition, request.Mapping, user),
                        new CommandAudit(user, reason, ip, Action: "migrate"), ct);
                    migrated = true;
                }
                catch (EngineException ex) { blockers.Add(ex.Message); }
                catch (ConcurrencyException) { blockers.Add("实例正被他人处理，请稍后重试 (the instance changed concurrently; try again)"); }
            }
            reports.Add(new MigrationInstanceReport(row.Id, row.SerialNo, row.Title, row.Status, plan.CanMigrate, migrated, plan.Moves, blockers));
        }
        if (!dryRun && reports.Count > 0)
            await Designer.Audit.DesignerAudit.RecordAsync(db, clock, user, ip, "migrate", "process", versions.Source.Key, versions.Target.Version,
                $"v{versions.Source.Version} → v{versions.Target.Version}: {reports.Count(r => r.Migrated)}/{reports.Count}", ct);
        return new MigrationDone(new MigrationReport(dryRun, reports.Count, reports.Count(r => r.CanMigrate), reports.Count(r => r.Migrated),
            reports.Count(r => r.Blockers.Count > 0), reports, next));
    }
}
