using FamilyTies.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Establishments;

public class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne<FamilyTies.Domain.Establishments.Establishment>().WithMany()
            .HasForeignKey(u => u.CurrentEstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
