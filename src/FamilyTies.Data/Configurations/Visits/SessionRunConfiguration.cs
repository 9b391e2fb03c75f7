using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class SessionRunConfiguration : IEntityTypeConfiguration<SessionRun>
{
    public void Configure(EntityTypeBuilder<SessionRun> builder)
    {
        builder.Property(r => r.DelayCause).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DelayDetail).HasMaxLength(500);
        builder.Ignore(r => r.MinutesLate);
        builder.Ignore(r => r.MinutesLostPerFamily);
        builder.HasOne(r => r.SessionSlot).WithMany().HasForeignKey(r => r.SessionSlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.SessionSlotId).IsUnique();
        // Measures: runs by establishment and date.
        builder.HasIndex(r => new { r.EstablishmentId, r.Date });
        builder.HasIndex(r => r.Date); // the national view, all establishments by date (ScaleIndexes)
    }
}
