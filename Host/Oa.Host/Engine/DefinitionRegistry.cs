using Microsoft.EntityFrameworkCore;
using Oa.Forms.Schema;
using Oa.Host.Data;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// The published processes and forms, loaded from the database into the engine. Pages and APIs check the definitions
/// stamp before they read (<see cref="EnsureFreshAsync"/>), so a version published on one instance is listed on all of
/// them at once. Engine commands check it at most every <see cref="CheckInterval"/> (<see cref="EnsureRecentAsync"/>)
/// and at once when they meet a process key or definition hash this instance has not loaded.
/// </summary>
public sealed class DefinitionRegistry(IServiceScopeFactory scopes, ILogger<DefinitionRegistry> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, PublishedProcess> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, string Hash), PublishedProcess> _byHash = [];
    private readonly Dictionary<(string Key, int Version), PublishedProcess> _byVersion = [];
    private readonly Dictionary<string, PublishedForm> _latestForms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string FormId, int Version), PublishedForm> _forms = [];
    private long _stamp = -1;
    // When the stamp was last read (Environment.TickCount64): the check interval is about CPU, not business time.
    private long _checkedAt = long.MinValue / 2;
    // Loaded row ids. Not "everything above the highest id": two nodes publishing at once can commit ids out of
    // order (PostgreSQL hands out 7 and 8, the 8 commits first), and a high-water mark would skip the 7 for good.
    private readonly HashSet<long> _processIds = [], _formIds = [];
    private WorkflowRuntime? _runtime;

    /// <summary>Called once by <see cref="EngineHost"/>; definitions are loaded only through it, so the runtime is always there.</summary>
    public void Attach(WorkflowRuntime runtime) => _runtime = runtime;

    /// <summary>Whether any loaded version defines its own notification texts; while none does, notices skip the lookup.</summary>
    public bool AnyNotificationTexts { get; private set; }

    public IReadOnlyList<PublishedProcess> Latest { get { lock (_latest) return [.. _latest.Values]; } }

    public PublishedProcess? LatestOf(string key) { lock (_latest) return _latest.GetValueOrDefault(key); }

    public PublishedProcess? Find(string key, string? contentHash) { lock (_latest) return contentHash is null ? null : _byHash.GetValueOrDefault((key, contentHash)); }

    public PublishedProcess? Find(string key, int version) { lock (_latest) return _byVersion.GetValueOrDefault((key, version)); }

    public PublishedForm? LatestForm(string formId) { lock (_latest) return _latestForms.GetValueOrDefault(formId); }

    public PublishedForm? Form(string formId, int version) { lock (_latest) return _forms.GetValueOrDefault((formId, version)); }

    /// <summary>
    /// How stale the engine's command path may be about versions published on another instance (as OrgCache for the
    /// org). The stamp read was ~10% of an approval's wall time on SQLite; a miss (an unknown key or hash) reads at once.
    /// </summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    /// <summary>For engine commands: <see cref="EnsureFreshAsync"/> if the stamp was last read more than <see cref="CheckInterval"/> ago.</summary>
    public Task EnsureRecentAsync(CancellationToken ct = default) =>
        Environment.TickCount64 - Volatile.Read(ref _checkedAt) < CheckInterval.TotalMilliseconds ? Task.CompletedTask : EnsureFreshAsync(ct);

    /// <summary>Loads whatever was published since the last call (cheap when nothing changed: one stamp read).</summary>
    public async Task EnsureFreshAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var checkedAt = Environment.TickCount64;
        var stamp = await db.ReadAsync(ChangeStamps.Definitions, ct);
        if (stamp == Volatile.Read(ref _stamp))
        {
            Volatile.Write(ref _checkedAt, checkedAt);
            return;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (stamp == _stamp) return;
            var newForms = (await db.FormDefinitions.AsNoTracking().Select(f => f.Id).ToListAsync(ct)).Where(id => !_formIds.Contains(id)).ToList();
            var forms = await db.FormDefinitions.AsNoTracking().Where(f => newForms.Contains(f.Id)).OrderBy(f => f.Id).ToListAsync(ct);
            foreach (var f in forms) AddForm(f.FormId, f.Version, f.SchemaJson, f.Id);
            var newProcesses = (await db.ProcessDefinitions.AsNoTracking().Select(p => p.Id).ToListAsync(ct)).Where(id => !_processIds.Contains(id)).ToList();
            var processes = await db.ProcessDefinitions.AsNoTracking().Where(p => newProcesses.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
            foreach (var p in processes) AddProcess(p.Id, p.Key, p.Version, p.BpmnXml, p.SourceName);
            Volatile.Write(ref _stamp, stamp);
            Volatile.Write(ref _checkedAt, checkedAt);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void AddForm(string formId, int version, string json, long id)
    {
        var parsed = FormSchemaParser.Parse(json);
        _formIds.Add(id);
        if (parsed.Schema is null)
        {
            log.LogError("Stored form {FormId} v{Version} no longer parses; it is skipped", formId, version);
            return;
        }
        var form = new PublishedForm(formId, version, json, parsed.Schema);
        lock (_latest)
        {
            _forms[(formId, version)] = form;
            if (!_latestForms.TryGetValue(formId, out var current) || current.Version < version) _latestForms[formId] = form;
        }
    }

    private void AddProcess(long id, string key, int version, string xml, string? sourceName)
    {
        _processIds.Add(id);
        var result = (_runtime ?? throw new InvalidOperationException("Load definitions through EngineHost.PrepareAsync.")).Deploy(xml, sourceName);
        var definition = result.Processes.FirstOrDefault(p => p.Key == key);
        if (definition is null)
        {
            log.LogError("Stored process {Key} v{Version} does not deploy: {Problems}", key, version, string.Join("; ", result.Problems.Select(p => p.Message)));
            return;
        }
        var process = ProcessXml.Process(xml, key);
        var published = new PublishedProcess(id, key, version, definition.Name ?? key, definition.FormId, definition,
            ProcessXml.Settings(process, key).Settings, ProcessXml.StartPermissions(process, definition.NoneStartEvent?.Id));
        lock (_latest)
        {
            _byHash[(key, definition.ContentHash)] = published;
            _byVersion[(key, version)] = published;
            if (published.Settings.Notifications.Count > 0) AnyNotificationTexts = true;
            if (!_latest.TryGetValue(key, out var current) || current.Version < version) _latest[key] = published;
        }
    }
}
