using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oa.Host.Identity;

namespace Oa.Host.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.ParentId).HasMaxLength(64);
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.HeadUserName).HasMaxLength(64);
        b.Property(x => x.LeaderUserName).HasMaxLength(64);
        b.HasIndex(x => x.ParentId);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.ToTable("positions");
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(64).IsRequired();
        b.Property(x => x.EmployeeNo).HasMaxLength(32);
        b.Property(x => x.DepartmentId).HasMaxLength(64);
        b.Property(x => x.PositionId).HasMaxLength(64);
        b.Property(x => x.ManagerUserName).HasMaxLength(64);
        b.Property(x => x.Region).HasMaxLength(32);
        b.Property(x => x.Language).HasMaxLength(16);
        b.HasIndex(x => x.DepartmentId);
        b.HasIndex(x => x.EmployeeNo).IsUnique();
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> b)
    {
        b.ToTable("access_tokens");
        b.Property(x => x.UserId).HasMaxLength(64).IsRequired();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> b)
    {
        b.ToTable("change_stamps");
        b.HasKey(x => x.Area);
        b.Property(x => x.Area).HasMaxLength(32);
    }
}
