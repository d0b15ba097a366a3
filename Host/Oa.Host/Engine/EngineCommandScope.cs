using Oa.Host.Data;

namespace Oa.Host.Engine;

/// <summary>
/// One pooled <see cref="OaDbContext"/> for everything an engine command does on this call path: the store's load
/// and save of every instance the command touches, and what the load learned that the save can reuse (the instance
/// header, whether the instance had timer / job / subscription rows). Before, each load and save rented its own scope
/// and context and re-read the header after its UPDATE; that was a fifth of an approval's CPU.
/// </summary>
/// <remarks>
/// Ambient (like <see cref="CommandAudit"/>) because the engine calls the store through <c>IInstanceStore</c>.
/// Engine work that does not come through <see cref="EngineHost"/> (timers, jobs, messages run by the runtime itself)
/// has no scope and uses a context per call, as before. The commands of one scope run one after another (the runtime
/// steps its queue in sequence), so sharing the context is safe; the store clears its change tracker after every
/// save, committed or not, so a retried or failed save leaves nothing behind for the next one.
/// </remarks>
public sealed class EngineCommandScope : IAsyncDisposable
{
    private static readonly AsyncLocal<EngineCommandScope?> Ambient = new();

    private readonly IServiceScopeFactory _scopes;
    private AsyncServiceScope? _scope;
    private OaDbContext? _db;
    private readonly Dictionary<string, LoadedInstance> _loaded = new(StringComparer.Ordinal);

    private EngineCommandScope(IServiceScopeFactory scopes) => _scopes = scopes;

    public static EngineCommandScope? Current => Ambient.Value;

    /// <summary>Starts a scope, or joins the one already running (deputy routing runs a command inside a command).</summary>
    public static IAsyncDisposable Begin(IServiceScopeFactory scopes)
    {
        if (Ambient.Value is not null) return NoScope.Instance;
        var scope = new EngineCommandScope(scopes);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>The command's context, rented on first use.</summary>
    public OaDbContext Db
    {
        get
        {
            if (_db is not null) return _db;
            _scope = _scopes.CreateAsyncScope();
            return _db = _scope.Value.ServiceProvider.GetRequiredService<OaDbContext>();
        }
    }

    public IServiceProvider Services
    {
        get
        {
            _ = Db;
            return _scope!.Value.ServiceProvider;
        }
    }

    internal void Remember(LoadedInstance loaded) => _loaded[loaded.InstanceId] = loaded;

    /// <summary>What the load of this version of the instance saw, if this scope loaded it.</summary>
    internal LoadedInstance? Loaded(string instanceId, long version) =>
        _loaded.TryGetValue(instanceId, out var l) && l.Version == version ? l : null;

    internal void Forget(string instanceId) => _loaded.Remove(instanceId);

    // Not async: the ambient value must be restored in the caller's execution context, not in a copy of it.
    public ValueTask DisposeAsync()
    {
        Ambient.Value = null;
        return _scope is { } scope ? scope.DisposeAsync() : ValueTask.CompletedTask;
    }

    private sealed class NoScope : IAsyncDisposable
    {
        public static readonly NoScope Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>What a load saw: the header the save writes onto task rows and notices, and which index rows can exist.</summary>
internal sealed record LoadedInstance(string InstanceId, long Version, EfInstanceStore.InstanceHeader Header, bool HadTimers, bool HadJobs, bool HadSubscriptions);
