using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitingOrderBalanceConfiguration : IEntityTypeConfiguration<VisitingOrderBalance>
{
    public void Configure(EntityTypeBuilder<VisitingOrderBalance> builder)
    {
        builder.HasKey(b => b.PrisonerId);
        builder.Property(b => b.PrisonerId).ValueGeneratedNever();
        builder.Property(b => b.LastAllocatedPeriod).HasMaxLength(7);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<Prisoner>().WithOne().HasForeignKey<VisitingOrderBalance>(b => b.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
