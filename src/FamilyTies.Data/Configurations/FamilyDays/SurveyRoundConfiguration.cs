using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Questions).WithOne(q => q.SurveyRound).HasForeignKey(q => q.SurveyRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(120);
        builder.HasIndex(r => new { r.EstablishmentId, r.Date });
    }
}
