using Oa.Host.Engine;
using Oa.Host.Features.PrintTemplates;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>The host-side service tasks of the shipped processes (Definitions/README.md says which process uses which) and their start checks.</summary>
public static class ProcessTaskServices
{
    public static IServiceCollection AddOaProcessTasks(this IServiceCollection services)
    {
        services.AddScoped<IHostServiceTask, LeaveDeductTask>();
        services.AddScoped<IHostServiceTask, CaLoanTask>();
        services.AddScoped<IHostServiceTask, DocumentTask>();
        services.AddScoped<IHostServiceTask, InstanceSerialTask>();
        services.AddScoped<IStartCheck, LeaveBalanceCheck>();
        services.AddScoped<PrintTemplateStore>();
        return services;
    }
}
