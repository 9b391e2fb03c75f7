using FamilyTies.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Establishments;

public class StaffEstablishmentConfiguration : IEntityTypeConfiguration<StaffEstablishment>
{
    public void Configure(EntityTypeBuilder<StaffEstablishment> builder)
    {
        builder.HasKey(s => new { s.UserId, s.EstablishmentId });
        builder.HasOne<StaffUser>().WithMany(u => u.Establishments).HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Establishment).WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Roles).WithOne().HasForeignKey(r => new { r.UserId, r.EstablishmentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.EstablishmentId);
    }
}

/// <summary>Roles per membership: the key starts with the user, so the sign-in claims read one index range.</summary>
public class StaffEstablishmentRoleConfiguration : IEntityTypeConfiguration<StaffEstablishmentRole>
{
    public void Configure(EntityTypeBuilder<StaffEstablishmentRole> builder)
    {
        builder.ToTable("StaffEstablishmentRoles");
        builder.HasKey(r => new { r.UserId, r.EstablishmentId, r.Role });
        builder.Property(r => r.Role).HasMaxLength(50);
        builder.HasIndex(r => new { r.EstablishmentId, r.Role });
    }
}

public class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("StaffSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}

public class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne<FamilyTies.Domain.Establishments.Establishment>().WithMany()
            .HasForeignKey(u => u.CurrentEstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
