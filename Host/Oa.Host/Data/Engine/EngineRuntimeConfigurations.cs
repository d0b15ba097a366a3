using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Engine;

internal sealed class StartTimerConfiguration : IEntityTypeConfiguration<StartTimerRecord>
{
    public void Configure(EntityTypeBuilder<StartTimerRecord> b)
    {
        b.ToTable("start_timers");
        b.Property(x => x.Id).HasMaxLength(300);
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.Cycle).HasMaxLength(64);
        b.HasIndex(x => x.DueAt);
        b.HasIndex(x => x.ProcessKey);
    }
}

internal sealed class MessageSubscriptionConfiguration : IEntityTypeConfiguration<MessageSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<MessageSubscriptionRecord> b)
    {
        b.ToTable("message_subscriptions");
        b.Property(x => x.Id).HasMaxLength(96);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(256);
        b.Property(x => x.CorrelationKey).HasMaxLength(256);
        b.HasIndex(x => new { x.Name, x.CorrelationKey });
        b.HasIndex(x => x.InstanceId);
    }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> b)
    {
        b.ToTable("jobs");
        b.Property(x => x.Id).HasMaxLength(96);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.Type).HasMaxLength(128);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => x.DueAt);
        b.HasIndex(x => x.InstanceId);
    }
}
