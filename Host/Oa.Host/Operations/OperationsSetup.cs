using Oa.Host.Features.Files;
using Oa.Host.Operations.Backup;
using Oa.Host.Operations.Secrets;

namespace Oa.Host.Operations;

/// <summary>Registrations and endpoints of the attachment store and the operations features, kept out of the shared setup files.</summary>
public static class OperationsSetup
{
    public static IServiceCollection AddOaOperations(this IServiceCollection services)
    {
        services.AddSingleton<FileStoreOptions>();
        services.AddScoped<FileStore>();
        services.AddScoped<ISecretProtector, SecretProtector>();
        services.AddSingleton<BackupOptions>();
        services.AddScoped<BackupService>();
        services.AddScoped<RestoreService>();
        services.AddScoped<IntegrityCheck>();
        services.AddScoped<Upgrade.SafeMigrator>();
        return services;
    }

    public static IEndpointRouteBuilder MapOaOperations(this IEndpointRouteBuilder app)
    {
        app.MapFilesApi();
        return app;
    }
}
