using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Oa.Host.Data;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// Restores an archive into an empty database (the configured one, or a new one named by the caller) and its
/// attachment blobs into Files:Directory. Everything is checked before anything is written: the checksums, the
/// provider, and that the archive's schema is one this version knows (an archive from a newer version is refused;
/// an older one is restored as is and migrated by the next start, which backs it up first).
/// </summary>
public sealed class RestoreService(OaDbContext db, IConfiguration config, IHostEnvironment env, BackupOptions options)
{
    public sealed record Summary(string Target, BackupManifest Manifest, IReadOnlyDictionary<string, long> RestoredTables, int FilesWritten);

    public async Task<Summary> RestoreAsync(string archivePath, string? targetDatabase, CancellationToken ct)
    {
        using var archive = await BackupArchive.OpenAsync(archivePath, options.EncryptionKey, ct);
        var manifest = archive.Manifest;
        var provider = DatabaseSetup.DatabaseProviderName(config);
        if (manifest.Provider != provider)
            throw new InvalidDataException($"the archive holds a {manifest.Provider} database but this host is configured for {provider}");
        CheckSchema(manifest, db.Database.GetMigrations().ToList());

        var (target, tables) = provider == "postgres"
            ? await RestorePostgresAsync(archive, targetDatabase, ct)
            : await RestoreSqliteAsync(archive, targetDatabase);
        var mismatch = manifest.Tables.Where(t => tables.GetValueOrDefault(t.Key, -1) != t.Value).Select(t => t.Key).ToList();
        if (mismatch.Count > 0) throw new InvalidDataException($"restored row counts differ from the manifest in: {string.Join(", ", mismatch)}");
        var written = ExtractFiles(archive);
        return new Summary(target, manifest, tables, written);
    }

    /// <summary>Refuses a schema this build does not know: restoring it would hand a newer database to older code.</summary>
    public static void CheckSchema(BackupManifest manifest, IReadOnlyList<string> known)
    {
        if (manifest.LastMigration is null || known.Contains(manifest.LastMigration)) return;
        var newest = known.LastOrDefault() ?? "";
        throw new InvalidDataException(string.CompareOrdinal(manifest.LastMigration, newest) > 0
            ? $"the archive comes from a newer schema ({manifest.LastMigration}, version {manifest.Version}) than this version knows ({newest}); restore it with that version or later"
            : $"the archive's schema {manifest.LastMigration} is unknown to this version");
    }

    private Task<(string, Dictionary<string, long>)> RestoreSqliteAsync(BackupArchive archive, string? targetDatabase)
    {
        var file = targetDatabase is { Length: > 0 }
            ? Path.GetFullPath(targetDatabase)
            : new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(config, env.ContentRootPath)).DataSource;
        if (File.Exists(file) && new FileInfo(file).Length > 0 && DatabaseSnapshot.CountSqlite(file).Count > 0)
            throw new InvalidDataException($"{file} is not empty; restore into an empty or new database (restore <archive> --database <new file>)");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var leftover in new[] { file, file + "-wal", file + "-shm" }) File.Delete(leftover);
        var temp = file + ".restoring";
        Extract(archive, BackupManifest.SqliteEntry, temp);
        File.Move(temp, file);
        SqliteConnection.ClearAllPools();
        DatabaseSnapshot.UseWal(file);
        return Task.FromResult((file, DatabaseSnapshot.CountSqlite(file)));
    }

    private async Task<(string, Dictionary<string, long>)> RestorePostgresAsync(BackupArchive archive, string? targetDatabase, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(config.GetConnectionString("Oa"));
        if (targetDatabase is { Length: > 0 })
        {
            await using var admin = new NpgsqlConnection(cs.ToString());
            await admin.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin) { Parameters = { new("n", targetDatabase) } };
            if (await exists.ExecuteScalarAsync(ct) is null)
                await new NpgsqlCommand($"CREATE DATABASE \"{targetDatabase.Replace("\"", "\"\"")}\"", admin).ExecuteNonQueryAsync(ct);
            cs.Database = targetDatabase;
        }
        await using (var conn = new NpgsqlConnection(cs.ToString()))
        {
            await conn.OpenAsync(ct);
            if ((await DatabaseSnapshot.PostgresTablesAsync(conn, null, ct)).Count > 0)
                throw new InvalidDataException($"database {cs.Database} is not empty; restore into an empty or new database (restore <archive> --database <new name>)");
        }
        var dump = Path.Combine(Path.GetTempPath(), $"oa-restore-{Guid.NewGuid():N}.pgdump");
        try
        {
            Extract(archive, BackupManifest.PostgresEntry, dump);
            await PgTools.RunAsync(options.PgRestore, cs.ToString(), ["--no-owner", "--no-privileges", "--exit-on-error", dump], ct);
        }
        finally { File.Delete(dump); }
        await using var check = new NpgsqlConnection(cs.ToString());
        await check.OpenAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in await DatabaseSnapshot.PostgresTablesAsync(check, null, ct))
            counts[t] = (long)(await new NpgsqlCommand($"SELECT COUNT(*) FROM \"{t}\"", check).ExecuteScalarAsync(ct))!;
        return (cs.Database!, counts);
    }

    private int ExtractFiles(BackupArchive archive)
    {
        var root = Path.GetFullPath(options.FilesDirectory);
        var written = 0;
        foreach (var entry in archive.Manifest.Entries.Where(e => e.Path.StartsWith("files/", StringComparison.Ordinal)))
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.Path["files/".Length..]));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new InvalidDataException($"unsafe path {entry.Path}");
            if (File.Exists(path)) continue; // named by content hash: the same name is the same bytes
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Extract(archive, entry.Path, path + ".tmp");
            File.Move(path + ".tmp", path);
            written++;
        }
        return written;
    }

    // Copied by hand rather than ExtractToFile, which would apply the zip entry's Unix mode bits to the new file.
    private static void Extract(BackupArchive archive, string entry, string file)
    {
        using var input = archive.Zip.GetEntry(entry)!.Open();
        using var output = new FileStream(file, FileMode.Create, FileAccess.Write);
        input.CopyTo(output);
    }
}
