using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoCallExtraConfiguration : IEntityTypeConfiguration<VideoCallExtra>
{
    public void Configure(EntityTypeBuilder<VideoCallExtra> builder)
    {
        builder.Property(x => x.Month).HasMaxLength(7);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(x => x.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(x => x.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.PrisonerId, x.Month });
    }
}
