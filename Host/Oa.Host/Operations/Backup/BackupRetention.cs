namespace Oa.Host.Operations.Backup;

/// <summary>The archives in the backups folder, newest first, and the clean-up that keeps Backup:RetentionDays of them.</summary>
public static class BackupRetention
{
    public static List<FileInfo> Archives(string directory) =>
        !Directory.Exists(directory) ? []
            : new DirectoryInfo(directory).EnumerateFiles("oa-backup-*").Where(f => f.Name.EndsWith(".zip") || f.Name.EndsWith(".zip.enc"))
                .OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList();

    /// <summary>Deletes archives older than the retention; the newest archive always stays, however old.</summary>
    public static List<string> Apply(string directory, int days, DateTimeOffset now)
    {
        var deleted = new List<string>();
        foreach (var f in Archives(directory).Skip(1).Where(f => f.LastWriteTimeUtc < now.UtcDateTime.AddDays(-days)))
        {
            f.Delete();
            deleted.Add(f.Name);
        }
        return deleted;
    }
}
