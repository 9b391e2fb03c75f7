using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class HallTableConfiguration : IEntityTypeConfiguration<HallTable>
{
    public void Configure(EntityTypeBuilder<HallTable> builder)
    {
        builder.Property(t => t.Label).HasMaxLength(20);
        builder.Ignore(t => t.Features);
        builder.HasOne(t => t.Room).WithMany().HasForeignKey(t => t.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.RoomId, t.Label }).IsUnique();
    }
}
