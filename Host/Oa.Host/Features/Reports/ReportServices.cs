namespace Oa.Host.Features.Reports;

public static class ReportServices
{
    public static IServiceCollection AddOaReports(this IServiceCollection services)
    {
        services.AddScoped<ProcessReports>();
        services.AddScoped<ManagerDashboard>();
        return services;
    }
}
