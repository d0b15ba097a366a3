using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Deputies;

/// <summary>
/// 代理: while <see cref="UserName"/> is away (from <see cref="StartsAt"/> until <see cref="EndsAt"/>), new tasks that would
/// be theirs go to <see cref="Deputy"/> — for every process, or only those in <see cref="ProcessKeys"/>.
/// </summary>
public sealed class DeputyRule
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string Deputy { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    /// <summary>Comma-separated process keys; null for all processes.</summary>
    public string? ProcessKeys { get; set; }
    public string? Reason { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool Covers(string processKey, DateTimeOffset at) =>
        RevokedAt is null && StartsAt <= at && at < EndsAt
        && (ProcessKeys is null || ProcessKeys.Split(',', StringSplitOptions.TrimEntries).Contains(processKey, StringComparer.Ordinal));
}

internal sealed class DeputyRuleConfiguration : IEntityTypeConfiguration<DeputyRule>
{
    public void Configure(EntityTypeBuilder<DeputyRule> b)
    {
        b.ToTable("deputy_rules");
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Deputy).HasMaxLength(64);
        b.Property(x => x.ProcessKeys).HasMaxLength(1000);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.UserName, x.EndsAt });
        b.HasIndex(x => new { x.Deputy, x.EndsAt });
    }
}
