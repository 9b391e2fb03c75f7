using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class SafetyCaseConfiguration : IEntityTypeConfiguration<SafetyCase>
{
    public void Configure(EntityTypeBuilder<SafetyCase> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(30);
        builder.Ignore(c => c.IsOpen);
        builder.HasOne(c => c.Prisoner).WithMany().HasForeignKey(c => c.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        // Open cases (the list, the meeting view, the figures) and a prisoner's cases (the flag).
        builder.HasIndex(c => new { c.EstablishmentId, c.ClosedOn, c.OpenedOn });
        builder.HasIndex(c => new { c.EstablishmentId, c.PrisonerId, c.ClosedOn });
        builder.HasIndex(c => c.OpenedOn); // the national view, all establishments by date (ScaleIndexes)
    }
}
