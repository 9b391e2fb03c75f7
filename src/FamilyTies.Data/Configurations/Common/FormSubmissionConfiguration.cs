using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Common;

public class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.EntityType).HasMaxLength(100);
        // The race-proofing: of two transactions claiming the same key, the second fails here and finds the first.
        builder.HasIndex(s => new { s.EstablishmentId, s.UserId, s.EntityType, s.Key }).IsUnique();
    }
}
