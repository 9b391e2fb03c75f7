using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.ForeignNationals;

public class FamilyAbroadConfiguration : IEntityTypeConfiguration<FamilyAbroad>
{
    public void Configure(EntityTypeBuilder<FamilyAbroad> builder)
    {
        builder.ToTable("FamilyAbroad");
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.Relationship).HasMaxLength(50);
        builder.Property(f => f.Country).HasMaxLength(100);
        builder.Property(f => f.TimeZone).HasMaxLength(64);
        builder.HasOne(f => f.Prisoner).WithMany().HasForeignKey(f => f.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(f => f.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.EstablishmentId, f.PrisonerId });
    }
}
