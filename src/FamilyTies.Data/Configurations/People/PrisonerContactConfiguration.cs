using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class PrisonerContactConfiguration : IEntityTypeConfiguration<PrisonerContact>
{
    public void Configure(EntityTypeBuilder<PrisonerContact> builder)
    {
        builder.Property(l => l.RelationshipDetail).HasMaxLength(100);
        builder.HasOne(l => l.Prisoner).WithMany(p => p.Contacts).HasForeignKey(l => l.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Contact).WithMany(c => c.Links).HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(l => l.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PrisonerId, l.ContactId }).IsUnique();
        builder.HasIndex(l => new { l.EstablishmentId, l.ContactId });
    }
}
