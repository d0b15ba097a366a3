using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Reminders;

/// <summary>
/// One reminder sent about one item (a receivable row, a loan, a certificate, a deputy period) on one company day.
/// The unique (kind, item, day) row is what makes the reminder sweeps idempotent: a re-run, a catch-up misfire or a
/// second node finds the row and sends nothing.
/// </summary>
public sealed class ReminderSent
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string ItemKey { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Recipients { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> b)
    {
        b.ToTable("reminders_sent");
        b.Property(x => x.Kind).HasMaxLength(48);
        b.Property(x => x.ItemKey).HasMaxLength(200);
        b.Property(x => x.Recipients).HasMaxLength(2000);
        b.HasIndex(x => new { x.Kind, x.ItemKey, x.Day }).IsUnique();
    }
}
