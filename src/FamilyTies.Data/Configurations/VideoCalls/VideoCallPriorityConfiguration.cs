using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoCallPriorityConfiguration : IEntityTypeConfiguration<VideoCallPriority>
{
    public void Configure(EntityTypeBuilder<VideoCallPriority> builder)
    {
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.Reason).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(x => x.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(x => x.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.EstablishmentId, x.PrisonerId });
    }
}
