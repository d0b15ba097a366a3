using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Features.Designer.Drafts;

/// <summary>
/// The designer's unpublished work on one process, saved as the admin edits. The engine never reads this table: a
/// draft cannot affect running or new requests until it is published as a version (which removes the draft).
/// One draft per process, last save wins; the page says who saved it and when.
/// </summary>
public sealed class ProcessDraft
{
    public string ProcessKey { get; set; } = "";
    public string BpmnXml { get; set; } = "";
    /// <summary>The latest published version the draft started from (null for a process not yet published).</summary>
    public int? BaseVersion { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public string SavedBy { get; set; } = "";
}

public sealed class ProcessDraftConfiguration : IEntityTypeConfiguration<ProcessDraft>
{
    public void Configure(EntityTypeBuilder<ProcessDraft> e)
    {
        e.ToTable("ProcessDrafts");
        e.HasKey(d => d.ProcessKey);
        e.Property(d => d.ProcessKey).HasMaxLength(128);
        e.Property(d => d.SavedBy).HasMaxLength(128);
    }
}
