using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class SessionSlotConfiguration : IEntityTypeConfiguration<SessionSlot>
{
    public void Configure(EntityTypeBuilder<SessionSlot> builder)
    {
        builder.HasOne(s => s.SessionTemplate).WithMany().HasForeignKey(s => s.SessionTemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SessionTemplateId, s.Date }).IsUnique();
        builder.HasIndex(s => new { s.EstablishmentId, s.Date });
        builder.HasIndex(s => s.Date); // the national view, all establishments by date (ScaleIndexes)
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
