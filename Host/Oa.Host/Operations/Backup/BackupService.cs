using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// Makes one archive oa-backup-yyyyMMdd-HHmmss.zip (".zip.enc" with Backup:EncryptionKey) holding a consistent
/// database copy, every attachment blob and manifest.json. The archive is written under a temporary name and
/// renamed when complete, so a listing never shows a half-written backup.
/// </summary>
public sealed class BackupService(OaDbContext db, IConfiguration config, IHostEnvironment env, BackupOptions options, TimeProvider clock, ILogger<BackupService> log)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public sealed record Result(string Path, BackupManifest Manifest);

    public async Task<Result> CreateAsync(string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Directory.CreateDirectory(options.Directory);
        var work = Directory.CreateDirectory(Path.Combine(options.Directory, $".work-{Guid.NewGuid():N}"));
        try
        {
            var provider = DatabaseSetup.DatabaseProviderName(config);
            var dbEntry = provider == "postgres" ? BackupManifest.PostgresEntry : BackupManifest.SqliteEntry;
            var dbFile = Path.Combine(work.FullName, "database.bin");
            var tables = provider == "postgres"
                ? await DatabaseSnapshot.DumpPostgresAsync(config.GetConnectionString("Oa")!, options.PgDump, dbFile, ct)
                : DatabaseSnapshot.CopySqlite(DatabaseSetup.SqliteConnectionString(config, env.ContentRootPath), dbFile);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();

            var zipPath = Path.Combine(work.FullName, "archive.zip");
            var entries = new List<BackupEntry>();
            BackupManifest manifest;
            using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
            {
                entries.Add(await AddAsync(zip, dbEntry, dbFile, ct));
                // Blobs are written before their rows, so every row in the snapshot has its blob on disk by now.
                if (Directory.Exists(options.FilesDirectory))
                    foreach (var blob in Directory.EnumerateFiles(options.FilesDirectory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp")).Order(StringComparer.Ordinal))
                        entries.Add(await AddAsync(zip, "files/" + Path.GetRelativePath(options.FilesDirectory, blob).Replace('\\', '/'), blob, ct));
                manifest = new BackupManifest(BackupManifest.CurrentFormat, "oa", ProductVersion, now, provider, applied.LastOrDefault(), applied, tables, entries);
                await using var m = zip.CreateEntry(BackupManifest.FileName).Open();
                await JsonSerializer.SerializeAsync(m, manifest, Json, ct);
            }
            var path = await PublishAsync(zipPath, now, ct);
            log.LogInformation("Backup ({Reason}) written to {Path}: {Tables} tables, {Rows} rows, {Files} files, schema {Migration}",
                reason, path, manifest.Tables.Count, manifest.TotalRows, manifest.FileCount, manifest.LastMigration);
            return new Result(path, manifest);
        }
        finally
        {
            try { work.Delete(true); } catch (IOException) { }
        }
    }

    public static string ProductVersion =>
        typeof(BackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private async Task<string> PublishAsync(string zipPath, DateTimeOffset now, CancellationToken ct)
    {
        var key = options.EncryptionKey;
        var final = Path.Combine(options.Directory, $"oa-backup-{now.UtcDateTime:yyyyMMdd-HHmmss}{(key is null ? ".zip" : ".zip.enc")}");
        for (var n = 2; File.Exists(final); n++) // two backups in one second (an admin clicking twice) keep both
            final = Path.Combine(options.Directory, $"oa-backup-{now.UtcDateTime:yyyyMMdd-HHmmss}-{n}{(key is null ? ".zip" : ".zip.enc")}");
        var temp = final + ".tmp";
        if (key is null) File.Move(zipPath, temp);
        else
        {
            await using var input = File.OpenRead(zipPath);
            await using var output = File.Create(temp);
            await ArchiveCipher.EncryptAsync(key, input, output, ct);
        }
        File.Move(temp, final);
        return final;
    }

    private static async Task<BackupEntry> AddAsync(ZipArchive zip, string name, string file, CancellationToken ct)
    {
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var output = entry.Open())
        {
            var buffer = new byte[81920];
            int n;
            while ((n = await input.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await output.WriteAsync(buffer.AsMemory(0, n), ct);
            }
        }
        return new BackupEntry(name, input.Length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
