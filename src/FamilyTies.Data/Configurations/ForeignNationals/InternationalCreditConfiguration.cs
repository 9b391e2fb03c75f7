using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.ForeignNationals;

public class InternationalCreditConfiguration : IEntityTypeConfiguration<InternationalCredit>
{
    public void Configure(EntityTypeBuilder<InternationalCredit> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.HasOne(c => c.Prisoner).WithMany().HasForeignKey(c => c.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        // A prisoner's credit, and the worklist's "credit in the last 90 days".
        builder.HasIndex(c => new { c.EstablishmentId, c.PrisonerId, c.OccurredOn });
    }
}
