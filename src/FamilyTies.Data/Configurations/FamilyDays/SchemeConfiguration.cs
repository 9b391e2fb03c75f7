using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class SchemeConfiguration : IEntityTypeConfiguration<Scheme>
{
    public void Configure(EntityTypeBuilder<Scheme> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.HasIndex(s => new { s.EstablishmentId, s.Name }).IsUnique();
    }
}
