using System.Diagnostics;

namespace Oa.Bench.HostBench;

// Counts what EF Core did, from its DiagnosticListener events (no product hook needed): transactions
// committed and SQL commands executed, for "commits per 1,000 instances" and statements per operation.
public sealed class EfCounters : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Committed = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private long _commits, _commands;

    public static readonly EfCounters Instance = new();

    private EfCounters() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public long Commits => Interlocked.Read(ref _commits);
    public long Commands => Interlocked.Read(ref _commands);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name is Committed or Executed));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == Committed) Interlocked.Increment(ref _commits);
        else if (e.Key == Executed) Interlocked.Increment(ref _commands);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}
