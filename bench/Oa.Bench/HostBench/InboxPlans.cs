using System.Data;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Features.Tasks;

namespace Oa.Bench.HostBench;

// The plan of every statement one inbox call runs: the SQL texts and parameters EF sent (captured from EF's
// DiagnosticListener while TasksApi.Inbox answers once, so this is what the product runs, whatever TodoQuery
// decides), then EXPLAIN QUERY PLAN of each (SQLite) or EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL) with the same
// parameters on a fresh connection.
public sealed class InboxPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string Executing = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private static readonly AsyncLocal<List<Captured>?> Capture = new();
    private static readonly InboxPlans Instance = new();
    private static IDisposable? _all;

    private sealed record Captured(string Sql, (string Name, object? Value, DbType Type)[] Parameters);

    public static async Task<List<(string Sql, string Plan)>> ExplainAsync(HostHarness host, ClaimsPrincipal who, InboxFilter filter)
    {
        _all ??= DiagnosticListener.AllListeners.Subscribe(Instance);
        var captured = new List<Captured>();
        Capture.Value = captured;
        try { await InboxQuery.PageAsync(host.Services, who, 1, filter); }
        finally { Capture.Value = null; }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        await db.Database.OpenConnectionAsync();
        var result = new List<(string, string)>();
        foreach (var c in captured)
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = (host.Provider == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + c.Sql;
            foreach (var (name, value, type) in c.Parameters)
            {
                var p = cmd.CreateParameter();
                (p.ParameterName, p.Value, p.DbType) = (name, value ?? DBNull.Value, type);
                cmd.Parameters.Add(p);
            }
            var lines = new List<string>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                lines.Add(host.Provider == "sqlite" ? Indent(reader.GetInt32(1), reader, lines) + reader.GetString(3) : reader.GetString(0));
            var args = string.Join(", ", c.Parameters.Select(p => $"{p.Name}={Show(p.Value)}"));
            result.Add(($"{c.Sql.ReplaceLineEndings(" ")}  [{args}]", string.Join("\n", lines)));
        }
        return result;
    }

    // EXPLAIN QUERY PLAN rows are (id, parent, notused, detail): indent each by its depth in the tree.
    private static readonly Dictionary<int, int> Depth = [];
    private static string Indent(int parent, IDataRecord row, List<string> lines)
    {
        if (lines.Count == 0) Depth.Clear();
        var depth = parent == 0 ? 0 : Depth.GetValueOrDefault(parent) + 1;
        Depth[row.GetInt32(0)] = depth;
        return new string(' ', 2 * depth);
    }

    private static string Show(object? v) => v switch
    {
        null => "null",
        string s => $"'{s}'",
        System.Collections.IEnumerable e => "[" + string.Join(",", e.Cast<object>()) + "]",
        _ => v.ToString() ?? "",
    };

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore") listener.Subscribe(this, name => name == Executing);
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (Capture.Value is { } list && e.Value is CommandEventData d)
            list.Add(new Captured(d.Command.CommandText,
                [.. d.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value, p.DbType))]));
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }
}
