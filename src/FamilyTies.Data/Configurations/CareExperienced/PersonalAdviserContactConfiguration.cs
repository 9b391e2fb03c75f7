using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.CareExperienced;

public class PersonalAdviserContactConfiguration : IEntityTypeConfiguration<PersonalAdviserContact>
{
    public void Configure(EntityTypeBuilder<PersonalAdviserContact> builder)
    {
        builder.Property(c => c.Who).HasMaxLength(100);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasOne(c => c.Record).WithMany(r => r.Contacts).HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RecordId, c.OccurredOn });
        builder.HasIndex(c => new { c.EstablishmentId, c.OccurredOn });
    }
}
