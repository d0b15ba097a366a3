using Oa.Host.Features.Org;
using Oa.Host.Features.Setup;

namespace Oa.Host.Hosting;

/// <summary>Administrative verbs on the host executable: <c>dotnet run --project Host/Oa.Host -- migrate</c>.</summary>
public static class CliVerbs
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["migrate"] = Migrate,
        ["seed-demo"] = SeedDemo,
        ["create-user"] = CreateUser,
        ["validate"] = Validate,
        ["import-definitions"] = ImportDefinitions,
        ["backup"] = Operations.Backup.BackupVerbs.Backup,
        ["restore"] = Operations.Backup.BackupVerbs.Restore,
    };

    public static string? Find(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]) ? args[0] : null;

    public static void Register(string verb, Func<IServiceProvider, string[], Task<int>> run) => Verbs[verb] = run;

    public static async Task<int> RunAsync(WebApplication app, string verb, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Verbs[verb](scope.ServiceProvider, args);
    }

    private static async Task<int> Migrate(IServiceProvider sp, string[] args)
    {
        var init = sp.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync(CancellationToken.None);
        await init.EnsureRolesAsync();
        Console.WriteLine("Database is up to date.");
        return 0;
    }

    private static async Task<int> SeedDemo(IServiceProvider sp, string[] args)
    {
        var init = sp.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync(CancellationToken.None);
        await init.EnsureRolesAsync();
        await init.SeedDemoAsync(CancellationToken.None);
        Console.WriteLine($"Demo organisation loaded; every demo user's password is {DemoOrganisation.Password}.");
        return 0;
    }

    /// <summary><c>create-user &lt;userName&gt; &lt;displayName&gt; &lt;password&gt; [role,role]</c></summary>
    private static async Task<int> CreateUser(IServiceProvider sp, string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: create-user <userName> <displayName> <password> [role,role,...]");
            return 2;
        }
        var init = sp.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync(CancellationToken.None);
        await init.EnsureRolesAsync();
        var roles = args.Length > 3 ? args[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var (user, errors) = await sp.GetRequiredService<OrgService>().CreateUserAsync(
            new UserInput(args[0], args[1], args[2], null, null, null, null, null, null, null, null, null, null, roles), CancellationToken.None);
        if (user is null)
        {
            foreach (var (field, messages) in errors.ToDictionary()) Console.Error.WriteLine($"{field}: {string.Join("; ", messages)}");
            return 1;
        }
        Console.WriteLine($"Created user {user.UserName}.");
        return 0;
    }

    /// <summary><c>validate &lt;file&gt;…</c>: exit 0 when every file is valid, else 1 with one problem per line. Needs no database.</summary>
    private static Task<int> Validate(IServiceProvider sp, string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: validate <file.bpmn|file.form> [...]");
            return Task.FromResult(2);
        }
        var missing = args.Where(a => !File.Exists(a)).ToList();
        foreach (var m in missing) Console.Error.WriteLine($"{m}: file not found");
        if (missing.Count > 0) return Task.FromResult(2);
        var files = args.Select(a => new Features.Definitions.DefinitionFile(Path.GetFileName(a), File.ReadAllText(a))).ToList();
        // Forms and called processes outside the given files are taken as present: this checks the files themselves.
        var result = Features.Definitions.DefinitionValidator.Check(files, _ => true, _ => true);
        foreach (var p in result.Problems)
            Console.WriteLine($"{p.File}{(p.Line is null ? "" : $":{p.Line}")}: {p.ElementId ?? "-"}: {p.Message}");
        if (result.Problems.Count == 0) Console.WriteLine($"OK: {result.Processes.Count} process(es), {result.Forms.Count} form(s)");
        return Task.FromResult(result.Problems.Count == 0 ? 0 : 1);
    }

    private static async Task<int> ImportDefinitions(IServiceProvider sp, string[] args)
    {
        var init = sp.GetRequiredService<DatabaseInitializer>();
        var dir = args.Length > 0 ? Path.GetFullPath(args[0]) : DatabaseInitializer.DefinitionsDirectory(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
        if (dir is null || !Directory.Exists(dir))
        {
            Console.Error.WriteLine($"usage: import-definitions <dir> (no such folder: {dir})");
            return 2;
        }
        await init.MigrateAsync(CancellationToken.None);
        await init.EnsureRolesAsync();
        var ok = await init.ImportDefinitionsAsync(dir, CancellationToken.None);
        Console.WriteLine(ok ? $"Imported definitions from {dir}." : "Import failed; nothing was published (see the problems above).");
        return ok ? 0 : 1;
    }
}
