using System.Text.Json;
using Oa.Host.Features.Org;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// The workflow engine inside the host: one <see cref="WorkflowRuntime"/> over the EF store. Before each command
/// it refreshes the organisation snapshot and the published definitions (both checked at most every 2 s, and at
/// once for a process this instance has not loaded), then runs the command under the caller's audit (user, comment,
/// client address), which the store writes in the command's transaction.
/// </summary>
public sealed class EngineHost
{
    private readonly OrgCache _org;
    private readonly EfInstanceStore _store;
    private readonly Features.Deputies.DeputyRouter _deputies;
    private readonly LiveOrgDirectory _directory;
    private readonly OaUserTaskPlanner _planner;
    private readonly TimeProvider _clock;
    private readonly Operations.Monitoring.OaMetrics? _metrics;

    public EngineHost(EfInstanceStore store, DefinitionRegistry definitions, OrgCache org, TimeProvider clock, Features.Deputies.DeputyRouter deputies,
        Operations.Monitoring.OaMetrics? metrics = null)
    {
        _metrics = metrics;
        _org = org;
        _store = store;
        _deputies = deputies;
        Definitions = definitions;
        _clock = clock;
        _directory = new LiveOrgDirectory(org);
        _planner = new OaUserTaskPlanner(_directory, key => definitions.LatestOf(key)?.Settings.Admins ?? []);
        Runtime = new WorkflowRuntime(store, clock, _directory, handlers: null, planner: _planner) { RecordEffects = false };
        definitions.Attach(Runtime);
    }

    public WorkflowRuntime Runtime { get; }

    public DefinitionRegistry Definitions { get; }

    /// <summary>A throwaway engine in memory with the same org chart and approval planner (for previews); nothing it does is stored.</summary>
    public WorkflowRuntime ScratchRuntime() => new(new InMemoryInstanceStore(), _clock, _directory, planner: _planner) { RecordEffects = false };

    public async Task PrepareAsync(CancellationToken ct = default)
    {
        await _org.GetAsync(ct);
        await Definitions.EnsureFreshAsync(ct);
    }

    /// <summary>
    /// The command path's refresh: pages call <see cref="PrepareAsync"/> (exact), commands accept definitions up to
    /// <see cref="DefinitionRegistry.CheckInterval"/> old. A key this instance does not know (published a moment ago,
    /// maybe on another instance) is looked up at once; so is a definition hash an instance was started with
    /// (<see cref="EfInstanceStore.LoadAsync"/>).
    /// </summary>
    private async Task PrepareCommandAsync(string? processKey, CancellationToken ct)
    {
        await _org.GetAsync(ct);
        await Definitions.EnsureRecentAsync(ct);
        if (processKey is not null && Definitions.LatestOf(processKey) is null) await Definitions.EnsureFreshAsync(ct);
    }

    public async Task<InstanceState> StartAsync(string processKey, string instanceId, string initiator, string? businessKey,
        IReadOnlyDictionary<string, JsonElement> variables, CommandAudit audit, CancellationToken ct = default)
    {
        await PrepareCommandAsync(processKey, ct);
        InstanceState state;
        await using var scope = _store.BeginCommand();
        using (CommandAudit.Begin(audit))
            state = await Operations.Monitoring.EngineTiming.TimeAsync(_metrics, "StartInstance",
                () => Runtime.StartAsync(processKey, businessKey, initiator, variables, instanceId));
        if (HasAssignedTasks(state)) await _deputies.RouteAsync(this, instanceId, ct);
        return state;
    }

    public async Task<string?> SerialOfAsync(string instanceId, CancellationToken ct) =>
        await _store.SerialOfAsync(instanceId, ct);

    public async Task<InstanceState> ExecuteAsync(string instanceId, EngineCommand command, CommandAudit audit, CancellationToken ct = default)
    {
        await PrepareCommandAsync(null, ct);
        InstanceState state;
        await using var scope = _store.BeginCommand();
        using (CommandAudit.Begin(audit))
            state = await Operations.Monitoring.EngineTiming.TimeAsync(_metrics, command.GetType().Name, () => Runtime.ExecuteAsync(instanceId, command));
        // 代理: tasks this command gave to someone who is away move on to their deputy (not for that move itself).
        if (audit.Action != "deputy" && HasAssignedTasks(state)) await _deputies.RouteAsync(this, instanceId, ct);
        return state;
    }

    // Routing only moves open tasks that have an assignee; without one (the last approval, a pool task) it has nothing to read.
    private static bool HasAssignedTasks(InstanceState state) => state.Tasks.Any(t => t.Assignee is not null);
}
