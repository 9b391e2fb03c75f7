using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyTies.Data.Configurations.Visits;

public class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Facilities).HasMaxLength(500);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.EstablishmentId, r.Name }).IsUnique();
    }
}

public class SessionTemplateConfiguration : IEntityTypeConfiguration<SessionTemplate>
{
    public void Configure(EntityTypeBuilder<SessionTemplate> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Locations).HasMaxLength(200);
        builder.Property(s => s.IncentiveLevels).HasMaxLength(60);
        builder.Property(s => s.DayOfWeek).HasConversion<string>().HasMaxLength(10);
        builder.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EstablishmentId, s.DayOfWeek });
        builder.Ignore(s => s.LocationList);
        builder.Ignore(s => s.IncentiveLevelList);
    }
}

public class SessionSlotConfiguration : IEntityTypeConfiguration<SessionSlot>
{
    public void Configure(EntityTypeBuilder<SessionSlot> builder)
    {
        builder.HasOne(s => s.SessionTemplate).WithMany().HasForeignKey(s => s.SessionTemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SessionTemplateId, s.Date }).IsUnique();
        builder.HasIndex(s => new { s.EstablishmentId, s.Date });
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

public class BlockedDateConfiguration : IEntityTypeConfiguration<BlockedDate>
{
    public void Configure(EntityTypeBuilder<BlockedDate> builder)
    {
        builder.Property(b => b.Reason).HasMaxLength(300);
        builder.HasOne(b => b.SessionTemplate).WithMany().HasForeignKey(b => b.SessionTemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.EstablishmentId, b.Date });
    }
}

public class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.Property(v => v.Reference).HasMaxLength(9);
        builder.HasIndex(v => v.Reference).IsUnique();
        builder.Property(v => v.MainContactPhone).HasMaxLength(20);
        builder.Property(v => v.InterpreterLanguage).HasMaxLength(100);
        builder.Property(v => v.OtherSupport).HasMaxLength(500);
        builder.Property(v => v.OverbookReason).HasMaxLength(500);
        builder.Property(v => v.VisitingOrderOverrideReason).HasMaxLength(500);
        builder.Property(v => v.CancellationDetail).HasMaxLength(500);
        builder.Property(v => v.NeedsReviewDetail).HasMaxLength(500);
        builder.HasOne(v => v.Prisoner).WithMany().HasForeignKey(v => v.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.SessionSlot).WithMany().HasForeignKey(v => v.SessionSlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.MainContact).WithMany().HasForeignKey(v => v.MainContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(v => v.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Visitors).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Events).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.EstablishmentId, v.Date, v.Status });
        builder.HasIndex(v => new { v.PrisonerId, v.Date });
        builder.HasIndex(v => new { v.SessionSlotId, v.Status });
        builder.HasIndex(v => new { v.EstablishmentId, v.NeedsReview });
    }
}

public class VisitVisitorConfiguration : IEntityTypeConfiguration<VisitVisitor>
{
    public void Configure(EntityTypeBuilder<VisitVisitor> builder)
    {
        builder.HasOne(v => v.Contact).WithMany().HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.VisitId, v.ContactId }).IsUnique();
        builder.HasIndex(v => v.ContactId);
    }
}

public class VisitEventConfiguration : IEntityTypeConfiguration<VisitEvent>
{
    public void Configure(EntityTypeBuilder<VisitEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasIndex(e => e.VisitId);
    }
}

public class VisitingOrderEntryConfiguration : IEntityTypeConfiguration<VisitingOrderEntry>
{
    public void Configure(EntityTypeBuilder<VisitingOrderEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Period).HasMaxLength(7);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasOne<Prisoner>().WithMany().HasForeignKey(e => e.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(e => e.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Visit).WithMany().HasForeignKey(e => e.VisitId).OnDelete(DeleteBehavior.Restrict);
        // One allocation per prisoner per period: running the allocation twice cannot allocate twice.
        builder.HasIndex(e => new { e.PrisonerId, e.Period }).IsUnique();
        builder.HasIndex(e => new { e.EstablishmentId, e.At });
    }
}

public class VisitingOrderBalanceConfiguration : IEntityTypeConfiguration<VisitingOrderBalance>
{
    public void Configure(EntityTypeBuilder<VisitingOrderBalance> builder)
    {
        builder.HasKey(b => b.PrisonerId);
        builder.Property(b => b.PrisonerId).ValueGeneratedNever();
        builder.Property(b => b.LastAllocatedPeriod).HasMaxLength(7);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<Prisoner>().WithOne().HasForeignKey<VisitingOrderBalance>(b => b.PrisonerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(b => b.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
