using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class VisitVisitorConfiguration : IEntityTypeConfiguration<VisitVisitor>
{
    public void Configure(EntityTypeBuilder<VisitVisitor> builder)
    {
        builder.HasOne(v => v.Contact).WithMany().HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.VisitId, v.ContactId }).IsUnique();
        builder.HasIndex(v => v.ContactId);
    }
}
