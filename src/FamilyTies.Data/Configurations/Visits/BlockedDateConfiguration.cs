using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class BlockedDateConfiguration : IEntityTypeConfiguration<BlockedDate>
{
    public void Configure(EntityTypeBuilder<BlockedDate> builder)
    {
        builder.Property(b => b.Reason).HasMaxLength(300);
        builder.HasOne(b => b.SessionTemplate).WithMany().HasForeignKey(b => b.SessionTemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.EstablishmentId, b.Date });
    }
}
