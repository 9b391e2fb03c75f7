using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class FamilyDayGuestConfiguration : IEntityTypeConfiguration<FamilyDayGuest>
{
    public void Configure(EntityTypeBuilder<FamilyDayGuest> builder)
    {
        builder.HasOne(g => g.Contact).WithMany().HasForeignKey(g => g.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.BookTitle).HasMaxLength(200);
        builder.HasIndex(g => g.FamilyDayApplicationId);
    }
}
