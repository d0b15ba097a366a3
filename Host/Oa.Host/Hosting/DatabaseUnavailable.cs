using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Oa.Host.Hosting;

/// <summary>
/// A database that is down, locked or unreachable is an outage, not a bug: the caller gets 503 problem details with
/// Retry-After (clients and proxies know to try again), and the host keeps running, so the next request after the
/// database returns succeeds without a restart. Other database errors stay 500s: they are defects to fix.
/// </summary>
public sealed class DatabaseUnavailable(IProblemDetailsService problems, ILogger<DatabaseUnavailable> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!IsOutage(exception) || http.Response.HasStarted) return false;
        log.LogWarning(exception, "Database unavailable for {Method} {Path}", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "数据库暂时不可用，请稍后重试 (the database is temporarily unavailable; try again shortly)",
            },
        });
    }

    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException { InnerExceptions.Count: 1 } single && IsOutage(single.InnerExceptions[0])) return true;
            if (e is TimeoutException) return true;
            if (e is SqliteException sqlite && SqliteOutageCodes.Contains(sqlite.SqliteErrorCode)) return true;
            if (e is PostgresException pg) { if (IsPostgresOutage(pg.SqlState)) return true; continue; }
            // Npgsql raises a plain NpgsqlException (not PostgresException) when the server cannot be reached at all.
            if (e is NpgsqlException npgsql && npgsql.IsTransient) return true;
            if (e is DbException { IsTransient: true }) return true;
        }
        return false;
    }

    // SQLITE_PERM, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL: the file is locked, gone or unwritable.
    private static readonly HashSet<int> SqliteOutageCodes = [3, 5, 6, 8, 10, 13, 14, 15];

    // Class 08 connection exceptions, 53 insufficient resources, 57P01-57P03 shutdown / cannot connect now.
    private static bool IsPostgresOutage(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03";
}
