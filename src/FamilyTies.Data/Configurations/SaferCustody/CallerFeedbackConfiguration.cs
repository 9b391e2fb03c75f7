using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SaferCustody;

public class CallerFeedbackConfiguration : IEntityTypeConfiguration<CallerFeedback>
{
    public void Configure(EntityTypeBuilder<CallerFeedback> builder)
    {
        builder.Property(f => f.Notes).Metadata.SetMaxLength(null);
        builder.Property(f => f.CorrectionReason).HasMaxLength(500);
        builder.HasOne(f => f.Contact).WithMany(c => c.CallerFeedback).HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CallerFeedback>().WithMany().HasForeignKey(f => f.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(f => f.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ContactId, f.OccurredAt });
    }
}
