namespace Oa.Host.Operations.Backup;

/// <summary>The <c>backup</c> and <c>restore</c> command-line verbs.</summary>
public static class BackupVerbs
{
    /// <summary><c>backup</c>: one archive now, while the system may be running; prints its path and contents.</summary>
    public static async Task<int> Backup(IServiceProvider sp, string[] args)
    {
        var result = await sp.GetRequiredService<BackupService>().CreateAsync("command line", CancellationToken.None);
        Console.WriteLine(result.Path);
        Print(result.Manifest);
        return 0;
    }

    /// <summary><c>restore &lt;archive&gt; [--database &lt;new SQLite file | new PostgreSQL database&gt;]</c></summary>
    public static async Task<int> Restore(IServiceProvider sp, string[] args)
    {
        var archive = args.Length > 0 && !args[0].StartsWith("--") ? args[0] : null;
        var at = Array.IndexOf(args, "--database");
        var target = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (archive is null || (at >= 0 && target is null))
        {
            Console.Error.WriteLine("usage: restore <archive> [--database <new SQLite file | new PostgreSQL database>]");
            return 2;
        }
        try
        {
            var summary = await sp.GetRequiredService<RestoreService>().RestoreAsync(archive, target, CancellationToken.None);
            Console.WriteLine($"Restored {Path.GetFileName(archive)} into {summary.Target}:");
            Print(summary.Manifest);
            Console.WriteLine($"  attachment files written: {summary.FilesWritten}");
            Console.WriteLine("Start the host on this database to continue; pending migrations run at start, after an automatic backup.");
            return 0;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine($"Restore refused: {ex.Message}. Nothing was changed.");
            return 1;
        }
    }

    private static void Print(BackupManifest m)
    {
        Console.WriteLine($"  made {m.CreatedAt:yyyy-MM-dd HH:mm:ss}Z by version {m.Version}, {m.Provider}, schema {m.LastMigration}");
        Console.WriteLine($"  {m.Tables.Count} tables, {m.TotalRows} rows, {m.FileCount} attachment files");
        foreach (var (table, rows) in m.Tables.Where(t => t.Value > 0).OrderBy(t => t.Key, StringComparer.Ordinal))
            Console.WriteLine($"    {table,-32} {rows,10}");
    }
}
