using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Bench.Store;

// "raw-sqlite store, not the product's EF store": a stand-in until the host's EF store lands, so W1/W2
// can show what a durable commit per operation costs. One table instances(id, state json, version);
// save = INSERT (new) or UPDATE … WHERE version = expected (optimistic concurrency), each in its own
// autocommit transaction; effects are NOT written (the EF store will add task/history rows to the
// same transaction, so expect it to be slower than this).
public sealed class RawSqliteStore : IInstanceStore, IDisposable
{
    private readonly string connectionString;
    private readonly string synchronous;
    private readonly ConcurrentBag<SqliteSession> idle = [];
    private readonly ConcurrentBag<SqliteSession> all = [];
    private long commits;
    private long conflicts;

    public RawSqliteStore(string path, string synchronous)
    {
        Path = path;
        this.synchronous = synchronous;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        using var setup = new SqliteConnection(connectionString);
        setup.Open();
        Exec(setup, "PRAGMA journal_mode=WAL;");
        Exec(setup, "CREATE TABLE instances (id TEXT PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID;");
    }

    public string Path { get; }

    // Set only by the `profile` workload; null costs one branch per phase.
    public Oa.Bench.Measure.PhaseTimes? Probe { get; set; }

    public long Commits => Interlocked.Read(ref commits);

    public long Conflicts => Interlocked.Read(ref conflicts);

    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var session = Rent();
        try
        {
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            session.Select.Parameters[0].Value = instanceId;
            var json = session.Select.ExecuteScalar() as string;
            var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
            var state = json is null ? null : InstanceStateSerializer.Deserialize(json);
            if (Probe is { } probe)
            {
                probe.Add("read", t0, t1);
                probe.Add("deserialize", t1, System.Diagnostics.Stopwatch.GetTimestamp());
            }
            return ValueTask.FromResult(state);
        }
        finally { idle.Add(session); }
    }

    public ValueTask SaveAsync(InstanceState state, long expectedVersion, IReadOnlyList<EngineEffect> effects, CancellationToken cancellationToken = default)
    {
        // Serialise before taking a connection: the write lock should cover only the write.
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var json = InstanceStateSerializer.Serialize(state);
        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        Probe?.Add("serialize", t0, t1);
        var session = Rent();
        try
        {
            var command = expectedVersion == 0 ? session.Insert : session.Update;
            command.Parameters["$id"].Value = state.InstanceId;
            command.Parameters["$state"].Value = json;
            command.Parameters["$version"].Value = state.Version;
            if (expectedVersion != 0) command.Parameters["$expected"].Value = expectedVersion;
            if (command.ExecuteNonQuery() == 1)
            {
                Probe?.Add("write+commit", t1, System.Diagnostics.Stopwatch.GetTimestamp());
                Interlocked.Increment(ref commits);
                return ValueTask.CompletedTask;
            }
            Interlocked.Increment(ref conflicts);
            session.Version.Parameters[0].Value = state.InstanceId;
            var actual = session.Version.ExecuteScalar() is long v ? v : 0;
            throw new ConcurrencyException(state.InstanceId, expectedVersion, actual);
        }
        finally { idle.Add(session); }
    }

    // Reads back what SQLite actually runs with, for the result file.
    public (string JournalMode, long Synchronous, string SqliteVersion) Settings()
    {
        var session = Rent();
        try
        {
            return ((string)Scalar(session.Connection, "PRAGMA journal_mode;")!, (long)Scalar(session.Connection, "PRAGMA synchronous;")!,
                (string)Scalar(session.Connection, "SELECT sqlite_version();")!);
        }
        finally { idle.Add(session); }
    }

    // One connection per concurrent caller, opened on demand and kept: Microsoft.Data.Sqlite
    // connections are not thread-safe, and reopening would re-run the PRAGMAs every operation.
    private SqliteSession Rent()
    {
        if (idle.TryTake(out var session)) return session;
        session = new SqliteSession(connectionString, synchronous);
        all.Add(session);
        return session;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var s in all) s.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
    }
}
