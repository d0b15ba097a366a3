using System.Collections.Immutable;
using System.Text.Json;
using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

// Multi-instance as in Camunda 8: a body token holds the counters, inner instances are its children
// with loopCounter and inputElement as locals; boundary events attach to the body.
internal sealed partial class Execution
{
    private void StartMultiInstance(Token token, Activity activity)
    {
        var loop = activity.Loop!;
        var collection = Eval(loop.InputCollection, token, "inputCollection");
        if (collection.ValueKind != JsonValueKind.Array)
            throw new ElementFailure("ExpressionFailed", $"inputCollection '{loop.InputCollection.Source}' of '{activity.Id}' is not a list.");
        var items = collection.EnumerateArray().Select(e => e.Clone()).ToImmutableList();
        var outputs = loop.OutputCollection is null ? null : Enumerable.Repeat(JsonValues.Null, items.Count).ToImmutableList();
        StartBody(token, activity, new MultiInstanceState(items.Count, 0, 0, 0, items, outputs), loop.IsSequential);
    }

    private void StartBody(Token token, Activity activity, MultiInstanceState loop, bool sequential)
    {
        var body = token with { State = TokenState.Active, Via = null, Loop = loop };
        Put(body);
        OpenBoundaryEvents(body, activity);
        if (loop.Total == 0)
        {
            FinishBody(body, activity);
            return;
        }
        for (var i = 0; i < (sequential ? 1 : loop.Total); i++) SpawnInner(FindToken(body.Id)!, activity);
    }

    private void SpawnInner(Token body, Activity activity)
    {
        var loop = body.Loop!;
        var index = loop.NextIndex;
        var locals = ImmutableSortedDictionary<string, JsonElement>.Empty.Add("loopCounter", JsonValues.Of(index + 1));
        if (activity.Loop?.InputElement is { } element) locals = locals.SetItem(element, loop.Items[index]);
        Put(body with { Loop = loop with { NextIndex = index + 1, Active = loop.Active + 1 } });
        Schedule(new Token(NewId(), activity.Id, body.Id, TokenState.Ready, Locals: locals, LoopCounter: index + 1));
    }

    private void OnInnerCompleted(Token inner, string? outcome)
    {
        var body = Parent(inner)!;
        var activity = (Activity)NodeOf(body);
        var loop = body.Loop!;
        var outputs = loop.Outputs;
        if (outputs is not null && activity.Loop?.OutputElement is { } outputElement)
            outputs = outputs.SetItem(inner.LoopCounter!.Value - 1, Eval(outputElement, inner, "outputElement"));
        Remove(inner);
        History("ElementCompleted", activity, data: Data(("loopCounter", inner.LoopCounter!.Value)));
        loop = loop with { Completed = loop.Completed + 1, Active = loop.Active - 1, Outputs = outputs };
        body = body with { Loop = loop };
        Put(body);
        var sequential = loop.Approval is { } a ? a.Mode == Ports.ApproveMode.Sequential : activity.Loop!.IsSequential;
        string? decision = null;
        bool done;
        if (loop.Approval is not null)
        {
            (body, decision) = Decide(body, outcome);
            done = decision is not null;
        }
        else
        {
            done = loop.Completed == loop.Total || (activity.Loop!.CompletionCondition is { } condition && EvalCondition(condition, body, Counters(loop)));
        }
        if (done)
        {
            // Camunda 8: when the completion condition holds, the remaining instances are terminated.
            foreach (var other in ChildrenOf(body.Id)) Cancel(other, "multi-instance completed");
            if (decision is not null) WriteOutcome(body.ParentId, activity, decision);
            FinishBody(FindToken(body.Id)!, activity);
        }
        else if (sequential && loop.NextIndex < loop.Total)
        {
            SpawnInner(body, activity);
        }
    }

    private static Dictionary<string, JsonElement> Counters(MultiInstanceState loop) => new(StringComparer.Ordinal)
    {
        ["numberOfInstances"] = JsonValues.Of(loop.Total),
        ["numberOfCompletedInstances"] = JsonValues.Of(loop.Completed),
        ["numberOfActiveInstances"] = JsonValues.Of(loop.Active),
    };

    private void FinishBody(Token body, Activity activity)
    {
        if (activity.Loop?.OutputCollection is { } name && body.Loop?.Outputs is { } outputs)
            SetVariables(body.ParentId, new Dictionary<string, JsonElement> { [name] = JsonValues.Array(outputs) }, activity);
        CloseWaits(body.Id, null);
        Complete(body with { Loop = null, Locals = null });
    }
}
