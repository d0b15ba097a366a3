using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Event).HasMaxLength(32);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(4000);
        b.Property(x => x.Link).HasMaxLength(300);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.Actor).HasMaxLength(64);
        // The bell's unread count and the centre's newest-first page are both answered from this index.
        b.HasIndex(x => new { x.UserName, x.ReadAt, x.CreatedAt });
        b.HasIndex(x => new { x.UserName, x.CreatedAt });
    }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> b)
    {
        b.ToTable("notification_deliveries");
        b.Property(x => x.Channel).HasMaxLength(16);
        b.Property(x => x.Target).HasMaxLength(256);
        b.Property(x => x.Mention).HasMaxLength(32);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasOne(x => x.Notification).WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("notification_preferences");
        b.HasKey(x => x.UserName);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.MutedEvents).HasMaxLength(300);
    }
}
