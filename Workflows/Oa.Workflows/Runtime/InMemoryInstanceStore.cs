using System.Collections.Concurrent;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Keeps the serialised text, so a load always goes through the same path as a real store.
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly ConcurrentDictionary<string, (long Version, string Json)> rows = new(StringComparer.Ordinal);
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
        }
        return ValueTask.CompletedTask;
    }
}
