using System.Collections.Concurrent;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Keeps the serialised text, so a load always goes through the same path as a real store.
// The subscription index is derived from each saved state, as a database store would keep its table.
public sealed class InMemoryInstanceStore : IInstanceStore, IMessageSubscriptionIndex
{
    private readonly ConcurrentDictionary<string, (long Version, string Json)> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(string Name, string Key)>> waiting = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public IEnumerable<string> InstanceIds => rows.Keys;

    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(rows.TryGetValue(instanceId, out var row) ? InstanceStateSerializer.Deserialize(row.Json) : null);

    public ValueTask SaveAsync(InstanceState state, long expectedVersion, IReadOnlyList<EngineEffect> effects, CancellationToken cancellationToken = default)
    {
        var json = InstanceStateSerializer.Serialize(state);
        lock (gate)
        {
            var actual = rows.TryGetValue(state.InstanceId, out var row) ? row.Version : 0;
            if (actual != expectedVersion) throw new ConcurrencyException(state.InstanceId, expectedVersion, actual);
            rows[state.InstanceId] = (state.Version, json);
            if (state.Subscriptions.Count == 0) waiting.Remove(state.InstanceId);
            else waiting[state.InstanceId] = state.Subscriptions.Select(s => (s.Name, s.CorrelationKey)).ToHashSet();
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<string>> FindWaitingAsync(string messageName, string correlationKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
            return ValueTask.FromResult<IReadOnlyList<string>>(waiting.Where(w => w.Value.Contains((messageName, correlationKey))).Select(w => w.Key).Order(StringComparer.Ordinal).ToList());
    }
}
