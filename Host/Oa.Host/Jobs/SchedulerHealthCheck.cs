using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// Ready when the scheduler is running: timers and the monthly jobs only fire on a started scheduler. A node told to
/// stay in standby (Scheduler:Enabled=false) is ready too — firing is the other nodes' business.
/// </summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, IConfiguration config) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var meta = await scheduler.GetMetadata(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["status"] = meta.Status.ToString(), ["instanceId"] = meta.SchedulerInstanceId,
            ["persistent"] = meta.JobStorePersistent, ["clustered"] = meta.JobStoreClustered,
        };
        if (!config.GetValue("Scheduler:Enabled", true))
            return HealthCheckResult.Healthy("Scheduler:Enabled is false: this node does not fire jobs", data);
        return meta.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"running as {meta.SchedulerInstanceId}", data)
            : HealthCheckResult.Unhealthy($"scheduler is {meta.Status}", data: data);
    }
}
