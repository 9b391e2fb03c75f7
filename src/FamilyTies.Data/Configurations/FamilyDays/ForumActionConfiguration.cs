using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class ForumActionConfiguration : IEntityTypeConfiguration<ForumAction>
{
    public void Configure(EntityTypeBuilder<ForumAction> builder)
    {
        builder.Property(a => a.YouSaid).HasMaxLength(1000);
        builder.Property(a => a.WeDid).HasMaxLength(1000);
        builder.Property(a => a.Owner).HasMaxLength(120);
        builder.HasIndex(a => new { a.EstablishmentId, a.Status, a.DueDate });
    }
}
