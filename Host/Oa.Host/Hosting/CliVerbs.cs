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
}
