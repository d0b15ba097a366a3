using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Engine;
using Oa.Host.Identity;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>实例迁移: pick a process and two of its versions, adjust the mapping pre-filled by equal ids, dry run, then
/// execute. Execution walks all batches here, so one click migrates every open instance that can move.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class MigrateModel(InstanceMigrations migrations, EngineHost engine) : PageModel
{
    public IReadOnlyList<(string Key, string Name)> Processes { get; private set; } = [];
    public IReadOnlyList<(int Version, int Open)> Versions { get; private set; } = [];
    public string? ProcessKey { get; private set; }
    public int? Source { get; private set; }
    public int? Target { get; private set; }
    /// <summary>Until chosen: from the newest older version that still has open instances, to the latest.</summary>
    public int? DefaultTarget => Target ?? Versions.FirstOrDefault().Version;
    public int? DefaultSource => Source ?? Versions.Skip(1).FirstOrDefault(v => v.Open > 0).Version;
    public MigrationSetup? Setup { get; private set; }
    public IReadOnlyDictionary<string, string> Mapping { get; private set; } = new Dictionary<string, string>();
    public MigrationReport? Report { get; private set; }
    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(string? processKey, int? source, int? target, CancellationToken ct) =>
        LoadAsync(processKey, source, target, null, ct);

    public async Task<IActionResult> OnPostDryRunAsync(string? processKey, int? source, int? target, Dictionary<string, string>? map, CancellationToken ct)
    {
        var outcome = await migrations.DryRunAsync(User, BuildRequest(processKey, source, target, map, null), ct);
        return await AfterAsync(processKey, source, target, map, outcome, ct);
    }

    public async Task<IActionResult> OnPostExecuteAsync(string? processKey, int? source, int? target, Dictionary<string, string>? map, string? reason, CancellationToken ct)
    {
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var request = BuildRequest(processKey, source, target, map, reason);
        var all = new List<MigrationInstanceReport>();
        while (true)
        {
            var outcome = await migrations.ExecuteAsync(User, request, ip, ct);
            if (outcome is not MigrationDone { Report: var batch }) return await AfterAsync(processKey, source, target, map, outcome, ct);
            all.AddRange(batch.Instances);
            if (batch.Next is null) break;
            request = request with { After = batch.Next };
        }
        var report = new MigrationReport(false, all.Count, all.Count(r => r.CanMigrate), all.Count(r => r.Migrated), all.Count(r => r.Blockers.Count > 0), all, null);
        return await AfterAsync(processKey, source, target, map, new MigrationDone(report), ct);
    }

    private static MigrationRequest BuildRequest(string? key, int? source, int? target, Dictionary<string, string>? map, string? reason) =>
        new(key, source, target, map?.Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToDictionary(m => m.Key, m => m.Value), Reason: reason);

    private async Task<IActionResult> AfterAsync(string? key, int? source, int? target, Dictionary<string, string>? map, Outcome outcome, CancellationToken ct)
    {
        switch (outcome)
        {
            case Missing: return NotFound();
            case Refused: return Forbid();
            case Invalid i: Error = i.Message; break;
            case MigrationDone d: Report = d.Report; break;
        }
        return await LoadAsync(key, source, target, map, ct);
    }

    private async Task<IActionResult> LoadAsync(string? key, int? source, int? target, Dictionary<string, string>? map, CancellationToken ct)
    {
        (ProcessKey, Source, Target) = (key, source, target);
        await engine.PrepareAsync(ct);
        var keys = ProcessAdminScope.Keys(User, engine);
        Processes = engine.Definitions.Latest.Where(p => keys is null || keys.Contains(p.Key)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Key, p.Name)).ToList();
        if (string.IsNullOrWhiteSpace(key)) return Page();
        if (!Processes.Any(p => p.Key == key)) return engine.Definitions.LatestOf(key) is null ? NotFound() : Forbid();
        Versions = await migrations.VersionsAsync(key, ct);
        if (source is null || target is null) return Page();
        switch (await migrations.SetupAsync(User, new MigrationRequest(key, source, target), ct))
        {
            case MigrationReady r:
                Setup = r.Setup;
                Mapping = map ?? new Dictionary<string, string>(r.Setup.Mapping);
                break;
            case Invalid i: Error ??= i.Message; break;
        }
        return Page();
    }
}
