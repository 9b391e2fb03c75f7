using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Data.Concurrency;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

using FamilyTies.Web.Areas.Visits.Bookings;

namespace FamilyTies.Web.Areas.Visits.BookedVisit;

public sealed class CancelVisitForm
{
    [Display(Name = "Why is the visit being cancelled?")] public string? Reason { get; set; }
    [Display(Name = "Details")] public string? Detail { get; set; }

    public static string Describe(CancellationReason reason) => reason switch
    {
        CancellationReason.VisitorCancelled => "The visitor cancelled",
        CancellationReason.PrisonerCancelled => "The prisoner cancelled",
        CancellationReason.EstablishmentCancelled => "The establishment cancelled",
        CancellationReason.AdministrativeError => "Booked in error",
        CancellationReason.DetailsChanged => "Details changed after booking",
        _ => reason.ToString(),
    };
}

public sealed class CancelVisitValidator : AbstractValidator<CancelVisitForm>
{
    public CancelVisitValidator()
    {
        RuleFor(f => f.Reason).Must(r => Enum.TryParse<CancellationReason>(r, out _) && !int.TryParse(r, out _))
            .WithMessage("Select why the visit is being cancelled");
        RuleFor(f => f.Detail).NotEmpty().WithMessage("Enter details of the cancellation")
            .MaximumLength(500).WithMessage("Details must be 500 characters or fewer");
    }
}

/// <summary>Cancels a visit, frees its table and refunds its visiting order, in one save (a <see cref="ContendedWrite"/>).</summary>
public sealed class CancelVisitHandler(FamilyTiesDbContext db, VisitingOrderLedger ledger)
{
    public async Task<bool> Handle(int visitId, CancelVisitForm form, VisitEventType eventType = VisitEventType.Cancelled, CancellationToken ct = default)
    {
        var run = await ContendedWrite.RunAsync(db, async (_, c) =>
        {
            db.ChangeTracker.Clear();
            var visit = await db.Visits.Include(v => v.SessionSlot).SingleOrDefaultAsync(v => v.Id == visitId, c);
            if (visit is null || visit.Status != VisitStatus.Booked)
            {
                return false;
            }
            var reason = Enum.Parse<CancellationReason>(form.Reason!);
            visit.Status = VisitStatus.Cancelled;
            visit.CancelledAt = db.Clock.GetUtcNow();
            visit.CancellationReason = reason;
            visit.CancellationDetail = form.Detail!.Trim();
            visit.NeedsReview = false;
            var slot = visit.SessionSlot!;
            if (visit.Closed) { slot.BookedClosed = Math.Max(0, slot.BookedClosed - 1); } else { slot.BookedOpen = Math.Max(0, slot.BookedOpen - 1); }
            slot.Version++;
            if (visit.UsedVisitingOrder)
            {
                var balance = await ledger.BalanceFor(visit.PrisonerId, visit.EstablishmentId, c);
                ledger.Post(balance, VisitingOrderEntryType.RefundedOnCancellation, +1, $"Visit {visit.Reference} cancelled", visit.Id);
                visit.UsedVisitingOrder = false;
            }
            db.VisitEvents.Add(new VisitEvent
            {
                VisitId = visit.Id, At = db.Clock.GetUtcNow(), UserId = db.CurrentUser.UserId, Type = eventType,
                Detail = $"{CancelVisitForm.Describe(reason)}: {form.Detail!.Trim()}",
            });
            await db.SaveChangesAsync(c);
            return true;
        }, ct: ct);
        return run.Completed ? run.Value : throw new InvalidOperationException("The visit could not be cancelled because its session kept changing.");
    }
}
