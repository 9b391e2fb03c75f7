using FamilyTies.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Establishments;

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
