using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class ContactActionConfiguration : IEntityTypeConfiguration<ContactAction>
{
    public void Configure(EntityTypeBuilder<ContactAction> builder)
    {
        builder.Property(a => a.Notes).Metadata.SetMaxLength(null);
        builder.Property(a => a.CorrectionReason).HasMaxLength(500);
        builder.HasOne(a => a.Contact).WithMany(c => c.Actions).HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContactAction>().WithMany().HasForeignKey(a => a.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(a => a.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ContactId, a.OccurredAt });
    }
}
