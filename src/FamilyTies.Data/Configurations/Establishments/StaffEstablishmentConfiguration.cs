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
