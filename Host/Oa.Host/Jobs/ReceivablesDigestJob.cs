using Oa.Host.Features.Attendance;
using Oa.Host.Features.Reminders;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>The weekly receivables digest to the sales heads (one per head and week).</summary>
[DisallowConcurrentExecution]
public sealed class ReceivablesDigestJob(IServiceScopeFactory scopes, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("receivables-digest", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = AttendanceClock.Today(clock);
        var outcome = await scope.ServiceProvider.GetRequiredService<ReminderRun>().WeeklyDigestAsync(today, cancellationToken);
        context.Result = $"{today:yyyy-MM-dd}: 周报 {outcome.Sent} 份，已发过跳过 {outcome.Skipped} 份";
    }
}
