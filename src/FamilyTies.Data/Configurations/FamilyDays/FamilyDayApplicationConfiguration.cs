using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class FamilyDayApplicationConfiguration : IEntityTypeConfiguration<FamilyDayApplication>
{
    public void Configure(EntityTypeBuilder<FamilyDayApplication> builder)
    {
        builder.HasOne(a => a.FamilyDay).WithMany().HasForeignKey(a => a.FamilyDayId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Prisoner).WithMany().HasForeignKey(a => a.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Guests).WithOne().HasForeignKey(g => g.FamilyDayApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.FamilyDayApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.SecurityNote).HasMaxLength(500);
        builder.Property(a => a.ChildCheckNote).HasMaxLength(500);
        builder.Property(a => a.DeclineReason).HasMaxLength(500);
        builder.Property(a => a.Feedback).HasMaxLength(2000);
        builder.HasIndex(a => new { a.FamilyDayId, a.Status, a.WaitingSince });
        builder.HasIndex(a => a.PrisonerId);
    }
}
