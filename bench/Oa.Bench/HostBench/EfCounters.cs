using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Oa.Bench.HostBench;

// Counts what EF Core did, from its DiagnosticListener events (no product hook needed): transactions
// committed and SQL commands executed, for "commits per 1,000 instances" and statements per operation.
public sealed class EfCounters : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Committed = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private long _commits, _commands, _commandTicks;
    private readonly ConcurrentDictionary<string, (long Count, long Ticks)> _bySql = new();

    public static readonly EfCounters Instance = new();

    private EfCounters() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public long Commits => Interlocked.Read(ref _commits);
    public long Commands => Interlocked.Read(ref _commands);
    public TimeSpan CommandTime => TimeSpan.FromTicks(Interlocked.Read(ref _commandTicks));

    /// <summary>Per SQL text (first 90 characters): executions and time inside the provider, since the last reset.</summary>
    public IReadOnlyList<(string Sql, long Count, double Ms)> TopSql(int n) =>
        _bySql.OrderByDescending(kv => kv.Value.Ticks).Take(n).Select(kv => (kv.Key, kv.Value.Count, kv.Value.Ticks / 10_000.0)).ToList();

    public void ResetSql() => _bySql.Clear();

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name is Committed or Executed));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == Committed) Interlocked.Increment(ref _commits);
        else if (e.Key == Executed && e.Value is CommandExecutedEventData d)
        {
            Interlocked.Increment(ref _commands);
            Interlocked.Add(ref _commandTicks, d.Duration.Ticks);
            var sql = d.Command.CommandText.ReplaceLineEndings(" ");
            sql = sql.Length > 90 ? sql[..90] : sql;
            _bySql.AddOrUpdate(sql, (1, d.Duration.Ticks), (_, v) => (v.Count + 1, v.Ticks + d.Duration.Ticks));
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}
