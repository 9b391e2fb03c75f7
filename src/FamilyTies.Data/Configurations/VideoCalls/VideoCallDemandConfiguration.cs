using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoCallDemandConfiguration : IEntityTypeConfiguration<VideoCallDemand>
{
    public void Configure(EntityTypeBuilder<VideoCallDemand> builder)
    {
        builder.Property(x => x.Band).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(x => x.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(x => x.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.EstablishmentId, x.Date });
        builder.HasIndex(x => x.Date); // the national view, all establishments by date (ScaleIndexes2)
    }
}
