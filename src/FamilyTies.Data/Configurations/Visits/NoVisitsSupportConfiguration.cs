using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class NoVisitsSupportConfiguration : IEntityTypeConfiguration<NoVisitsSupport>
{
    public void Configure(EntityTypeBuilder<NoVisitsSupport> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Detail).HasMaxLength(500);
        builder.HasOne(s => s.Prisoner).WithMany().HasForeignKey(s => s.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PrisonerId, s.OfferedOn });
        builder.HasIndex(s => new { s.EstablishmentId, s.OfferedOn });
        // The national view counts every establishment's offers in a date range, per prisoner (decision 0026).
        builder.HasIndex(s => new { s.OfferedOn, s.PrisonerId });
    }
}
