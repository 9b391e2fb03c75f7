using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitorArrivalConfiguration : IEntityTypeConfiguration<VisitorArrival>
{
    public void Configure(EntityTypeBuilder<VisitorArrival> builder)
    {
        builder.Property(a => a.IdEvidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RefusalReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.IdRule).HasMaxLength(200);
        builder.Property(a => a.RefusalDetail).HasMaxLength(500);
        builder.Property(a => a.FamilyTold).HasMaxLength(500);
        builder.HasOne(a => a.Visit).WithMany().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.VisitVisitor).WithMany().HasForeignKey(a => a.VisitVisitorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.VisitVisitorId).IsUnique();
        builder.HasIndex(a => a.VisitId);
    }
}
