using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SelfAssessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.SelfAssessment;

public class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Requirement).WithMany().HasForeignKey(s => s.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.HowWell).HasMaxLength(1000);
        builder.Ignore(s => s.Agreed);
        // One answer per requirement in a year's self-assessment; the page reads a year's answers.
        builder.HasIndex(s => new { s.EstablishmentId, s.Year, s.RequirementId }).IsUnique();
    }
}

public class ScoreModerationConfiguration : IEntityTypeConfiguration<ScoreModeration>
{
    public void Configure(EntityTypeBuilder<ScoreModeration> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(m => m.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentScore>().WithMany().HasForeignKey(m => m.AssessmentScoreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.HasIndex(m => new { m.EstablishmentId, m.AssessmentScoreId });
    }
}

public class ActionPlanItemConfiguration : IEntityTypeConfiguration<ActionPlanItem>
{
    public void Configure(EntityTypeBuilder<ActionPlanItem> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(a => a.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Requirement).WithMany().HasForeignKey(a => a.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Action).HasMaxLength(500);
        builder.Property(a => a.Owner).HasMaxLength(200);
        // The action plan for a year, and the dashboard's overdue items.
        builder.HasIndex(a => new { a.EstablishmentId, a.Year });
        builder.HasIndex(a => new { a.EstablishmentId, a.Status, a.DueDate });
    }
}
