using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Oa.Host.Features.Files;
using Oa.Host.Operations.Backup;
using Oa.Host.Operations.Monitoring;
using Oa.Host.Operations.Secrets;

namespace Oa.Host.Operations;

/// <summary>Registrations and endpoints of the attachment store and the operations features, kept out of the shared setup files.</summary>
public static class OperationsSetup
{
    public static IServiceCollection AddOaOperations(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<FileStoreOptions>();
        services.AddScoped<FileStore>();
        services.AddScoped<ISecretProtector, SecretProtector>();
        services.AddSingleton<BackupOptions>();
        services.AddScoped<BackupService>();
        services.AddScoped<RestoreService>();
        services.AddScoped<IntegrityCheck>();
        services.AddScoped<Upgrade.SafeMigrator>();
        services.AddScoped<Retention.HistoryCleanup>();
        services.AddSingleton<OaMetrics>();
        services.AddScoped<Features.Admin.System.SystemStatusReader>();

        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(m => m.AddMeter(OaMetrics.MeterName, "Microsoft.AspNetCore.Hosting").AddPrometheusExporter());
        // Traces leave the process only when an OTLP collector is configured (OpenTelemetry:OtlpEndpoint).
        if (config["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } otlp)
            telemetry.WithTracing(t => t.AddSource(OaMetrics.Activities.Name).AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        return services;
    }

    public static WebApplication MapOaOperations(this WebApplication app)
    {
        app.UseMiddleware<MetricsEndpoint>();
        app.UseMiddleware<CommandMetrics>();
        app.MapPrometheusScrapingEndpoint(MetricsEndpoint.Path).AllowAnonymous(); // MetricsEndpoint decides who may read it
        app.MapFilesApi();
        return app;
    }
}
