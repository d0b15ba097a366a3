namespace Oa.Host.Operations.Backup;

/// <summary>
/// manifest.json at the root of every backup archive: what made it, which schema it holds, how many rows each
/// table had at the snapshot, and the SHA-256 of every other entry so a restore can prove the archive is whole.
/// </summary>
public sealed record BackupManifest(
    int Format, string Product, string Version, DateTimeOffset CreatedAt, string Provider, string? LastMigration,
    IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Tables, IReadOnlyList<BackupEntry> Entries)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
    public const string SqliteEntry = "database/oa.db";
    public const string PostgresEntry = "database/oa.pgdump";

    public long TotalRows => Tables.Values.Sum();
    public int FileCount => Entries.Count(e => e.Path.StartsWith("files/", StringComparison.Ordinal));
}

public sealed record BackupEntry(string Path, long Size, string Sha256);
