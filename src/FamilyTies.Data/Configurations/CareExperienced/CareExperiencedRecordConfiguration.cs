using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.CareExperienced;

public class CareExperiencedRecordConfiguration : IEntityTypeConfiguration<CareExperiencedRecord>
{
    public void Configure(EntityTypeBuilder<CareExperiencedRecord> builder)
    {
        builder.Property(r => r.IdentifiedByDetail).HasMaxLength(200);
        builder.Property(r => r.LocalAuthority).HasMaxLength(100);
        builder.Property(r => r.PersonalAdviserName).HasMaxLength(100);
        builder.Property(r => r.PersonalAdviserPhone).HasMaxLength(30);
        builder.Property(r => r.PersonalAdviserEmail).HasMaxLength(200);
        builder.Property(r => r.SinglePointOfContact).HasMaxLength(100);
        builder.Property(r => r.FollowUpBy).HasMaxLength(100);
        builder.Property(r => r.OtherSupport).HasMaxLength(200);
        builder.Ignore(r => r.MayShare);
        builder.Ignore(r => r.LookedAfter);
        builder.HasOne(r => r.Prisoner).WithMany().HasForeignKey(r => r.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        // One record per prisoner; the register and the measures read by establishment and registration date.
        builder.HasIndex(r => r.PrisonerId).IsUnique();
        builder.HasIndex(r => new { r.EstablishmentId, r.RegisteredOn });
    }
}
