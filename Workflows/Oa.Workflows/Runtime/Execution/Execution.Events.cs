using System.Collections.Immutable;
using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private void EnterEndEvent(Token token, EndEvent end)
    {
        History("ElementCompleted", end);
        switch (end.Kind)
        {
            case EventKind.Terminate:
                // BPMN 10.5.3: "all activities in the Process [or sub-process] are immediately ended".
                Remove(token);
                foreach (var sibling in ChildrenOf(token.ParentId)) Cancel(sibling, "terminated");
                if (token.ParentId is null) EndInstance(InstanceStatus.Terminated);
                else CompleteScopeIfEmpty(token.ParentId);
                break;
            case EventKind.Error:
                Remove(token);
                ThrowError(Parent(token), end.ErrorCode ?? "", $"error end event '{end.Id}'");
                break;
            case EventKind.Message:
                Publish(token, end.Message!);
                Consume(token);
                break;
            default:
                Consume(token);
                break;
        }
    }

    private void EnterThrowEvent(Token token, IntermediateThrowEvent throwEvent)
    {
        if (throwEvent.Kind == EventKind.Message) Publish(token, throwEvent.Message!);
        Complete(token);
    }

    private void Publish(Token token, MessageDefinition message)
    {
        var name = EvalText(message.Name, token, "message name") ?? "";
        var key = message.CorrelationKey is null ? "" : EvalText(message.CorrelationKey, token, "correlation key") ?? "";
        Effects.Add(new MessagePublished(name, key, Scope(token).Flatten()));
    }

    private void EnterCatchEvent(Token token, IntermediateCatchEvent c)
    {
        var waiting = token with { State = TokenState.Active };
        Put(waiting);
        if (c.Kind == EventKind.Timer) OpenTimer(waiting, c.Id, c.Timer!, null);
        else OpenSubscription(waiting, c.Id, c.Message!, waiting);
    }

    private void OpenTimer(Token owner, string elementId, TimerDefinition timer, Token? scope)
    {
        var text = EvalText(timer.Value, scope ?? owner, "timer") ?? "";
        if (!Iso8601.TryScheduleTimer(timer.Kind, text, Now, out var due, out var cycle, out var repeats, out var error))
            throw new ElementFailure("TimerFailed", $"Timer of '{elementId}': {error}");
        var bookmark = new TimerBookmark(NewId(), owner.Id, elementId, due, cycle, repeats);
        timers.Add(bookmark);
        Effects.Add(new TimerScheduled(bookmark.TimerId, InstanceId, elementId, due, cycle));
    }

    private void OpenSubscription(Token owner, string elementId, MessageDefinition message, Token scope)
    {
        var name = EvalText(message.Name, scope, "message name") ?? "";
        var key = message.CorrelationKey is null ? "" : EvalText(message.CorrelationKey, scope, "correlation key") ?? "";
        subscriptions.Add(new MessageBookmark(NewId(), owner.Id, elementId, name, key));
        Effects.Add(new MessageSubscriptionOpened(InstanceId, elementId, name, key));
    }

    // A timer fired or a message was correlated for (token, element).
    private void Trigger(Token token, string elementId, IReadOnlyDictionary<string, JsonElement>? values)
    {
        var node = def.Node(elementId)!;
        if (node is BoundaryEvent boundary)
        {
            // BPMN 10.5.4: an interrupting boundary event cancels the activity; a non-interrupting one forks.
            if (boundary.CancelActivity) Cancel(token, $"boundary event '{boundary.Id}'");
            var fork = NewToken(boundary, token.ParentId, TokenState.Ready);
            SetVariables(token.ParentId, values, boundary);
            Schedule(fork);
            return;
        }
        if (NodeOf(token) is EventBasedGateway gateway)
        {
            CloseWaits(token.Id, $"event '{elementId}' occurred first");
            History("ElementCompleted", gateway);
            History("ElementActivated", node);
            SetVariables(token.ParentId, values, node);
            Complete(token with { ElementId = elementId });
            return;
        }
        CompleteActivity(token, values);
    }

    private void ThrowError(Token? from, string errorCode, string source)
    {
        for (var current = from; current is not null; current = Parent(current))
        {
            if (IsInner(current) || NodeOf(current) is not Activity activity) continue;
            var catcher = activity.BoundaryEvents.FirstOrDefault(b => b.Kind == EventKind.Error && b.ErrorCode == errorCode)
                ?? activity.BoundaryEvents.FirstOrDefault(b => b.Kind == EventKind.Error && b.ErrorCode is null);
            if (catcher is null) continue;
            History("ErrorCaught", catcher, data: Data(("errorCode", errorCode), ("source", source)));
            Cancel(current, $"error '{errorCode}'");
            Schedule(NewToken(catcher, current.ParentId, TokenState.Ready));
            return;
        }
        History("ErrorUncaught", null, data: Data(("errorCode", errorCode), ("source", source)));
        EndInstance(InstanceStatus.Errored, errorCode);
    }

    private static ImmutableSortedDictionary<string, JsonElement> ToLocals(IReadOnlyDictionary<string, JsonElement>? values) =>
        values is null ? ImmutableSortedDictionary<string, JsonElement>.Empty : ImmutableSortedDictionary.CreateRange(values);
}
