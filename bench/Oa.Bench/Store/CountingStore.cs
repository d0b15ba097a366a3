using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Bench.Store;

// Counts the optimistic-concurrency conflicts WorkflowRuntime retries internally (it does not report
// them), by watching ConcurrencyException pass through SaveAsync.
public sealed class CountingStore(IInstanceStore inner) : IInstanceStore
{
    private long conflicts;
    private long saves;

    public long Conflicts => Interlocked.Read(ref conflicts);

    public long Saves => Interlocked.Read(ref saves);

    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    public async ValueTask SaveAsync(InstanceState state, long expectedVersion, IReadOnlyList<EngineEffect> effects, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.SaveAsync(state, expectedVersion, effects, cancellationToken);
            Interlocked.Increment(ref saves);
        }
        catch (ConcurrencyException)
        {
            Interlocked.Increment(ref conflicts);
            throw;
        }
    }
}
