using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Drafts;

/// <summary>草稿: a request saved before submitting. Only its owner sees it; submitting it removes it.</summary>
public sealed class Draft
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string ProcessKey { get; set; } = "";
    public string ProcessName { get; set; } = "";
    /// <summary>The form values as the applicant left them (unvalidated: a draft may be half-filled).</summary>
    public string DataJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> b)
    {
        b.ToTable("drafts");
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.ProcessName).HasMaxLength(200);
        b.HasIndex(x => new { x.UserName, x.UpdatedAt });
    }
}
