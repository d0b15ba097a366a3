using System.Collections.Concurrent;

namespace Oa.Host.Engine;

/// <summary>What the host decided about an instance before starting it (title, form version); the store writes it with the first save.</summary>
public sealed record StartMetadata(string Title, string? InitiatorDepartmentId, string? FormId, int? FormVersion);

/// <summary>Hands <see cref="StartMetadata"/> from the start call to the store's first save of that instance.</summary>
public sealed class PendingStarts
{
    private readonly ConcurrentDictionary<string, StartMetadata> _pending = new(StringComparer.Ordinal);

    public void Add(string instanceId, StartMetadata metadata) => _pending[instanceId] = metadata;

    public StartMetadata? Take(string instanceId) => _pending.TryRemove(instanceId, out var m) ? m : null;
}
