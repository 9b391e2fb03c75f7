using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(300);
        builder.Property(q => q.PercentPositive).HasPrecision(5, 1);
        builder.Property(q => q.MeasureKey).HasMaxLength(80);
        builder.HasIndex(q => q.SurveyRoundId);
    }
}
