using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoSlotConfiguration : IEntityTypeConfiguration<VideoSlot>
{
    public void Configure(EntityTypeBuilder<VideoSlot> builder)
    {
        builder.HasOne(s => s.Session).WithMany().HasForeignKey(s => s.VideoSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.VideoSessionId, s.Date }).IsUnique();
        builder.HasIndex(s => new { s.EstablishmentId, s.Date });
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
