namespace Oa.Host.Operations;

/// <summary>Where the host keeps what is not in the database: Storage:DataDirectory (default data/ under the content root).</summary>
public static class DataPaths
{
    public static string DataDirectory(IConfiguration config, string contentRoot) =>
        Path.GetFullPath(config["Storage:DataDirectory"] ?? "data", contentRoot);

    public static string FilesDirectory(IConfiguration config, string contentRoot) =>
        config["Files:Directory"] is { Length: > 0 } dir ? Path.GetFullPath(dir, contentRoot) : Path.Combine(DataDirectory(config, contentRoot), "files");

    public static string BackupsDirectory(IConfiguration config, string contentRoot) =>
        config["Backup:Directory"] is { Length: > 0 } dir ? Path.GetFullPath(dir, contentRoot) : Path.Combine(DataDirectory(config, contentRoot), "backups");
}
