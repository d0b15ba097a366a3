using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Files;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// The weekly check: the newest archive opens and matches its manifest, the SQLite file passes integrity_check,
/// and every attachment row has a blob whose content still hashes to its name. The outcome is kept beside the
/// backups (integrity-check.json) for the system status page.
/// </summary>
public sealed class IntegrityCheck(OaDbContext db, FileStore files, IConfiguration config, IHostEnvironment env, BackupOptions options, TimeProvider clock)
{
    public sealed record Report(DateTimeOffset At, bool Ok, string? Archive, IReadOnlyList<string> Problems);

    public async Task<Report> RunAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        var newest = BackupRetention.Archives(options.Directory).FirstOrDefault();
        if (newest is null) problems.Add("no backup archive found");
        else
            try { using var _ = await BackupArchive.OpenAsync(newest.FullName, options.EncryptionKey, ct); }
            catch (InvalidDataException ex) { problems.Add($"{newest.Name}: {ex.Message}"); }

        if (DatabaseSetup.DatabaseProviderName(config) == "sqlite")
        {
            await using var conn = new SqliteConnection(DatabaseSetup.SqliteConnectionString(config, env.ContentRootPath));
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            if (await cmd.ExecuteScalarAsync(ct) is string result && result != "ok") problems.Add($"database: {result}");
        }

        await foreach (var file in db.Files.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            try
            {
                if (Convert.ToHexStringLower(SHA256.HashData(await files.ReadAsync(file, ct))) != file.Sha256) problems.Add($"file {file.Id}: content does not match its hash");
            }
            catch (Exception ex) when (ex is IOException or CryptographicException or UnauthorizedAccessException)
            {
                problems.Add($"file {file.Id}: {ex.Message}");
            }
        }

        var report = new Report(clock.GetUtcNow(), problems.Count == 0, newest?.Name, problems);
        Directory.CreateDirectory(options.Directory);
        await File.WriteAllTextAsync(Path.Combine(options.Directory, "integrity-check.json"), JsonSerializer.Serialize(report, BackupService.Json), ct);
        return report;
    }

    public static Report? Last(string backupsDirectory)
    {
        var path = Path.Combine(backupsDirectory, "integrity-check.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<Report>(File.ReadAllText(path), BackupService.Json) : null;
    }
}
