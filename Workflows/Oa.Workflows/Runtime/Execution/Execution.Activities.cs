using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private void EnterActivity(Token token, Activity activity)
    {
        if (!IsInner(token))
        {
            if (activity.Loop is not null)
            {
                StartMultiInstance(token, activity);
                return;
            }
            if (activity is UserTask user && ctx.Planner is not null && TryStartPlanned(token, user)) return;
        }
        var active = token with { State = TokenState.Active, Via = null };
        if (activity.Inputs.Count > 0)
        {
            var locals = active.Locals ?? ToLocals(null);
            foreach (var mapping in activity.Inputs)
            {
                var value = Eval(mapping.Source, active with { Locals = locals }, $"input '{mapping.Target}'");
                var (name, assigned) = Assign(Scope(active with { Locals = locals }), mapping.Target, value);
                locals = locals.SetItem(name, assigned);
            }
            active = active with { Locals = locals };
        }
        Put(active);
        if (!IsInner(active)) OpenBoundaryEvents(active, activity);
        switch (activity)
        {
            case UserTask u: CreateUserTask(active, u); break;
            case ServiceTask s: RunServiceTask(active, s); break;
            case ReceiveTask r: OpenSubscription(active, r.Id, r.Message, active); break;
            case SubProcess sp: Schedule(NewToken(sp.StartEvent!, active.Id, TokenState.Ready)); break;
            case CallActivity call: StartChild(active, call); break;
            default: CompleteActivity(active, null); break; // abstract and manual tasks pass through
        }
    }

    private void OpenBoundaryEvents(Token token, Activity activity)
    {
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Kind == EventKind.Timer) OpenTimer(token, boundary.Id, boundary.Timer!, token);
            else if (boundary.Kind == EventKind.Message) OpenSubscription(token, boundary.Id, boundary.Message!, token);
        }
    }

    // Completion variables become locals when output mappings exist (the mappings decide what
    // leaves the activity); otherwise they propagate outwards from the activity's parent scope.
    private void CompleteActivity(Token token, IReadOnlyDictionary<string, JsonElement>? values, bool propagate = true, string? outcome = null)
    {
        var activity = NodeOf(token);
        var outputs = activity switch { Activity a => a.Outputs, IntermediateCatchEvent c => c.Outputs, _ => [] };
        if (outputs.Count > 0)
        {
            var scoped = values is null ? token : token with { Locals = (token.Locals ?? ToLocals(null)).SetItems(values) };
            Put(scoped);
            var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var mapping in outputs)
            {
                var value = Eval(mapping.Source, scoped, $"output '{mapping.Target}'");
                var (name, assigned) = Assign(Scope(Parent(scoped)), mapping.Target, value);
                results[name] = assigned;
            }
            SetVariables(token.ParentId, results, activity);
            token = scoped;
        }
        else if (propagate)
        {
            SetVariables(token.ParentId, values, activity);
        }
        CloseWaits(token.Id, null);
        if (IsInner(token))
        {
            OnInnerCompleted(token, outcome);
            return;
        }
        Complete(token with { Locals = null, Loop = null });
    }

    private void StartChild(Token token, CallActivity call)
    {
        var processKey = EvalText(call.CalledElement, token, "called element");
        if (string.IsNullOrEmpty(processKey))
            throw new ElementFailure("ExpressionFailed", $"Call activity '{call.Id}' has no process id.");
        var values = call.PropagateAllParentVariables ? Scope(token).Flatten() : new Dictionary<string, JsonElement>(token.Locals ?? ToLocals(null));
        var child = new ChildBookmark(NewId(), token.Id, call.Id, processKey);
        children.Add(child);
        Effects.Add(new StartChildInstance(child.ChildInstanceId, InstanceId, call.Id, processKey, values, head.BusinessKey, head.Initiator));
    }
}
