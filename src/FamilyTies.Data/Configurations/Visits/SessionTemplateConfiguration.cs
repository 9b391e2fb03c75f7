using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class SessionTemplateConfiguration : IEntityTypeConfiguration<SessionTemplate>
{
    public void Configure(EntityTypeBuilder<SessionTemplate> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Locations).HasMaxLength(200);
        builder.Property(s => s.IncentiveLevels).HasMaxLength(60);
        builder.Property(s => s.DayOfWeek).HasConversion<string>().HasMaxLength(10);
        builder.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EstablishmentId, s.DayOfWeek });
        builder.Ignore(s => s.LocationList);
        builder.Ignore(s => s.IncentiveLevelList);
    }
}
