using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.CareExperienced;

public class DropInSessionConfiguration : IEntityTypeConfiguration<DropInSession>
{
    public void Configure(EntityTypeBuilder<DropInSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(100);
        builder.Property(s => s.RunWith).HasMaxLength(200);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EstablishmentId, s.Date });
        builder.HasIndex(s => s.Date); // the national view, all establishments by date (ScaleIndexes2)
    }
}
