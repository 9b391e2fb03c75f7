using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class NonAssociationConfiguration : IEntityTypeConfiguration<NonAssociation>
{
    public void Configure(EntityTypeBuilder<NonAssociation> builder)
    {
        builder.Property(n => n.Reason).HasMaxLength(500);
        builder.Property(n => n.EndedReason).HasMaxLength(500);
        builder.Property(n => n.EndedBy).HasMaxLength(450);
        builder.HasOne(n => n.PrisonerA).WithMany().HasForeignKey(n => n.PrisonerAId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.PrisonerB).WithMany().HasForeignKey(n => n.PrisonerBId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(n => n.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.EstablishmentId, n.PrisonerAId });
        builder.HasIndex(n => new { n.EstablishmentId, n.PrisonerBId });
        builder.ToTable(t => t.HasCheckConstraint("CK_NonAssociations_TwoPrisoners", "PrisonerAId <> PrisonerBId"));
    }
}
