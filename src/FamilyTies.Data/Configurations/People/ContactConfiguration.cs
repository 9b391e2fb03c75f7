using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.People;

public class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.AddressLine1).HasMaxLength(150);
        builder.Property(c => c.AddressLine2).HasMaxLength(150);
        builder.Property(c => c.Town).HasMaxLength(100);
        builder.Property(c => c.Postcode).HasMaxLength(10);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Language).HasMaxLength(100);
        builder.Property(c => c.AccessibilityNeeds).HasMaxLength(500);
        builder.HasIndex(c => new { c.LastName, c.FirstName, c.DateOfBirth });
        builder.HasIndex(c => c.CreatedInEstablishmentId);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.CreatedInEstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PrisonerContactConfiguration : IEntityTypeConfiguration<PrisonerContact>
{
    public void Configure(EntityTypeBuilder<PrisonerContact> builder)
    {
        builder.Property(l => l.RelationshipDetail).HasMaxLength(100);
        builder.HasOne(l => l.Prisoner).WithMany(p => p.Contacts).HasForeignKey(l => l.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Contact).WithMany(c => c.Links).HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(l => l.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PrisonerId, l.ContactId }).IsUnique();
        builder.HasIndex(l => new { l.EstablishmentId, l.ContactId });
    }
}

public class RestrictionConfiguration : IEntityTypeConfiguration<Restriction>
{
    public void Configure(EntityTypeBuilder<Restriction> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.EndedReason).HasMaxLength(500);
        builder.Property(r => r.EndedBy).HasMaxLength(450);
        builder.HasOne(r => r.Contact).WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Prisoner).WithMany().HasForeignKey(r => r.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PrisonerContact).WithMany().HasForeignKey(r => r.PrisonerContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EstablishmentId, r.ContactId });
        builder.HasIndex(r => new { r.EstablishmentId, r.PrisonerId });
        builder.HasIndex(r => r.PrisonerContactId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Restrictions_OneSubject",
            "(CASE WHEN ContactId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN PrisonerContactId IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

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
