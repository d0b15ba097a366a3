using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Oa.Host.Data;

/// <summary>Recognises "another writer inserted the same key first" on either provider, so a caller can re-read and retry.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY; PostgreSQL unique_violation.
            if (e is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }) return true;
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        }
        return false;
    }
}
