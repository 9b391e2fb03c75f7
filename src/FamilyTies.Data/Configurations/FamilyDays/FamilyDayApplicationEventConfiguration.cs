using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class FamilyDayApplicationEventConfiguration : IEntityTypeConfiguration<FamilyDayApplicationEvent>
{
    public void Configure(EntityTypeBuilder<FamilyDayApplicationEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => e.FamilyDayApplicationId);
    }
}
