using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Identity;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;
using Oa.Workflows.Runtime;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>
/// 实例迁移 for admins and the process's admins: a dry run reports per instance what would move and what blocks,
/// the real run migrates one batch at a time, each instance in its own engine transaction (a refusal or conflict
/// leaves that instance where it was and the batch goes on). The API and the page both call this.
/// </summary>
public sealed partial class InstanceMigrations(OaDbContext db, EngineHost engine, TimeProvider clock)
{
    public const int DefaultBatch = 100, MaxBatch = 500;

    private static readonly string[] OpenStatuses = ["running", "suspended", "incident"];

    private sealed record Versions(PublishedProcess Source, PublishedProcess Target);

    public async Task<Outcome> SetupAsync(ClaimsPrincipal principal, MigrationRequest request, CancellationToken ct)
    {
        var (versions, problem) = await ResolveAsync(principal, request, ct);
        if (versions is null) return problem!;
        var (source, target) = (versions.Source.Definition, versions.Target.Definition);
        var mapping = source.Nodes.Where(Mappable)
            .Where(n => target.Node(n.Id) is { } t && t.GetType() == n.GetType())
            .ToDictionary(n => n.Id, n => n.Id, StringComparer.Ordinal);
        var open = await Candidates(versions).CountAsync(ct);
        return new MigrationReady(new MigrationSetup(versions.Source.Key, versions.Source.Version, versions.Target.Version,
            Elements(source), Elements(target), mapping, open));
    }

    /// <summary>The versions a process has, newest first, with how many open instances each still runs.</summary>
    public async Task<IReadOnlyList<(int Version, int Open)>> VersionsAsync(string processKey, CancellationToken ct)
    {
        var versions = await db.ProcessDefinitions.AsNoTracking().Where(p => p.Key == processKey).Select(p => p.Version).ToListAsync(ct);
        var open = await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == processKey && OpenStatuses.Contains(i.Status))
            .GroupBy(i => i.DefinitionVersion).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return versions.OrderDescending().Select(v => (v, open.GetValueOrDefault(v))).ToList();
    }

    private static bool Mappable(FlowNode n) => n is not StartEvent and not EndEvent;

    private static List<MigrationElement> Elements(ProcessDefinition d) =>
        d.Nodes.Where(Mappable).Select(n => new MigrationElement(n.Id, n.Name, n.BpmnType)).ToList();

    private IQueryable<ProcessInstanceRecord> Candidates(Versions v) =>
        db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == v.Source.Key && i.DefinitionVersion == v.Source.Version && OpenStatuses.Contains(i.Status));

    /// <summary>Checks the request and the caller's right to the process; the versions, or the outcome to answer with.</summary>
    private async Task<(Versions?, Outcome?)> ResolveAsync(ClaimsPrincipal principal, MigrationRequest r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.ProcessKey)) return (null, new Invalid("processKey", "请选择流程 (choose the process)"));
        await engine.PrepareAsync(ct);
        var latest = engine.Definitions.LatestOf(r.ProcessKey);
        if (latest is null) return (null, new Missing());
        if (!ProcessAdminScope.Administers(principal, latest)) return (null, new Refused());
        if (r.SourceVersion is not { } sv || engine.Definitions.Find(r.ProcessKey, sv) is not { } source)
            return (null, new Invalid("sourceVersion", "请选择存在的源版本 (choose an existing source version)"));
        if (r.TargetVersion is not { } tv || engine.Definitions.Find(r.ProcessKey, tv) is not { } target)
            return (null, new Invalid("targetVersion", "请选择存在的目标版本 (choose an existing target version)"));
        if (sv == tv) return (null, new Invalid("targetVersion", "目标版本须与源版本不同 (the target version must differ from the source)"));
        foreach (var (from, to) in r.Mapping ?? [])
        {
            if (source.Definition.Node(from) is null)
                return (null, new Invalid("mapping", $"源版本 v{sv} 中没有节点 {from} (no element '{from}' in v{sv})"));
            if (!string.IsNullOrWhiteSpace(to) && target.Definition.Node(to) is null)
                return (null, new Invalid("mapping", $"目标版本 v{tv} 中没有节点 {to} (no element '{to}' in v{tv})"));
        }
        if (r.BatchSize is { } b && (b < 1 || b > MaxBatch))
            return (null, new Invalid("batchSize", $"每批数量须在 1 到 {MaxBatch} 之间 (batch size must be 1–{MaxBatch})"));
        if (r.Reason is { Length: > MaxReason }) return (null, new Invalid("reason", $"原因不能超过 {MaxReason} 字 (at most {MaxReason} characters)"));
        return (new Versions(source, target), null);
    }
}
