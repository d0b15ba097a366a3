using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Files;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("files");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasMaxLength(32);
        b.Property(f => f.Name).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasMaxLength(256);
        b.Property(f => f.InstanceId).HasMaxLength(64);
        b.Property(f => f.LedgerRecordId).HasMaxLength(64);
        b.HasIndex(f => f.InstanceId);
        b.HasIndex(f => f.LedgerRecordId);
        // Blob clean-up asks "is any row still using this hash?".
        b.HasIndex(f => f.Sha256);
    }
}
