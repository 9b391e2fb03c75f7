using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class RestrictionConfiguration : IEntityTypeConfiguration<Restriction>
{
    public void Configure(EntityTypeBuilder<Restriction> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.EndedReason).HasMaxLength(500);
        builder.Property(r => r.EndedBy).HasMaxLength(450);
        builder.HasOne(r => r.Contact).WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Prisoner).WithMany().HasForeignKey(r => r.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PrisonerContact).WithMany().HasForeignKey(r => r.PrisonerContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EstablishmentId, r.ContactId });
        builder.HasIndex(r => new { r.EstablishmentId, r.PrisonerId });
        builder.HasIndex(r => r.PrisonerContactId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Restrictions_OneSubject",
            "(CASE WHEN ContactId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerContactId IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}
