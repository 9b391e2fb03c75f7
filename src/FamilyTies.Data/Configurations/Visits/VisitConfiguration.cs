using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.Property(v => v.Reference).HasMaxLength(9);
        builder.HasIndex(v => v.Reference).IsUnique();
        builder.Property(v => v.MainContactPhone).HasMaxLength(20);
        builder.Property(v => v.InterpreterLanguage).HasMaxLength(100);
        builder.Property(v => v.OtherSupport).HasMaxLength(500);
        builder.Property(v => v.OverbookReason).HasMaxLength(500);
        builder.Property(v => v.VisitingOrderOverrideReason).HasMaxLength(500);
        builder.Property(v => v.CancellationDetail).HasMaxLength(500);
        builder.Property(v => v.NeedsReviewDetail).HasMaxLength(500);
        builder.HasOne(v => v.Prisoner).WithMany().HasForeignKey(v => v.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.SessionSlot).WithMany().HasForeignKey(v => v.SessionSlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.MainContact).WithMany().HasForeignKey(v => v.MainContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(v => v.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Visitors).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Events).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.EstablishmentId, v.Date, v.Status });
        builder.HasIndex(v => new { v.PrisonerId, v.Date });
        builder.HasIndex(v => new { v.SessionSlotId, v.Status });
        builder.HasIndex(v => new { v.EstablishmentId, v.NeedsReview });
        // The national view counts every establishment's visits in a month: by date first (issue 14, ScaleIndexes).
        builder.HasIndex(v => new { v.Date, v.Status });
    }
}
