using System.Runtime.CompilerServices;
using System.Text.Json;
using Oa.Workflows.Approvals;
using Oa.Workflows.Model;
using Oa.Workflows.Parsing;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Approvals;

// Drives one instance through the real executor with OaUserTaskPlanner, saving and reloading the
// state after every command as the host does.
internal sealed class ApprovalRun
{
    readonly ProcessDefinition definition;
    readonly Oa.Workflows.Runtime.ExecutionContext context;
    readonly List<EngineEffect> effects = [];
    InstanceState state = null!;

    ApprovalRun(ProcessDefinition definition, Oa.Workflows.Runtime.ExecutionContext context)
    {
        this.definition = definition;
        this.context = context;
    }

    public static ApprovalRun Start(string fixture, string processKey, string initiator, object? variables = null,
        FakeOrgDirectory? org = null, IReadOnlyList<string>? admins = null)
    {
        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(Here(), fixture)), fixture);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Problems));
        var definition = parsed.Process(processKey)!;
        var planner = new OaUserTaskPlanner(processAdmins: _ => admins ?? []);
        var context = new Oa.Workflows.Runtime.ExecutionContext(DateTimeOffset.Parse("2026-12-01T09:00:00+08:00"), FeelExpressionEvaluator.Instance,
            org ?? SampleOrg.Create(), Planner: planner);
        var run = new ApprovalRun(definition, context);
        run.Apply(null, new StartInstance("i-1", null, initiator, Approval.Variables(variables)));
        return run;
    }

    public IReadOnlyList<EngineEffect> Effects => effects;

    public InstanceStatus Status => state.Status;

    public IReadOnlyList<string> Assignees => state.Tasks.Select(t => t.Assignee ?? "").ToList();

    public IReadOnlyList<UserTaskInfo> Created => effects.OfType<TaskCreated>().Select(t => t.Task).ToList();

    public bool Reached(string elementId) =>
        effects.OfType<HistoryEvent>().Any(h => h.Type == "ElementCompleted" && h.ElementId == elementId);

    public string? Variable(string name) => state.Variables.TryGetValue(name, out var v) ? v.ToString() : null;

    public ApprovalRun Complete(string user, string outcome)
    {
        var task = state.Tasks.SingleOrDefault(t => t.Assignee == user)
            ?? throw new InvalidOperationException($"{user} has no open task; open: {string.Join(", ", Assignees)}");
        Apply(state, new CompleteTask(task.TaskId, user, Outcome: outcome));
        return this;
    }

    public InstanceState State => state;

    public TaskBookmark TaskOf(string user) => state.Tasks.SingleOrDefault(t => t.Assignee == user)
        ?? throw new InvalidOperationException($"{user} has no open task; open: {string.Join(", ", Assignees)}");

    public IReadOnlyList<string> HistoryTypes => effects.OfType<HistoryEvent>().Select(h => h.Type).ToList();

    // Any command against the current (saved and reloaded) state.
    public ApprovalRun Do(Func<InstanceState, EngineCommand> command)
    {
        Apply(state, command(state));
        return this;
    }

    void Apply(InstanceState? current, EngineCommand command)
    {
        var result = Executor.Run(definition, current, command, context);
        effects.AddRange(result.Effects);
        state = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(result.State));
    }

    static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
