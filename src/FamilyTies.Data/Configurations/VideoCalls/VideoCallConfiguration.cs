using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoCallConfiguration : IEntityTypeConfiguration<VideoCall>
{
    public void Configure(EntityTypeBuilder<VideoCall> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.Property(c => c.ArrangedBy).HasMaxLength(200);
        builder.Property(c => c.ReviewReason).HasMaxLength(300);
        builder.Property(c => c.EndedEarlyDetail).HasMaxLength(500);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.EndedEarly).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(c => c.Prisoner).WithMany().HasForeignKey(c => c.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Slot).WithMany().HasForeignKey(c => c.VideoSlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Resource).WithMany().HasForeignKey(c => c.VideoResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.VideoCallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.EstablishmentId, c.Date });
        builder.HasIndex(c => new { c.PrisonerId, c.Date });
        builder.HasIndex(c => c.Date); // the national view, all establishments by date (ScaleIndexes2)
    }
}
