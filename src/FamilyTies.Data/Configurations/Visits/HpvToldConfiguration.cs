using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class HpvToldConfiguration : IEntityTypeConfiguration<HpvTold>
{
    public void Configure(EntityTypeBuilder<HpvTold> builder)
    {
        builder.Property(h => h.How).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(h => h.Contact).WithMany().HasForeignKey(h => h.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Visit>().WithMany().HasForeignKey(h => h.VisitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.EstablishmentId, h.ToldOn });
        builder.HasIndex(h => h.ContactId);
    }
}
