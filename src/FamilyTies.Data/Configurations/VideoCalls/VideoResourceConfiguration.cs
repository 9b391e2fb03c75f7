using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoResourceConfiguration : IEntityTypeConfiguration<VideoResource>
{
    public void Configure(EntityTypeBuilder<VideoResource> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Location).HasMaxLength(100);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EstablishmentId, r.Name });
    }
}
