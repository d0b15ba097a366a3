using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    // Token surgery (Camunda 8 "process instance modification"): cancel the tokens at the given
    // elements, start fresh tokens at others. Sibling branches and parked join arrivals are left
    // alone, so a return inside one parallel branch meets the other branch at the join as before.
    private void Modify(ModifyInstance command)
    {
        ValidateVariables(command.Variables);
        var targets = (command.ActivateElementIds ?? []).Select(id => def.Node(id)
            ?? throw new EngineException(EngineErrorCode.ElementNotFound, $"Element '{id}' is not in process '{def.Key}'.")).ToList();
        foreach (var target in targets)
        {
            if (target is BoundaryEvent)
                throw new EngineException(EngineErrorCode.InvalidCommand, $"Boundary event '{target.Id}' cannot be activated directly.");
        }
        var cancelled = new List<Token>();
        foreach (var id in command.CancelTokenIds ?? [])
            cancelled.Add(FindToken(id) ?? throw new EngineException(EngineErrorCode.TokenNotFound, $"Token '{id}' is not active."));
        foreach (var id in command.CancelElementIds ?? [])
        {
            if (def.Node(id) is null) throw new EngineException(EngineErrorCode.ElementNotFound, $"Element '{id}' is not in process '{def.Key}'.");
            var at = tokens.Where(t => t.ElementId == id && !IsInner(t)).ToList();
            if (at.Count == 0) throw new EngineException(EngineErrorCode.TokenNotFound, $"No token is active at '{id}'.");
            cancelled.AddRange(at);
        }
        History("InstanceModified", null, command.User, Data(("cancelled", cancelled.Select(t => t.ElementId).ToArray()), ("activated", targets.Select(t => t.Id).ToArray())));
        foreach (var token in cancelled)
            if (FindToken(token.Id) is { } live) Cancel(live, "modified");
        foreach (var target in targets)
            Schedule(NewToken(target, EnsureScope(target.Parent), TokenState.Ready));
        SetVariables(null, command.Variables, null);
        foreach (var scopeId in cancelled.Select(t => t.ParentId).Distinct())
        {
            if (scopeId is null || FindToken(scopeId) is not null) CompleteScopeIfEmpty(scopeId);
        }
    }

    // The sub-process instance a new token must live in; created (without running its start) if absent.
    private string? EnsureScope(SubProcess? scope)
    {
        if (scope is null) return null;
        var existing = tokens.FirstOrDefault(t => t.ElementId == scope.Id && t.State == TokenState.Active && t.Loop is null);
        if (existing is not null) return existing.Id;
        var created = NewToken(scope, EnsureScope(scope.Parent), TokenState.Active);
        Put(created);
        History("ElementActivated", scope);
        OpenBoundaryEvents(created, scope);
        return created.Id;
    }
}
