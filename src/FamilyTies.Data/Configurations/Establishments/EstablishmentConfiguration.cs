using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Establishments;

public class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(5);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(100);
        foreach (var phone in new[] { "SwitchboardNumber", "OutOfHoursNumber", "VisitsBookingNumber", "SaferCustodyNumber" })
        {
            builder.Property(phone).HasMaxLength(30);
        }
        builder.Property(e => e.FamilyServiceProvider).HasMaxLength(150);
        // Flags are stored by name: "Monday, Tuesday, Wednesday, Thursday, Friday".
        builder.Property(e => e.SaferCustodyLineDays).HasMaxLength(100);
    }
}
