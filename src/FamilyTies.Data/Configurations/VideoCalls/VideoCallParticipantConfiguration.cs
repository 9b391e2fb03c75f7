using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.VideoCalls;

public class VideoCallParticipantConfiguration : IEntityTypeConfiguration<VideoCallParticipant>
{
    public void Configure(EntityTypeBuilder<VideoCallParticipant> builder)
    {
        builder.HasOne(p => p.Contact).WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.VideoCallId, p.ContactId }).IsUnique();
    }
}
