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
        builder.HasIndex(s => s.EstablishmentId);
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
