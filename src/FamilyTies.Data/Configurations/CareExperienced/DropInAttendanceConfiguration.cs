using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.CareExperienced;

public class DropInAttendanceConfiguration : IEntityTypeConfiguration<DropInAttendance>
{
    public void Configure(EntityTypeBuilder<DropInAttendance> builder)
    {
        builder.HasOne(a => a.Session).WithMany(s => s.Attendances).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Record).WithMany().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(a => a.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(a => a.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        // One row per prisoner and session: recording attendance again changes it.
        builder.HasIndex(a => new { a.SessionId, a.RecordId }).IsUnique();
        builder.HasIndex(a => new { a.RecordId, a.Attended });
        builder.HasIndex(a => a.PrisonerId);
    }
}
