using Quartz;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Starts the 异常考勤审批 an attendance close queued. Triggered by the close at once, and swept every
/// <c>Attendance:ApprovalSweepSeconds</c> (60) so approvals queued just before a crash or restart still start.
/// Not concurrent (one node at a time in a cluster); the queue itself is idempotent either way.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StartExceptionApprovalsJob(ExceptionApprovalQueue queue) : IJob
{
    public static readonly JobKey Key = new("start-attendance-approvals", "attendance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var started = await queue.StartPendingAsync(cancellationToken);
        context.Result = started == 0 ? "无待发起的异常考勤审批" : $"发起 {started} 个异常考勤审批";
    }

    public static void Add(IQuartzBuilder q, IConfiguration config)
    {
        // Durable: the close triggers it by key, whether or not the sweep trigger exists.
        q.AddJob<StartExceptionApprovalsJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("发起考勤结算排队的异常考勤审批"));
        q.AddTrigger(t => t.ForJob(Key).WithIdentity("start-attendance-approvals", "attendance").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(5, config.GetValue("Attendance:ApprovalSweepSeconds", 60)))).RepeatForever()
                // Missed sweeps are not replayed: the next one starts everything queued.
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
