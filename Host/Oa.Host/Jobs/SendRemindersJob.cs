using Oa.Host.Features.Attendance;
using Oa.Host.Features.Reminders;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>Daily reminders (receivables, loans, expiring certificates, deputy periods ending) for today's company date.</summary>
[DisallowConcurrentExecution]
public sealed class SendRemindersJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("send-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = AttendanceClock.Today(clock);
        var outcome = await scope.ServiceProvider.GetRequiredService<ReminderRun>().DailyAsync(today, cancellationToken);
        context.Result = $"{today:yyyy-MM-dd}: 发送 {outcome.Sent} 条，已发过跳过 {outcome.Skipped} 条";
    }
}
