using Oa.Host.Engine;

namespace Oa.Host.Features.Ledgers;

public static class LedgerServices
{
    public static IServiceCollection AddOaLedgers(this IServiceCollection services)
    {
        services.AddSingleton<LedgerCatalog>();
        services.AddSingleton<PublicTracking>();
        services.AddScoped<LedgerPublisher>();
        services.AddScoped<LedgerGate>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<LedgerImporter>();
        services.AddScoped<LedgerRelatedRecords>();
        services.AddScoped<IHostServiceTask, LedgerUpsertTask>();
        return services;
    }
}
