using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitAttendanceConfiguration : IEntityTypeConfiguration<VisitAttendance>
{
    public void Configure(EntityTypeBuilder<VisitAttendance> builder)
    {
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.OutcomeReason).HasMaxLength(500);
        builder.Property(a => a.OfficerNotes).HasMaxLength(500);
        builder.Property(a => a.CorrectionReason).HasMaxLength(500);
        builder.HasOne(a => a.Visit).WithOne().HasForeignKey<VisitAttendance>(a => a.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.HallTable).WithMany().HasForeignKey(a => a.HallTableId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.VisitId).IsUnique();
        // Measures: outcomes by establishment and date.
        builder.HasIndex(a => new { a.EstablishmentId, a.Date, a.Outcome });
        builder.HasIndex(a => new { a.PrisonerId, a.Date });
        builder.HasIndex(a => new { a.Date, a.Outcome }); // the national view, all establishments by date (ScaleIndexes)
    }
}
