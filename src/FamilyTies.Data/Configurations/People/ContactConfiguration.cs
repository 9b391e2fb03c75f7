using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.AddressLine1).HasMaxLength(150);
        builder.Property(c => c.AddressLine2).HasMaxLength(150);
        builder.Property(c => c.Town).HasMaxLength(100);
        builder.Property(c => c.Postcode).HasMaxLength(10);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Language).HasMaxLength(100);
        builder.Property(c => c.AccessibilityNeeds).HasMaxLength(500);
        builder.Property(c => c.Country).HasMaxLength(100);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.HasIndex(c => new { c.LastName, c.FirstName, c.DateOfBirth });
        builder.HasIndex(c => c.CreatedInEstablishmentId);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.CreatedInEstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
