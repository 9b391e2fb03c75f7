using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.ForeignNationals;

public class InterpreterRequestConfiguration : IEntityTypeConfiguration<InterpreterRequest>
{
    public void Configure(EntityTypeBuilder<InterpreterRequest> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(50);
        builder.HasOne(r => r.Prisoner).WithMany().HasForeignKey(r => r.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        // A prisoner's requests, and the measure's requests by date.
        builder.HasIndex(r => new { r.EstablishmentId, r.NeededOn });
        builder.HasIndex(r => new { r.EstablishmentId, r.PrisonerId });
    }
}
