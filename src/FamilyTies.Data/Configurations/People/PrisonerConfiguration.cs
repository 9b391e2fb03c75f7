using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class PrisonerConfiguration : IEntityTypeConfiguration<Prisoner>
{
    public void Configure(EntityTypeBuilder<Prisoner> builder)
    {
        builder.Property(p => p.PrisonNumber).HasMaxLength(7);
        builder.HasIndex(p => new { p.EstablishmentId, p.PrisonNumber }).IsUnique();
        builder.HasIndex(p => new { p.EstablishmentId, p.LastName, p.FirstName });
        builder.HasIndex(p => new { p.EstablishmentId, p.Location });
        // The active roll of every establishment at once (the national view's roll and cohort figures): released
        // prisoners outnumber the active ones a few times over after some years, and without it every national
        // figure reads them all.
        builder.HasIndex(p => new { p.Status, p.EstablishmentId });
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Location).HasMaxLength(50);
        builder.Property(p => p.Category).HasMaxLength(20);
        builder.Property(p => p.Nationality).HasMaxLength(100);
        builder.Property(p => p.Languages).HasMaxLength(200);
        builder.Property(p => p.HomeArea).HasMaxLength(100);
        builder.Property(p => p.KeyWorker).HasMaxLength(100);
        builder.Property(p => p.PrisonOffenderManager).HasMaxLength(100);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(p => p.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
