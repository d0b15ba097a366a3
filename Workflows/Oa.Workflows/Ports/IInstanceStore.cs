using Oa.Workflows.Runtime;

namespace Oa.Workflows.Ports;

// Save succeeds only if the stored version still equals expectedVersion (0 = not stored yet);
// otherwise ConcurrencyException. The host saves state and effects in one transaction.
public interface IInstanceStore
{
    ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken = default);

    ValueTask SaveAsync(InstanceState state, long expectedVersion, IReadOnlyList<EngineEffect> effects, CancellationToken cancellationToken = default);
}
