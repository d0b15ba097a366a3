namespace Oa.Workflows.Ports;

public sealed class ConcurrencyException(string instanceId, long expectedVersion, long actualVersion)
    : Exception($"Instance '{instanceId}' was changed concurrently: expected version {expectedVersion}, found {actualVersion}.")
{
    public string InstanceId { get; } = instanceId;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;
}
