using Oa.Host.Features.Attendance;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// The reminder triggers, in China time like the attendance close: the daily sweep (Reminders:Cron, default 08:30) and
/// the weekly digest (Reminders:DigestCron, Monday 09:00). "-" switches one off.
/// </summary>
/// <remarks>
/// Misfire policy for both: FireAndProceed — a node that was down at 08:30 sends the day's reminders once when it comes
/// back, not once per missed day. That is safe because both jobs are idempotent per item and day (reminders_sent), and
/// right because a reminder due yesterday is still due (or now overdue) today: the sources judge from today's date.
/// </remarks>
public static class ReminderSchedule
{
    public static void Add(IQuartzBuilder q, IConfiguration config)
    {
        q.AddJob<SendRemindersJob>(j => j.WithIdentity(SendRemindersJob.Key).WithDescription("回款、借用、证书到期、代理结束提醒（每日）"));
        q.AddConfiguredTrigger<SendRemindersJob>("Reminders:Cron", (_, key) => config[key] is { Length: > 0 } s ? s : "0 30 8 * * ?",
            (_, cron, t) => t.ForJob(SendRemindersJob.Key).WithIdentity("send-reminders", "reminders")
                .WithCronSchedule(cron ?? "0 30 8 * * ?", c => c.InTimeZone(AttendanceClock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        q.AddJob<ReceivablesDigestJob>(j => j.WithIdentity(ReceivablesDigestJob.Key).WithDescription("回款周报（每周一，发给销售总监）"));
        q.AddConfiguredTrigger<ReceivablesDigestJob>("Reminders:DigestCron", (_, key) => config[key] is { Length: > 0 } s ? s : "0 0 9 ? * MON",
            (_, cron, t) => t.ForJob(ReceivablesDigestJob.Key).WithIdentity("receivables-digest", "reminders")
                .WithCronSchedule(cron ?? "0 0 9 ? * MON", c => c.InTimeZone(AttendanceClock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
