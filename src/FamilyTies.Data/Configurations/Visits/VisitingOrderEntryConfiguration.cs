using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitingOrderEntryConfiguration : IEntityTypeConfiguration<VisitingOrderEntry>
{
    public void Configure(EntityTypeBuilder<VisitingOrderEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Period).HasMaxLength(7);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(e => e.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Visit).WithMany().HasForeignKey(e => e.VisitId).OnDelete(DeleteBehavior.Restrict);
        // One allocation per prisoner per period: running the allocation twice cannot allocate twice.
        builder.HasIndex(e => new { e.PrisonerId, e.Period }).IsUnique();
        builder.HasIndex(e => new { e.EstablishmentId, e.At });
    }
}
