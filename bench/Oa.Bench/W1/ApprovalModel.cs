using System.Reflection;
using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Parsing;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using ExecutionContext = Oa.Workflows.Runtime.ExecutionContext;

namespace Oa.Bench.W1;

// The three operations of W1, shared by every "ours" mode so they differ only in where state lives.
// Mirrors the peer: start with {approved:false, applicant}, the manager sets approved=true on taskA,
// HR completes taskB. The definition is parsed once, as the peer pre-parses its sourceContext.
public static class ApprovalModel
{
    public static readonly ProcessDefinition Definition = Parse(Resource("approval.bpmn"), "approval");

    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false);
    private static readonly IReadOnlyDictionary<string, JsonElement> Approve =
        new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(true) };

    public static ExecutionResult Start(string instanceId, int i)
    {
        var variables = new Dictionary<string, JsonElement>
        {
            ["approved"] = False,
            ["applicant"] = JsonSerializer.SerializeToElement("emp" + i),
        };
        return Executor.Run(Definition, null, new StartInstance(instanceId, null, "emp" + i, variables), Context());
    }

    public static ExecutionResult CompleteA(InstanceState state) =>
        Executor.Run(Definition, state, new CompleteTask(OpenTask(state, "taskA"), "mgr", Approve), Context());

    public static ExecutionResult CompleteB(InstanceState state) =>
        Executor.Run(Definition, state, new CompleteTask(OpenTask(state, "taskB"), "hr"), Context());

    // A wrong path (e.g. the condition silently false) would make every figure meaningless, so check.
    public static void AssertCompleted(InstanceState state)
    {
        if (state.Status != InstanceStatus.Completed || state.CompletedTasks.Count != 2)
            throw new InvalidOperationException($"Instance {state.InstanceId} ended {state.Status} after {state.CompletedTasks.Count} tasks, expected Completed after 2.");
    }

    // A new context per command, as WorkflowRuntime does (the clock is read once per command).
    private static ExecutionContext Context() => new(DateTimeOffset.UtcNow, FeelExpressionEvaluator.Instance);

    private static string OpenTask(InstanceState state, string elementId)
    {
        foreach (var task in state.Tasks)
            if (task.ElementId == elementId) return task.TaskId;
        throw new InvalidOperationException($"Instance {state.InstanceId} has no open task at {elementId}.");
    }

    public static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded model {name} missing.");
        return new StreamReader(stream).ReadToEnd();
    }

    public static ProcessDefinition Parse(string xml, string key)
    {
        var result = BpmnParser.Parse(xml, key + ".bpmn");
        if (!result.IsValid) throw new InvalidOperationException(string.Join("\n", result.Problems));
        return result.Process(key) ?? throw new InvalidOperationException($"Process {key} not in model.");
    }
}
