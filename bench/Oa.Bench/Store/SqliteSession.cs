using Microsoft.Data.Sqlite;

namespace Oa.Bench.Store;

// An open connection with its statements prepared once, so the timed path pays for execution only.
internal sealed class SqliteSession : IDisposable
{
    public SqliteSession(string connectionString, string synchronous)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        using (var pragma = Connection.CreateCommand())
        {
            // synchronous is per connection; busy_timeout lets concurrent writers queue instead of failing.
            pragma.CommandText = $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=30000;";
            pragma.ExecuteNonQuery();
        }
        Select = Prepare("SELECT state FROM instances WHERE id = $id;", "$id");
        Version = Prepare("SELECT version FROM instances WHERE id = $id;", "$id");
        Insert = Prepare("INSERT INTO instances (id, state, version) VALUES ($id, $state, $version) ON CONFLICT (id) DO NOTHING;", "$id", "$state", "$version");
        Update = Prepare("UPDATE instances SET state = $state, version = $version WHERE id = $id AND version = $expected;", "$id", "$state", "$version", "$expected");
    }

    public SqliteConnection Connection { get; }
    public SqliteCommand Select { get; }
    public SqliteCommand Version { get; }
    public SqliteCommand Insert { get; }
    public SqliteCommand Update { get; }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    public void Dispose()
    {
        Select.Dispose();
        Version.Dispose();
        Insert.Dispose();
        Update.Dispose();
        Connection.Dispose();
    }
}
