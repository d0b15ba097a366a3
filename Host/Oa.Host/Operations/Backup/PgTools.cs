using System.Diagnostics;
using Npgsql;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// Runs pg_dump / pg_restore against the database of a connection string. The password goes in PGPASSWORD, never
/// on the command line (where every local user could read it from the process list) or in our logs.
/// </summary>
public static class PgTools
{
    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add($"--host={cs.Host}");
        start.ArgumentList.Add($"--port={cs.Port}");
        if (cs.Username is { Length: > 0 } user) start.ArgumentList.Add($"--username={user}");
        start.ArgumentList.Add($"--dbname={cs.Database}");
        start.ArgumentList.Add("--no-password");
        foreach (var a in args) start.ArgumentList.Add(a);
        if (cs.Password is { Length: > 0 } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(tool)} failed ({process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
    }
}
