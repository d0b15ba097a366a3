using Oa.Host.Features.Setup;

namespace Oa.Host.Hosting;

/// <summary>Runs the web host, or one CLI verb (<c>migrate</c>, <c>validate</c>, …) against the same configuration and services.</summary>
public static class OaApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = CliVerbs.Find(args);
        var builder = WebApplication.CreateBuilder(verb is null ? args : args[1..]);
        builder.AddOa();
        var app = builder.Build();
        if (verb is not null) return await CliVerbs.RunAsync(app, verb, args[1..]);

        // Nodes of a cluster starting together initialise the shared database one after the other.
        await using (await Operations.StartupLock.AcquireAsync(app.Configuration, app.Lifetime.ApplicationStopping))
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(app.Lifetime.ApplicationStopping);
        app.UseOa();
        await app.RunAsync();
        return 0;
    }
}
