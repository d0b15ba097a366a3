using Oa.Host.Data;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace Oa.Host.Jobs;

/// <summary>
/// Quartz on the product database: the ADO job store in the QRTZ_* tables the EF migrations create, SQLite through
/// Microsoft.Data.Sqlite by default, PostgreSQL through Npgsql and clustered (every node on one database shares the
/// triggers; each firing runs on exactly one node).
/// </summary>
/// <remarks>
/// Everything that depends on configuration is read when the scheduler is built, not here: test hosts add their
/// settings (provider, connection string, Timers:Enabled) after the services are declared, as DatabaseSetup notes.
/// That is why clustering is switched on through its options rather than by UseClustering(), which can only be
/// called unconditionally.
/// </remarks>
public static class SchedulerSetup
{
    public const string SchedulerName = "oa";

    public static IServiceCollection AddOaScheduler(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        bool Postgres() => DatabaseSetup.DatabaseProviderName(config) == "postgres";

        services.AddSingleton<TimerPoller>();
        services.AddSingleton<Oa.Host.Engine.StartTimerScheduler>();
        services.AddSingleton<Oa.Host.Engine.ServiceTaskJobRunner>();
        services.AddQuartz(q =>
        {
            // One name for every node, so they share the rows; AUTO instance ids keep the nodes apart.
            q.ConfigureScheduler(o => { o.InstanceName = SchedulerName; o.GenerateInstanceId = true; });
            // Jobs are short database calls; two threads keep a slow one from starving the timer sweep.
            q.UseDefaultThreadPool(o => o.MaxConcurrency = Math.Max(1, config.GetValue("Scheduler:Threads", 2)));
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                // The provider and connection string are filled in below, once configuration is complete.
                store.UseDataSource(_ => { });
                store.UseDriverDelegate(_ => Postgres() ? new PostgreSQLDelegate() : new SQLiteDelegate());
            });

            q.AddJob<FireDueTimersJob>(j => j.WithIdentity(FireDueTimersJob.Key).WithDescription("Fire due BPMN timers"));
            // Timers:Enabled=false switches the trigger off (and unschedules one a previous start stored); tests that
            // drive the clock themselves call TimerPoller.FireDueAsync instead.
            q.AddConfiguredTrigger<FireDueTimersJob>("Timers:Enabled",
                (_, key) => config.GetValue(key, true) ? "on" : "-",
                (_, _, t) => t.ForJob(FireDueTimersJob.Key).WithIdentity("fire-due-timers", "bpmn").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Timers:PollSeconds", 5)))).RepeatForever()
                        // Misfire (node down, pool busy): skip the missed sweeps and wait for the next one. A sweep fires
                        // everything due up to its own time, so replaying missed ones would only repeat empty queries.
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            // Service-task jobs (IHostServiceTask); Jobs:Enabled=false leaves them to tests that call the runner.
            q.AddJob<RunDueJobsJob>(j => j.WithIdentity(RunDueJobsJob.Key).WithDescription("Run due service-task jobs"));
            q.AddConfiguredTrigger<RunDueJobsJob>("Jobs:Enabled",
                (_, key) => config.GetValue(key, true) ? "on" : "-",
                (_, _, t) => t.ForJob(RunDueJobsJob.Key).WithIdentity("run-due-jobs", "bpmn").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Jobs:PollSeconds", 5)))).RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            q.AddJob<DeliverNotificationsJob>(j => j.WithIdentity(DeliverNotificationsJob.Key).WithDescription("Send queued e-mail and group-bot notifications"));
            q.AddConfiguredTrigger<DeliverNotificationsJob>("Notifications:Enabled",
                (_, key) => config.GetValue(key, true) ? "on" : "-",
                (_, _, t) => t.ForJob(DeliverNotificationsJob.Key).WithIdentity("deliver-notifications", "notifications").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Notifications:PollSeconds", 15)))).RepeatForever()
                        // Misfire: the next sweep sends everything due, so missed ones are skipped, not replayed.
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            Operations.Backup.BackupSchedule.Add(q, config); // daily backup with retention, weekly integrity check
            // Attendance (issue #7): close the 26th→25th period at 01:00 China time on the 26th. Misfire: fire once as
            // soon as possible (node down on the 26th) — the close is idempotent and skips periods HR already handled.
            q.AddJob<CloseAttendancePeriodJob>(j => j.WithIdentity(CloseAttendancePeriodJob.Key).WithDescription("考勤周期结算（每月26日）"));
            q.AddTrigger(t => t.ForJob(CloseAttendancePeriodJob.Key).WithIdentity("close-attendance-period", "attendance")
                .WithCronSchedule(config["Attendance:CloseCron"] ?? "0 0 1 26 * ?", c => c.InTimeZone(Features.Attendance.AttendanceClock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            ReminderSchedule.Add(q, config); // daily reminders and the weekly receivables digest (issue #7)
            Features.Attendance.Close.StartExceptionApprovalsJob.Add(q, config); // the 异常考勤审批 a close queued (issue #9: W4)
            q.AddJobListener<JobRunListener>();
        });
        services.AddOptions<DataSourceOptions>("quartz").Configure(o =>
        {
            o.Provider = Postgres() ? DataSourceOptions.Providers.Npgsql : DataSourceOptions.Providers.Sqlite;
            o.ConnectionString = Postgres() ? config.GetConnectionString("Oa") : DatabaseSetup.SqliteConnectionString(config, contentRoot);
        });
        services.AddOptions<ClusteringOptions>().Configure(o => o.Enabled = Postgres());
        services.AddOptions<AdoJobStoreOptions>().Configure(o => o.UseDbLocks = Postgres());
        services.AddQuartzHostedService(o =>
        {
            // Scheduler:Enabled=false leaves this node's scheduler in standby: it can still schedule work for the
            // other nodes but never fires any itself (a web-only node).
            o.AutoStart = config.GetValue("Scheduler:Enabled", true);
            // Started inside host start-up (the database is migrated before the host starts), so a started host
            // has a running scheduler and readiness needs no grace period.
            o.AwaitApplicationStarted = false;
            o.WaitForJobsToComplete = true;
        });
        // Asked to stop on shutdown, running jobs stop between engine commands; each command is its own transaction.
        services.AddOptions<QuartzSchedulerOptions>().Configure(o => o.ShutdownJobInterruption = ShutdownJobInterruption.Always);
        return services;
    }
}
