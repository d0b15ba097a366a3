using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using ExecutionContext = Oa.Workflows.Runtime.ExecutionContext;

namespace Oa.Workflows.Tests.Support;

// Drives one instance through Executor.Run. After every command the state is saved and loaded
// (serialised and read back), asserted identical, and the next command runs on the reloaded copy.
public sealed class Harness(ProcessDefinition definition)
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = T0;
    public InstanceState? State { get; private set; }
    public List<EngineEffect> Effects { get; } = [];
    public List<EngineEffect> LastEffects { get; private set; } = [];
    public IUserTaskPlanner? Planner { get; set; }
    public ServiceTaskHandlers? Handlers { get; set; }

    public static Harness For(string fixture, string? key = null) => new(Fixture.Process(fixture, key));

    public ExecutionResult Run(EngineCommand command)
    {
        var before = State is null ? null : InstanceStateSerializer.Serialize(State);
        var result = Executor.Run(definition, State, command, new ExecutionContext(Now, FeelExpressionEvaluator.Instance, null, Handlers, Planner));
        if (before is not null) Assert.Equal(before, InstanceStateSerializer.Serialize(State!)); // input never mutated
        var json = InstanceStateSerializer.Serialize(result.State);
        var reloaded = InstanceStateSerializer.Deserialize(json);
        Assert.Equal(json, InstanceStateSerializer.Serialize(reloaded));
        State = reloaded;
        LastEffects = [.. result.Effects];
        Effects.AddRange(result.Effects);
        return result;
    }

    public Harness Start(object? variables = null, string? initiator = "zhangsan", string? startEventId = null)
    {
        Run(new StartInstance("inst", "BK-1", initiator, variables is null ? null : Vars.Of(variables), startEventId));
        return this;
    }

    public TaskBookmark Task(string elementId) =>
        State!.Tasks.FirstOrDefault(t => t.ElementId == elementId) ?? throw new Xunit.Sdk.XunitException($"No open task at '{elementId}'. Open: {string.Join(", ", OpenTaskElements)}");

    public IEnumerable<string> OpenTaskElements => State!.Tasks.Select(t => t.ElementId);

    public Harness Complete(string elementId, object? variables = null, string? outcome = null, string? user = "lisi")
    {
        Run(new CompleteTask(Task(elementId).TaskId, user, variables is null ? null : Vars.Of(variables), outcome));
        return this;
    }

    public Harness FireTimer(string elementId)
    {
        var timer = State!.Timers.First(t => t.ElementId == elementId);
        Now = timer.DueAt;
        Run(new FireTimer(timer.TimerId));
        return this;
    }

    public JsonElement Var(string name) => State!.Variables[name];

    public InstanceStatus Status => State!.Status;

    public IEnumerable<string> ActiveElements => State!.Tokens.Select(t => t.ElementId).Distinct().Order();

    public int CountHistory(string type, string? elementId = null) =>
        Effects.OfType<HistoryEvent>().Count(h => h.Type == type && (elementId is null || h.ElementId == elementId));
}
