using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class FamilyDayConfiguration : IEntityTypeConfiguration<FamilyDay>
{
    public void Configure(EntityTypeBuilder<FamilyDay> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(d => d.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Title).HasMaxLength(120);
        builder.Property(d => d.Venue).HasMaxLength(120);
        builder.Property(d => d.Organiser).HasMaxLength(120);
        builder.Property(d => d.Partner).HasMaxLength(120);
        builder.Property(d => d.Funding).HasMaxLength(200);
        builder.Property(d => d.CancelReason).HasMaxLength(500);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.EstablishmentId, d.Date });
        builder.HasIndex(d => d.Date); // the national view, all establishments by date (ScaleIndexes2)
    }
}
