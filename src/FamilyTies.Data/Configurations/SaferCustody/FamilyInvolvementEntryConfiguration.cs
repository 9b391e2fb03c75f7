using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class FamilyInvolvementEntryConfiguration : IEntityTypeConfiguration<FamilyInvolvementEntry>
{
    public void Configure(EntityTypeBuilder<FamilyInvolvementEntry> builder)
    {
        builder.Property(e => e.FamilyMember).HasMaxLength(150);
        builder.Property(e => e.Notes).Metadata.SetMaxLength(null);
        builder.Property(e => e.CorrectionReason).HasMaxLength(500);
        builder.HasOne(e => e.SafetyCase).WithMany(c => c.Entries).HasForeignKey(e => e.SafetyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FamilyInvolvementEntry>().WithMany().HasForeignKey(e => e.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SafetyCaseId, e.OccurredOn });
    }
}
