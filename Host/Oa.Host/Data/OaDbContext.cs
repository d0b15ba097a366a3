using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data.Attendance;
using Oa.Host.Data.Engine;
using Oa.Host.Data.Ledgers;
using Oa.Host.Identity;

namespace Oa.Host.Data;

/// <summary>
/// The product database. Provider-specific subclasses (<see cref="SqliteOaDbContext"/>, <see cref="PostgresOaDbContext"/>)
/// exist only so that each provider has its own migrations set; the model is defined once here.
/// </summary>
public abstract class OaDbContext(DbContextOptions options) : IdentityDbContext<AppUser, AppRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProcessDefinitionRecord> ProcessDefinitions => Set<ProcessDefinitionRecord>();
    public DbSet<FormDefinitionRecord> FormDefinitions => Set<FormDefinitionRecord>();
    public DbSet<ProcessInstanceRecord> ProcessInstances => Set<ProcessInstanceRecord>();
    public DbSet<WorkTask> Tasks => Set<WorkTask>();
    public DbSet<TaskCandidate> TaskCandidates => Set<TaskCandidate>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<HistoryRecord> History => Set<HistoryRecord>();
    public DbSet<SerialCounter> SerialCounters => Set<SerialCounter>();
    public DbSet<CarbonCopy> CarbonCopies => Set<CarbonCopy>();
    public DbSet<StartTimerRecord> StartTimers => Set<StartTimerRecord>();
    public DbSet<MessageSubscriptionRecord> MessageSubscriptions => Set<MessageSubscriptionRecord>();
    public DbSet<JobRecord> Jobs => Set<JobRecord>();
    public DbSet<Features.Designer.Drafts.ProcessDraft> ProcessDrafts => Set<Features.Designer.Drafts.ProcessDraft>();
    public DbSet<Features.Designer.Audit.DesignerAuditEntry> DesignerAudit => Set<Features.Designer.Audit.DesignerAuditEntry>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Notifications.NotificationDelivery> NotificationDeliveries => Set<Notifications.NotificationDelivery>();
    public DbSet<Drafts.Draft> Drafts => Set<Drafts.Draft>();
    public DbSet<Deputies.DeputyRule> DeputyRules => Set<Deputies.DeputyRule>();
    public DbSet<Notifications.NotificationPreference> NotificationPreferences => Set<Notifications.NotificationPreference>();
    public DbSet<global::Oa.Host.Data.Files.StoredFile> Files => Set<global::Oa.Host.Data.Files.StoredFile>();
    public DbSet<global::Oa.Host.Operations.Secrets.ProtectedSetting> ProtectedSettings => Set<global::Oa.Host.Operations.Secrets.ProtectedSetting>();
    // Attendance and payroll (issue #7)
    public DbSet<PunchRecord> Punches => Set<PunchRecord>();
    public DbSet<PunchCorrectionRecord> PunchCorrections => Set<PunchCorrectionRecord>();
    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();
    public DbSet<ScheduleRecord> Schedules => Set<ScheduleRecord>();
    public DbSet<ScheduleAssignment> ScheduleAssignments => Set<ScheduleAssignment>();
    public DbSet<ScheduleSpanRecord> ScheduleSpans => Set<ScheduleSpanRecord>();
    public DbSet<Reminders.ReminderSent> RemindersSent => Set<Reminders.ReminderSent>();
    public DbSet<AttendancePeriodRecord> AttendancePeriods => Set<AttendancePeriodRecord>();
    public DbSet<PeriodAuditRecord> PeriodAudit => Set<PeriodAuditRecord>();
    public DbSet<DayResultRecord> DayResults => Set<DayResultRecord>();
    public DbSet<PeriodSummaryRecord> PeriodSummaries => Set<PeriodSummaryRecord>();
    public DbSet<DeductionRecord> Deductions => Set<DeductionRecord>();
    public DbSet<ExceptionApprovalRecord> ExceptionApprovals => Set<ExceptionApprovalRecord>();
    public DbSet<PayrollItemRecord> PayrollItems => Set<PayrollItemRecord>();
    public DbSet<JobRunRecord> JobRuns => Set<JobRunRecord>();
    public DbSet<LedgerDefinitionRecord> LedgerDefinitions => Set<LedgerDefinitionRecord>();
    public DbSet<LedgerRecord> LedgerRecords => Set<LedgerRecord>();
    public DbSet<LedgerFieldValue> LedgerFieldValues => Set<LedgerFieldValue>();
    public DbSet<LedgerAuditEntry> LedgerAudit => Set<LedgerAuditEntry>();
    public DbSet<global::Oa.Host.Data.PrintTemplates.PrintTemplateRecord> PrintTemplates => Set<global::Oa.Host.Data.PrintTemplates.PrintTemplateRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OaDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; storing UTC ticks keeps inbox sorting index-friendly.
        if (Database.IsSqlite())
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        builder.Properties<decimal>().HavePrecision(18, 2);
    }
}

public sealed class SqliteOaDbContext(DbContextOptions<SqliteOaDbContext> options) : OaDbContext(options);

public sealed class PostgresOaDbContext(DbContextOptions<PostgresOaDbContext> options) : OaDbContext(options);
