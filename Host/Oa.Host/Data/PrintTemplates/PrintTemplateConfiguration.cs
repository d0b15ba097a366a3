using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.PrintTemplates;

public sealed class PrintTemplateConfiguration : IEntityTypeConfiguration<PrintTemplateRecord>
{
    public void Configure(EntityTypeBuilder<PrintTemplateRecord> b)
    {
        b.ToTable("PrintTemplates");
        b.HasKey(x => x.Id);
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.ProcessKey, x.Version }).IsUnique();
    }
}
