namespace Oa.Host.Operations.Backup;

/// <summary>
/// Backup:* settings. Backup:EncryptionKey (32 bytes, base64) comes from the environment or a secret store, never
/// from the database being backed up: a key kept inside the archive it protects would protect nothing, and a
/// restore must be able to open the archive before any database exists.
/// </summary>
public sealed class BackupOptions(IConfiguration config, IHostEnvironment env)
{
    public string Directory => DataPaths.BackupsDirectory(config, env.ContentRootPath);
    public string FilesDirectory => DataPaths.FilesDirectory(config, env.ContentRootPath);
    public bool ScheduleEnabled => config.GetValue("Backup:Enabled", true);
    /// <summary>Quartz cron: daily at 02:00 by default.</summary>
    public string Schedule => config["Backup:Schedule"] is { Length: > 0 } s ? s : "0 0 2 * * ?";
    /// <summary>Weekly integrity check, Sundays at 03:30 by default.</summary>
    public string CheckSchedule => config["Backup:CheckSchedule"] is { Length: > 0 } s ? s : "0 30 3 ? * SUN";
    public int RetentionDays => Math.Max(1, config.GetValue("Backup:RetentionDays", 30));
    public bool BeforeMigrations => config.GetValue("Backup:BeforeMigrations", true);
    public string PgDump => config["Backup:PgDumpPath"] is { Length: > 0 } p ? p : "pg_dump";
    public string PgRestore => config["Backup:PgRestorePath"] is { Length: > 0 } p ? p : "pg_restore";

    public byte[]? EncryptionKey
    {
        get
        {
            if (config["Backup:EncryptionKey"] is not { Length: > 0 } text) return null;
            var key = Convert.FromBase64String(text);
            return key.Length == 32 ? key : throw new InvalidOperationException("Backup:EncryptionKey must be 32 bytes in base64 (openssl rand -base64 32).");
        }
    }
}
