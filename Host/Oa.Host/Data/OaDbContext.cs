using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data.Engine;
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
    public DbSet<Features.Designer.Drafts.ProcessDraft> ProcessDrafts => Set<Features.Designer.Drafts.ProcessDraft>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Notifications.NotificationDelivery> NotificationDeliveries => Set<Notifications.NotificationDelivery>();
    public DbSet<Drafts.Draft> Drafts => Set<Drafts.Draft>();
    public DbSet<Deputies.DeputyRule> DeputyRules => Set<Deputies.DeputyRule>();
    public DbSet<Notifications.NotificationPreference> NotificationPreferences => Set<Notifications.NotificationPreference>();

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
