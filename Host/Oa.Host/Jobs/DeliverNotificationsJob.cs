using Oa.Host.Features.Notifications;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>Sends the queued e-mails and bot messages. One batch at a time across the cluster, like the timer sweep.</summary>
[DisallowConcurrentExecution]
public sealed class DeliverNotificationsJob(NotificationSender sender) : IJob
{
    public static readonly JobKey Key = new("deliver-notifications", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await sender.SendDueAsync(cancellationToken);
}
