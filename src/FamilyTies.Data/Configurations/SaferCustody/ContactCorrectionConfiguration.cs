using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class ContactCorrectionConfiguration : IEntityTypeConfiguration<ContactCorrection>
{
    public void Configure(EntityTypeBuilder<ContactCorrection> builder)
    {
        builder.Property(c => c.Changes).Metadata.SetMaxLength(null);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasOne(c => c.Contact).WithMany(c => c.Corrections).HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ContactId);
    }
}
