using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private Token? FindToken(string id)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Id == id) return tokens[i];
        return null;
    }

    private Token? Parent(Token token) => token.ParentId is null ? null : FindToken(token.ParentId);

    private void Put(Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Id != token.Id) continue;
            tokens[i] = token;
            return;
        }
        tokens.Add(token);
    }

    private void Schedule(Token token)
    {
        Put(token);
        agenda.Enqueue(token.Id);
    }

    private void Remove(Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Id == token.Id) { tokens.RemoveAt(i); return; }
    }

    private bool HasChildren(string? parentId)
    {
        foreach (var t in tokens)
            if (t.ParentId == parentId) return true;
        return false;
    }

    private List<Token> ChildrenOf(string? parentId) => tokens.Where(t => t.ParentId == parentId).ToList();

    // An inner instance of a multi-instance body; its boundary events belong to the body.
    private static bool IsInner(Token token) => token.LoopCounter is not null;

    // Ends a token's life without completing it: children first, then its waits.
    private void Cancel(Token token, string reason)
    {
        foreach (var child in ChildrenOf(token.Id)) Cancel(child, reason);
        CloseWaits(token.Id, reason);
        Remove(token);
        if (token.State != TokenState.Joining) History("ElementCancelled", def.Node(token.ElementId), data: Data(("reason", reason)));
    }

    // A token reached an end (end event or an element without outgoing flows).
    private void Consume(Token token)
    {
        Remove(token);
        CompleteScopeIfEmpty(token.ParentId);
    }

    // BPMN: a (sub-)process completes when it has no more active tokens.
    private void CompleteScopeIfEmpty(string? scopeId)
    {
        if (Ended || HasChildren(scopeId)) return;
        if (scopeId is null)
        {
            EndInstance(InstanceStatus.Completed);
            return;
        }
        if (FindToken(scopeId) is { Loop: null } scope && scope.State == TokenState.Active)
            CompleteActivity(scope, null);
    }

    private void EndInstance(InstanceStatus status, string? errorCode = null)
    {
        foreach (var t in ChildrenOf(null)) Cancel(t, status.ToString());
        buffer.Clear();
        head = head with { Status = status, EndedAt = Now };
        Effects.Add(new InstanceEnded(InstanceId, status, errorCode));
        History("InstanceEnded", null, data: Data(("status", status.ToString()), ("errorCode", errorCode)));
    }

    private Token NewToken(FlowNode node, string? parentId, TokenState state, string? via = null) =>
        new(NewId(), node.Id, parentId, state, via);
}
