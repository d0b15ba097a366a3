using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Approvals;

// The engine's IUserTaskPlanner for oa:approval: parse once per UserTask, resolve approvers on each
// activation. Tasks without oa:approval return null and run as modelled (zeebe:assignmentDefinition).
// processAdmins (by process key) is the host's fallback when the oa_processAdmins variable is absent.
public sealed class OaUserTaskPlanner(
    IOrgDirectory? org = null,
    Func<string, IReadOnlyList<string>>? processAdmins = null,
    ApprovalPolicyParser? parser = null) : IUserTaskPlanner
{
    public const string ProcessAdminsVariable = "oa_processAdmins";

    sealed record Compiled(ApprovalParseResult Parsed, IReadOnlyDictionary<string, string>? Extensions, IReadOnlyList<TaskTimeout>? Timeouts);

    // Definitions are cached by the engine, so their UserTask objects live as long as the definition.
    readonly ConditionalWeakTable<UserTask, Compiled> policies = new();
    readonly ConditionalWeakTable<IExpressionEvaluator, ConcurrentDictionary<string, ExpressionCompilation>> expressions = new();

    public ApprovalPolicy? PolicyOf(UserTask task, IExpressionEvaluator? evaluator = null) => Compile(task, evaluator).Parsed.Policy;

    public UserTaskPlan? Plan(UserTask task, PlanningContext context)
    {
        var compiled = Compile(task, context.Evaluator);
        if (compiled.Parsed.Policy is not { } policy)
        {
            if (compiled.Parsed.IsValid) return null;
            // Deploy-time validation should have rejected the model; never run half a policy.
            throw new ApprovalPlanningException(task.Id, string.Join("; ", compiled.Parsed.Problems.Select(p => p.Message)));
        }

        var directory = context.Org ?? org ?? throw new ApprovalPlanningException(task.Id, "oa:approval needs an IOrgDirectory");
        var resolver = new ApproverResolver(directory);
        var ctx = ToResolutionContext(task, context);
        var resolution = resolver.Resolve(policy, ctx);
        if (resolution is { AutoComplete: false, Approvers.Count: 0 })
            throw new ApprovalPlanningException(task.Id, string.Join("; ", resolution.Notes));
        var cc = resolver.ResolveCc(policy, ctx);
        return new UserTaskPlan(resolution.Approvers, policy.Method, policy.PassRatio,
            resolution.AutoComplete, resolution.AutoOutcome, PlanExtensions.Build(compiled.Extensions!, cc, resolution.Notes), compiled.Timeouts);
    }

    Compiled Compile(UserTask task, IExpressionEvaluator? evaluator) =>
        policies.GetValue(task, t =>
        {
            var p = parser ?? (evaluator is null ? ApprovalPolicyParser.Default : new ApprovalPolicyParser(evaluator));
            var parsed = p.Parse(t);
            return new Compiled(parsed, parsed.Policy is { } policy ? PlanExtensions.Fixed(policy) : null, TimeoutsOf(parsed.Policy));
        });

    // oa:timeout becomes engine timers on each planned task; the oa.timeouts extension stays for display.
    static IReadOnlyList<TaskTimeout>? TimeoutsOf(ApprovalPolicy? policy) =>
        policy is null || policy.Timeouts.Count == 0 ? null : policy.Timeouts.Select(t => new TaskTimeout(t.IsoDuration, t.Action switch
        {
            TimeoutAction.AutoApprove => TaskTimeoutAction.AutoApprove,
            TimeoutAction.AutoReject => TaskTimeoutAction.AutoReject,
            _ => TaskTimeoutAction.Remind,
        }, Math.Max(1, t.Repeat))).ToArray();

    ResolutionContext ToResolutionContext(UserTask task, PlanningContext context) => new(
        task.Id,
        context.Initiator,
        context.Variables,
        source => Evaluate(context, source),
        EarlierApprovers(task, context),
        context.Variables.TryGetValue(ProcessAdminsVariable, out var admins)
            ? ApproverValues.Users(admins).ToArray()
            : processAdmins?.Invoke(context.ProcessKey) ?? []);

    // Only approvals count for dedup, grouped by consecutive element; the task's own earlier rounds
    // (after a return) are ignored, otherwise a resubmitted request would skip its reviewers.
    static IReadOnlyList<IReadOnlyList<string>> EarlierApprovers(UserTask task, PlanningContext context)
    {
        var groups = new List<(string ElementId, List<string> Users)>();
        foreach (var t in context.CompletedTasks)
        {
            if (t.ElementId == task.Id) continue;
            if (groups.Count == 0 || groups[^1].ElementId != t.ElementId) groups.Add((t.ElementId, []));
            if (t.User is { } user && t.Outcome == ApproverResolution.Approve) groups[^1].Users.Add(user);
        }
        return groups.Select(g => (IReadOnlyList<string>)g.Users).ToArray();
    }

    (object? Value, string? Error) Evaluate(PlanningContext context, string source)
    {
        var cache = expressions.GetValue(context.Evaluator, _ => new ConcurrentDictionary<string, ExpressionCompilation>());
        var compiled = cache.GetOrAdd(source, context.Evaluator.Compile);
        if (!compiled.Success) return (null, compiled.Error ?? "does not compile");
        var value = context.Evaluator.Evaluate(compiled.Expression!, context.Variables);
        return value.IsError ? (null, value.Error) : (value.Value, null);
    }
}
