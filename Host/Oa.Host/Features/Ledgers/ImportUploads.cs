namespace Oa.Host.Features.Ledgers;

/// <summary>
/// The private folder holding uploaded import files between 预览 and 确认导入. A file nobody confirmed (the user
/// closed the tab) would stay forever, so every new upload first clears files older than a day; a token that old
/// is expired anyway.
/// </summary>
public static class ImportUploads
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "oa-ledger-imports");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static bool Expired(string path, DateTime utcNow) => !File.Exists(path) || File.GetLastWriteTimeUtc(path) < utcNow - Lifetime;

    /// <returns>How many stale files were removed.</returns>
    public static int SweepStale(string dir, DateTime utcNow)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*.xlsx"))
        {
            if (!Expired(file, utcNow)) continue;
            // Another node or request may be sweeping the same folder: a file already gone is fine.
            try { File.Delete(file); removed++; }
            catch (IOException) { }
        }
        return removed;
    }
}
