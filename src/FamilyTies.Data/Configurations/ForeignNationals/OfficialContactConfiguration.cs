using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.ForeignNationals;

public class OfficialContactConfiguration : IEntityTypeConfiguration<OfficialContact>
{
    public void Configure(EntityTypeBuilder<OfficialContact> builder)
    {
        builder.Property(c => c.Detail).HasMaxLength(200);
        builder.Property(c => c.Language).HasMaxLength(50);
        builder.HasOne(c => c.Prisoner).WithMany().HasForeignKey(c => c.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.EstablishmentId, c.PrisonerId, c.OccurredOn });
    }
}
