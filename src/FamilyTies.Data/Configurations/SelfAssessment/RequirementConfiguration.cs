using FamilyTies.Domain.SelfAssessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SelfAssessment;

public class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Theme).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(500);
        builder.Property(r => r.Source).HasMaxLength(300);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.RequirementId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class RequirementEvidenceConfiguration : IEntityTypeConfiguration<RequirementEvidence>
{
    public void Configure(EntityTypeBuilder<RequirementEvidence> builder)
    {
        builder.Property(e => e.MeasureKey).HasMaxLength(100);
        builder.Property(e => e.MostlyMet).HasPrecision(9, 2);
        builder.Property(e => e.FullyMet).HasPrecision(9, 2);
        builder.HasIndex(e => new { e.RequirementId, e.MeasureKey }).IsUnique();
    }
}
