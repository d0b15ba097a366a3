using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Features.Designer.Audit;

/// <summary>
/// One change made in 流程管理 or 实例迁移: who, when, from where, what (publish, rollback, import, draft, form, migrate)
/// and on which process or form. Instance repairs are recorded in each instance's own history; this table covers the
/// changes to definitions that no instance history would show.
/// </summary>
public sealed class DesignerAuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string UserName { get; set; } = "";
    public string? ClientIp { get; set; }
    public string Action { get; set; } = "";
    /// <summary>"process" or "form".</summary>
    public string SubjectKind { get; set; } = "";
    public string Subject { get; set; } = "";
    public int? Version { get; set; }
    public string? Detail { get; set; }
}

public sealed class DesignerAuditEntryConfiguration : IEntityTypeConfiguration<DesignerAuditEntry>
{
    public void Configure(EntityTypeBuilder<DesignerAuditEntry> e)
    {
        e.ToTable("DesignerAudit");
        e.Property(a => a.UserName).HasMaxLength(128);
        e.Property(a => a.ClientIp).HasMaxLength(64);
        e.Property(a => a.Action).HasMaxLength(32);
        e.Property(a => a.SubjectKind).HasMaxLength(16);
        e.Property(a => a.Subject).HasMaxLength(128);
        e.Property(a => a.Detail).HasMaxLength(2000);
        e.HasIndex(a => new { a.SubjectKind, a.Subject, a.At });
        e.HasIndex(a => a.At);
    }
}
