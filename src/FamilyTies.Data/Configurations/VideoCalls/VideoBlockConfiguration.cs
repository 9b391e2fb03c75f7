using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoBlockConfiguration : IEntityTypeConfiguration<VideoBlock>
{
    public void Configure(EntityTypeBuilder<VideoBlock> builder)
    {
        builder.Property(b => b.Reason).HasMaxLength(300);
        builder.HasOne(b => b.Resource).WithMany().HasForeignKey(b => b.VideoResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.EstablishmentId, b.ToDate });
    }
}
