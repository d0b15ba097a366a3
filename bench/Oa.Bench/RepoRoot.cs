namespace Oa.Bench;

// The repo root is the directory holding Oa.sln; searched from the working directory first (dotnet run
// from anywhere in the checkout), then from the binary's location.
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Oa.sln"))) return dir.FullName;
        throw new InvalidOperationException("Oa.sln not found above the working directory or the binary.");
    }
}
