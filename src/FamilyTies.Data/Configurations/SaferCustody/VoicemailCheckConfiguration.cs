using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class VoicemailCheckConfiguration : IEntityTypeConfiguration<VoicemailCheck>
{
    public void Configure(EntityTypeBuilder<VoicemailCheck> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(v => v.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.EstablishmentId, v.CheckedAt });
        builder.HasIndex(v => v.CheckedAt); // the national view, all establishments by date (ScaleIndexes)
    }
}
