using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Parsing;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Small in-process host for tests, the benchmark and simple deployments: deploys definitions,
// runs commands through the store with optimistic concurrency, and carries effects that cross
// instances (call activities, published messages, timers) to where they apply.
public sealed partial class WorkflowRuntime(IInstanceStore store, TimeProvider? clock = null, IOrgDirectory? org = null,
    ServiceTaskHandlers? handlers = null, IUserTaskPlanner? planner = null, IExpressionEvaluator? evaluator = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    // FEEL's now() and today() read the runtime's clock, so a fake clock moves them along with the timers.
    private readonly IExpressionEvaluator evaluator = evaluator ?? (clock is null ? FeelExpressionEvaluator.Instance : new FeelExpressionEvaluator(Oa.Feel.FeelEngine.For(clock)));
    private readonly Dictionary<string, ProcessDefinition> latest = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Hash, string Key), ProcessDefinition> versions = [];
    private readonly Lock gate = new();

    public IInstanceStore Store { get; } = store;

    public IReadOnlyCollection<ProcessDefinition> Definitions { get { lock (gate) return latest.Values.ToArray(); } }

    // Deploys every process of the model (the newest version wins for new instances).
    public BpmnParseResult Deploy(string xml, string? sourceName = null)
    {
        var result = BpmnParser.Parse(xml, sourceName);
        if (!result.IsValid) return result;
        lock (gate)
        {
            var known = latest.Keys.Concat(result.Processes.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
            var problems = BpmnParser.CheckCalledElements(result.Processes, known);
            if (problems.Count > 0) return new BpmnParseResult([], problems);
            foreach (var p in result.Processes)
            {
                latest[p.Key] = p;
                versions[(p.ContentHash, p.Key)] = p;
                ScheduleStartTimers(p);
            }
        }
        return result;
    }

    public ProcessDefinition? Definition(string key) { lock (gate) return latest.GetValueOrDefault(key); }

    private ExecutionContext Context() => new(clock.GetUtcNow(), evaluator, org, handlers, planner);

    public Task<InstanceState> StartAsync(string processKey, string? businessKey = null, string? initiator = null,
        IReadOnlyDictionary<string, JsonElement>? variables = null, string? instanceId = null, string? startEventId = null) =>
        RunAsync(new Work(instanceId ?? Guid.NewGuid().ToString("N"), new StartInstance("", businessKey, initiator, variables, startEventId), processKey));

    public Task<InstanceState> CompleteTaskAsync(string taskId, string? user, IReadOnlyDictionary<string, JsonElement>? variables = null, string? outcome = null) =>
        RunAsync(new Work(OwnerOf(taskId), new CompleteTask(taskId, user, variables, outcome)));

    public Task<InstanceState> FireTimerAsync(string timerId) => RunAsync(new Work(OwnerOf(timerId), new FireTimer(timerId)));

    public Task<InstanceState> CompleteJobAsync(string jobId, IReadOnlyDictionary<string, JsonElement>? variables = null) =>
        RunAsync(new Work(OwnerOf(jobId), new CompleteJob(jobId, variables)));

    public Task<InstanceState> FailJobAsync(string jobId, int retries, string? error = null) =>
        RunAsync(new Work(OwnerOf(jobId), new FailJob(jobId, retries, error)));

    public Task<InstanceState> ExecuteAsync(string instanceId, EngineCommand command) => RunAsync(new Work(instanceId, command));

    // Ids the executor hands out are "{instanceId}.{n}", so any task/timer/job id names its instance.
    public static string OwnerOf(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot > 0 ? id[..dot] : throw new EngineException(EngineErrorCode.InvalidCommand, $"'{id}' is not an engine id.");
    }
}
