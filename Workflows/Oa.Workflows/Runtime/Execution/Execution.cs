using System.Collections.Immutable;
using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// One command's working copy of an instance: builders over the immutable input, thrown away on failure.
internal sealed partial class Execution
{
    // Not readonly: a migration switches the instance to its target definition mid-command.
    private ProcessDefinition def;
    private readonly ExecutionContext ctx;
    private readonly InstanceState? input;
    private InstanceState head;
    private readonly ImmutableList<Token>.Builder tokens;
    private readonly ImmutableList<TaskBookmark>.Builder tasks;
    private readonly ImmutableList<TimerBookmark>.Builder timers;
    private readonly ImmutableList<MessageBookmark>.Builder subscriptions;
    private readonly ImmutableList<JobBookmark>.Builder jobs;
    private readonly ImmutableList<ChildBookmark>.Builder children;
    private readonly ImmutableList<Incident>.Builder incidents;
    private readonly ImmutableList<BufferedMessage>.Builder buffer;
    private readonly ImmutableList<CompletedTask>.Builder completedTasks;
    private ImmutableSortedDictionary<string, JsonElement>.Builder variables;
    private readonly Queue<string> agenda = new();
    private long sequence;

    public Execution(ProcessDefinition definition, InstanceState? state, ExecutionContext context)
    {
        def = definition;
        ctx = context;
        input = state;
        head = state ?? new InstanceState { InstanceId = "", ProcessKey = definition.Key };
        if (state is not null && state.ProcessKey != definition.Key)
            throw new EngineException(EngineErrorCode.DefinitionMismatch, $"Instance '{state.InstanceId}' runs process '{state.ProcessKey}', not '{definition.Key}'.");
        tokens = head.Tokens.ToBuilder();
        tasks = head.Tasks.ToBuilder();
        timers = head.Timers.ToBuilder();
        subscriptions = head.Subscriptions.ToBuilder();
        jobs = head.Jobs.ToBuilder();
        children = head.Children.ToBuilder();
        incidents = head.Incidents.ToBuilder();
        buffer = head.MessageBuffer.ToBuilder();
        completedTasks = head.CompletedTasks.ToBuilder();
        variables = head.Variables.ToBuilder();
        sequence = head.Sequence;
    }

    public List<EngineEffect> Effects { get; } = [];

    private DateTimeOffset Now => ctx.Now;

    private string InstanceId => head.InstanceId;

    private bool Ended => head.IsEnded;

    // Run ready tokens until none remain; then let waiting inclusive joins and buffered messages move.
    public void RunToQuiescence()
    {
        while (true)
        {
            while (agenda.TryDequeue(out var id))
            {
                if (Ended) return;
                if (FindToken(id) is not { } token) continue;
                if (token.State == TokenState.Ready) Enter(token);
                else if (token.State == TokenState.Completed) Leave(token);
            }
            if (Ended || !(TryFireInclusiveJoin() || TryCorrelateBuffered())) return;
        }
    }

    public InstanceState Build()
    {
        var status = head.Status;
        if (status is InstanceStatus.Running or InstanceStatus.Incident)
            status = incidents.Count > 0 ? InstanceStatus.Incident : InstanceStatus.Running;
        return head with
        {
            Status = status,
            Version = (input?.Version ?? 0) + 1,
            Sequence = sequence,
            Variables = variables.ToImmutable(),
            Tokens = tokens.ToImmutable(),
            Tasks = tasks.ToImmutable(),
            Timers = timers.ToImmutable(),
            Subscriptions = subscriptions.ToImmutable(),
            Jobs = jobs.ToImmutable(),
            Children = children.ToImmutable(),
            Incidents = incidents.ToImmutable(),
            MessageBuffer = buffer.ToImmutable(),
            CompletedTasks = completedTasks.ToImmutable(),
        };
    }

    private string NewId() => $"{InstanceId}.{++sequence}";

    private FlowNode NodeOf(Token token) => def.Node(token.ElementId)
        ?? throw new EngineException(EngineErrorCode.ElementNotFound, $"Element '{token.ElementId}' is not in process '{def.Key}'.");

    private void History(string type, FlowNode? node, string? user = null, string? data = null) =>
        Effects.Add(new HistoryEvent(type, node?.Id, node?.Name, user, Now, data));

    private static string Data(params ReadOnlySpan<(string Key, object? Value)> pairs) => HistoryData.Write(pairs);

}
