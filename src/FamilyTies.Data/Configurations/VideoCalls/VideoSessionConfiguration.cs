using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoSessionConfiguration : IEntityTypeConfiguration<VideoSession>
{
    public void Configure(EntityTypeBuilder<VideoSession> builder)
    {
        builder.Property(s => s.Locations).HasMaxLength(200);
        builder.HasOne(s => s.Resource).WithMany(r => r.Sessions).HasForeignKey(s => s.VideoResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EstablishmentId, s.DayOfWeek });
    }
}
