using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Designer;

public sealed record VersionRow(int Version, string Name, DateTimeOffset DeployedAt, string? DeployedBy, string? SourceName, int Running);

public sealed record ProcessSummary(string Key, string Name, string? Category, IReadOnlyList<VersionRow> Versions)
{
    public VersionRow Latest => Versions[0];
}

public sealed record FormSummary(string FormId, int LatestVersion, int VersionCount, DateTimeOffset DeployedAt, string? DeployedBy);

/// <summary>
/// The designer's read side: published versions (without their XML) and unfinished instances per version. Sorting
/// and grouping happen in memory: an admin list is small, and SQLite cannot order by DateTimeOffset.
/// </summary>
public sealed class DesignerCatalog(OaDbContext db)
{
    public async Task<IReadOnlyList<ProcessSummary>> ProcessesAsync(string? key, CancellationToken ct)
    {
        var rows = await db.ProcessDefinitions.AsNoTracking().Where(p => key == null || p.Key == key)
            .Select(p => new { p.Key, p.Version, p.Name, p.Category, p.DeployedAt, p.DeployedBy, p.SourceName }).ToListAsync(ct);
        // "Running" = not ended yet: running, suspended or with an incident; all of them stay on their version.
        var running = (await db.ProcessInstances.AsNoTracking().Where(i => i.EndedAt == null && (key == null || i.ProcessKey == key))
                .GroupBy(i => new { i.ProcessKey, i.DefinitionVersion }).Select(g => new { g.Key.ProcessKey, g.Key.DefinitionVersion, Count = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(r => (r.ProcessKey, r.DefinitionVersion), r => r.Count);
        return rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.OrderByDescending(r => r.Version)
                    .Select(r => new VersionRow(r.Version, r.Name, r.DeployedAt, r.DeployedBy, r.SourceName, running.GetValueOrDefault((r.Key, r.Version)))).ToList();
                var latest = g.MaxBy(r => r.Version)!;
                return new ProcessSummary(g.Key, latest.Name, latest.Category, versions);
            })
            .OrderBy(p => p.Category ?? "", StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<FormSummary>> FormsAsync(CancellationToken ct)
    {
        var rows = await db.FormDefinitions.AsNoTracking().Select(f => new { f.FormId, f.Version, f.DeployedAt, f.DeployedBy }).ToListAsync(ct);
        return rows.GroupBy(r => r.FormId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Version)!)
            .Select(r => new FormSummary(r.FormId, r.Version, rows.Count(x => x.FormId == r.FormId), r.DeployedAt, r.DeployedBy))
            .OrderBy(f => f.FormId, StringComparer.Ordinal).ToList();
    }

    public Task<string?> ProcessXmlAsync(string key, int? version, CancellationToken ct) =>
        db.ProcessDefinitions.AsNoTracking().Where(p => p.Key == key && (version == null || p.Version == version))
            .OrderByDescending(p => p.Version).Select(p => p.BpmnXml).FirstOrDefaultAsync(ct);

    public async Task<(int Version, string Json)?> FormAsync(string formId, int? version, CancellationToken ct)
    {
        var row = await db.FormDefinitions.AsNoTracking().Where(f => f.FormId == formId && (version == null || f.Version == version))
            .OrderByDescending(f => f.Version).Select(f => new { f.Version, f.SchemaJson }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Version, row.SchemaJson);
    }

    public Task<List<VersionRow>> FormVersionsAsync(string formId, CancellationToken ct) =>
        db.FormDefinitions.AsNoTracking().Where(f => f.FormId == formId).OrderByDescending(f => f.Version)
            .Select(f => new VersionRow(f.Version, f.FormId, f.DeployedAt, f.DeployedBy, f.SourceName, 0)).ToListAsync(ct);
}
