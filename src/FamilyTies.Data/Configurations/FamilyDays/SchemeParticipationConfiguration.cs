using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.FamilyDays;

public class SchemeParticipationConfiguration : IEntityTypeConfiguration<SchemeParticipation>
{
    public void Configure(EntityTypeBuilder<SchemeParticipation> builder)
    {
        builder.HasOne(p => p.Scheme).WithMany().HasForeignKey(p => p.SchemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Prisoner).WithMany().HasForeignKey(p => p.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PrisonerId);
        builder.HasIndex(p => new { p.EstablishmentId, p.StartDate });
    }
}
