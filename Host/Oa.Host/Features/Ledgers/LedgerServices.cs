using Oa.Host.Engine;

namespace Oa.Host.Features.Ledgers;

public static class LedgerServices
{
    public static IServiceCollection AddOaLedgers(this IServiceCollection services)
    {
        services.AddSingleton<LedgerCatalog>();
        services.AddSingleton<PublicTracking>();
        services.AddSingleton<Evaluation.CustomerEvaluation>();
        services.AddScoped<LedgerPublisher>();
        services.AddScoped<LedgerGate>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<LedgerImporter>();
        services.AddScoped<LedgerRelatedRecords>();
        services.AddScoped<IHostServiceTask, LedgerUpsertTask>();
        return services;
    }
}
