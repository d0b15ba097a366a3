namespace Oa.Workflows.Ports;

// The store side of message correlation: which instances wait for a message (name + correlation key).
// A store that implements it keeps the index with the state it saves (same transaction), so a fresh
// runtime after a restart correlates exactly as the old one would. WorkflowRuntime asks the store when
// it implements this, and otherwise falls back to an index in its own memory (fine for tests and benchmarks).
public interface IMessageSubscriptionIndex
{
    ValueTask<IReadOnlyList<string>> FindWaitingAsync(string messageName, string correlationKey, CancellationToken cancellationToken = default);
}
