using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.ForeignNationals;

public class NightCallOverrideConfiguration : IEntityTypeConfiguration<NightCallOverride>
{
    public void Configure(EntityTypeBuilder<NightCallOverride> builder)
    {
        builder.Property(n => n.Reason).HasMaxLength(500);
        builder.Property(n => n.RequestedBy).HasMaxLength(100);
        builder.Property(n => n.DecidedByUserId).HasMaxLength(450);
        builder.Property(n => n.RefusalReason).HasMaxLength(500);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.FamilyAbroad).WithMany(f => f.NightCalls).HasForeignKey(n => n.FamilyAbroadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(n => n.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FamilyAbroadId, n.RequestedOn });
        builder.HasIndex(n => new { n.EstablishmentId, n.Decision });
    }
}
