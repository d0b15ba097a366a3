using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Oa.Host.Data;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers run beside the single writer, busy_timeout makes writers wait
/// for the lock instead of failing at once, and synchronous (NORMAL by default, FULL configurable) trades a
/// little durability on power loss for throughput, which WAL keeps consistent either way.
/// The settings belong to the SQLite connection handle, which Microsoft.Data.Sqlite pools: EF "opens" a connection for
/// every query scope, so they are applied once per handle, not on every open (that was a round trip of four PRAGMAs
/// in front of each of the engine's several scopes per command).
/// </summary>
public sealed class SqlitePragmaInterceptor(string synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={Sanitise(synchronous)}; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    // Static: without context pooling EF builds a new interceptor per context; keyed by handle, valued by the settings applied.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection)) return;
        Apply(connection);
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = PragmasFor(connection);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    // The pooled handle outlives this SqliteConnection object; a handle seen before already carries the settings.
    private bool FirstOpen(DbConnection connection)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle }) return true;
        return !(Configured.TryGetValue(handle, out var applied) && applied == _pragmas);
    }

    // Only after the PRAGMAs ran: a failed attempt leaves the handle to be configured on its next open.
    private void Remember(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle }) Configured.AddOrUpdate(handle, _pragmas);
    }

    private void Apply(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = PragmasFor(connection);
        cmd.ExecuteNonQuery();
    }

    // EF opens a read-only connection to ask whether the database exists; switching a database that is not yet in
    // WAL (a restored backup, a copied file) to WAL would fail there with "attempt to write a readonly database".
    private string PragmasFor(DbConnection connection) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection.ConnectionString).Mode == Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly
            ? _pragmas.Replace("PRAGMA journal_mode=WAL; ", "") : _pragmas;

    private static string Sanitise(string value) => value.ToUpperInvariant() switch
    {
        "OFF" or "NORMAL" or "FULL" or "EXTRA" => value.ToUpperInvariant(),
        _ => throw new InvalidOperationException($"Database:SqliteSynchronous '{value}' must be OFF, NORMAL, FULL or EXTRA."),
    };
}
