using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(f => f.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Actions).WithOne(a => a.Forum).HasForeignKey(a => a.ForumId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.ChairedBy).HasMaxLength(120);
        builder.Property(f => f.Topics).HasMaxLength(2000);
        builder.HasIndex(f => new { f.EstablishmentId, f.Date });
    }
}
