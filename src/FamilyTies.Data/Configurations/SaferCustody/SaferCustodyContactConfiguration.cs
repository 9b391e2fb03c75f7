using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class SaferCustodyContactConfiguration : IEntityTypeConfiguration<SaferCustodyContact>
{
    public void Configure(EntityTypeBuilder<SaferCustodyContact> builder)
    {
        builder.Property(c => c.CallerName).HasMaxLength(150);
        builder.Property(c => c.CallerRelationship).HasMaxLength(100);
        builder.Property(c => c.CallerPhone).HasMaxLength(30);
        builder.Property(c => c.PrisonerNameGiven).HasMaxLength(150);
        // Flags are stored by name, for example "Healthcare, Urgent".
        builder.Property(c => c.Categories).HasMaxLength(300);
        builder.Property(c => c.EscalatedToName).HasMaxLength(150);
        builder.Property(c => c.CallerSaid).Metadata.SetMaxLength(null);
        builder.Property(c => c.Outcome).Metadata.SetMaxLength(null);
        builder.Property(c => c.ClosedBy).HasMaxLength(450);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.IsUrgent);
        builder.Ignore(c => c.Reference);

        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Prisoner).WithMany().HasForeignKey(c => c.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VoicemailCheck>().WithMany().HasForeignKey(c => c.VoicemailCheckId).OnDelete(DeleteBehavior.Restrict);

        // The open list and the figures (by received time); the prisoner flag and the meeting view (by prisoner).
        builder.HasIndex(c => new { c.EstablishmentId, c.ClosedAt, c.ReceivedAt });
        builder.HasIndex(c => new { c.EstablishmentId, c.ReceivedAt });
        builder.HasIndex(c => new { c.EstablishmentId, c.PrisonerId, c.ClosedAt });
        builder.HasIndex(c => c.ReceivedAt); // the national view, all establishments by date (ScaleIndexes)
    }
}
