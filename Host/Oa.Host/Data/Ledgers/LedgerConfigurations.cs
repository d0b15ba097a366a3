using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Ledgers;

public sealed class LedgerDefinitionRecordConfiguration : IEntityTypeConfiguration<LedgerDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<LedgerDefinitionRecord> b)
    {
        b.ToTable("LedgerDefinitions");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
    }
}

public sealed class LedgerRecordConfiguration : IEntityTypeConfiguration<LedgerRecord>
{
    public void Configure(EntityTypeBuilder<LedgerRecord> b)
    {
        b.ToTable("LedgerRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.LedgerKey).HasMaxLength(64);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Keywords).HasMaxLength(2000);
        b.Property(x => x.MatchKey).HasMaxLength(200);
        b.Property(x => x.OwnerUserName).HasMaxLength(64);
        b.Property(x => x.OwnerDepartmentId).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.LedgerKey, x.MatchKey }).IsUnique();
        b.HasIndex(x => new { x.LedgerKey, x.OwnerUserName });
        b.HasIndex(x => new { x.LedgerKey, x.OwnerDepartmentId });
        b.HasIndex(x => new { x.LedgerKey, x.UpdatedAt });
        b.HasMany(x => x.Values).WithOne().HasForeignKey(v => v.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LedgerFieldValueConfiguration : IEntityTypeConfiguration<LedgerFieldValue>
{
    public void Configure(EntityTypeBuilder<LedgerFieldValue> b)
    {
        b.ToTable("LedgerFieldValues");
        b.HasKey(x => x.Id);
        b.Property(x => x.LedgerKey).HasMaxLength(64);
        b.Property(x => x.Field).HasMaxLength(64);
        b.Property(x => x.Text).HasMaxLength(400);
        b.HasIndex(x => new { x.LedgerKey, x.Field, x.Text });
        b.HasIndex(x => new { x.LedgerKey, x.Field, x.Number });
        b.HasIndex(x => new { x.RecordId, x.Field }).IsUnique();
    }
}

public sealed class LedgerAuditEntryConfiguration : IEntityTypeConfiguration<LedgerAuditEntry>
{
    public void Configure(EntityTypeBuilder<LedgerAuditEntry> b)
    {
        b.ToTable("LedgerAudit");
        b.HasKey(x => x.Id);
        b.Property(x => x.LedgerKey).HasMaxLength(64);
        b.Property(x => x.Action).HasMaxLength(16);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.JobId).HasMaxLength(100);
        b.HasIndex(x => new { x.LedgerKey, x.RecordId });
        b.HasIndex(x => x.JobId).IsUnique();
    }
}
