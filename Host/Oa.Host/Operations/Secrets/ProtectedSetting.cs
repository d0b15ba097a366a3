using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Operations.Secrets;

/// <summary>
/// A secret setting (SMTP password, webhook key, backup key) kept in the database only as Data Protection
/// ciphertext: a copy of the database, or a backup of it, does not reveal it without the key ring.
/// </summary>
public sealed class ProtectedSetting
{
    public required string Key { get; set; }
    public required string Ciphertext { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

public sealed class ProtectedSettingConfiguration : IEntityTypeConfiguration<ProtectedSetting>
{
    public void Configure(EntityTypeBuilder<ProtectedSetting> b)
    {
        b.ToTable("protected_settings");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
