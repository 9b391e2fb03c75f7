using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class SchoolTermDateConfiguration : IEntityTypeConfiguration<SchoolTermDate>
{
    public void Configure(EntityTypeBuilder<SchoolTermDate> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(t => t.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Name).HasMaxLength(80);
        builder.HasIndex(t => new { t.EstablishmentId, t.StartDate });
    }
}
