using FamilyTies.Data;
using FamilyTies.Data.Booking;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// A booking's result: the visit, or the refusals (or a problem) together with the booking context and decision the
/// check page shows, so a refused booking re-renders without loading again.
/// </summary>
public sealed record BookingResult(Visit? Visit, IReadOnlyList<Refusal> Refusals, string? Problem, BookingContext? Context = null)
{
    public bool Booked => Visit is not null;
}

/// <summary>What staff asked to book: the answers, whether they are a visits manager, and what the page already read.</summary>
public sealed record VisitBookingRequest(BookingForm Form, BookingContextLoader.Request Load);

/// <summary>
/// A social or closed visit as the booking engine's first bookable thing (<see cref="IBookable{TRequest,TLoaded,TBooked}"/>):
/// the booking rules of <see cref="BookingRules"/>, a table in the session slot as its capacity (counters with a
/// concurrency token) and, for convicted prisoners, a visiting order from the balance row (likewise).
/// </summary>
public sealed class VisitBookable(FamilyTiesDbContext db, BookingContextLoader loader, VisitingOrderLedger ledger)
    : IBookable<VisitBookingRequest, BookingContextLoader.Loaded, Visit>
{
    public Task<BookingContextLoader.Loaded?> LoadAsync(VisitBookingRequest request, CancellationToken ct) => loader.Load(request.Load, ct);

    public IReadOnlyList<Refusal> Refusals(BookingContextLoader.Loaded loaded) => BookingRules.Decide(loaded.Context).Refusals;

    public Task<BookingContextLoader.Loaded> RefreshAsync(BookingContextLoader.Loaded loaded, VisitBookingRequest request, CancellationToken ct) =>
        loader.Refresh(loaded, request.Load, ct);

    public Visit Take(BookingContextLoader.Loaded loaded, VisitBookingRequest request)
    {
        var form = request.Form;
        var c = loaded.Context;
        var decision = BookingRules.Decide(c);
        // The first booking in a session on a date creates its slot, here in this save (loading adds nothing).
        var slot = loader.SlotToBook(loaded);
        var visit = NewVisit(form, c, slot, decision);
        db.Visits.Add(visit);
        if (decision.Closed) { slot.BookedClosed++; } else { slot.BookedOpen++; }
        slot.Version++;
        if (c.SpendsVisitingOrder && !decision.VisitingOrderOverridden)
        {
            // The rules let it through only with an order left, so the balance row exists.
            ledger.Post(loaded.Balance!, VisitingOrderEntryType.UsedForVisit, -1, $"Visit {visit.Reference}", visit: visit);
            visit.UsedVisitingOrder = true;
        }
        return visit;
    }

    private Visit NewVisit(BookingForm form, BookingContext c, SessionSlot slot, BookingDecision decision)
    {
        var visit = new Visit
        {
            Reference = VisitReference.New(),
            PrisonerId = c.Prisoner.Id,
            SessionSlot = slot,
            Date = c.Date,
            StartTime = c.Session.StartTime,
            EndTime = c.Session.EndTime,
            Closed = decision.Closed,
            MainContactId = form.MainContactId,
            MainContactPhone = PhoneNumber.Normalise(form.MainContactPhone) ?? "",
            RequestMethod = form.ParsedRequestMethod ?? RequestMethod.Phone,
            OverbookReason = decision.Overbooked ? form.OverbookReason!.Trim() : "",
            VisitingOrderOverrideReason = decision.VisitingOrderOverridden ? form.VisitingOrderOverrideReason!.Trim() : "",
            Visitors = c.Visitors.Select(v => new VisitVisitor
            {
                ContactId = v.Contact.Id,
                AgeOnVisit = v.Contact.AgeOn(c.Date),
                Child = v.Contact.IsChildOn(c.Date, c.Establishment.AdultAge),
            }).ToList(),
        };
        form.CopySupportTo(visit);
        visit.Events.Add(new VisitEvent
        {
            At = db.Clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            Type = VisitEventType.Booked,
            Detail = $"Booked for {c.Date:dddd d MMMM yyyy}, {c.Session.StartTime:HH:mm} to {c.Session.EndTime:HH:mm}"
                     + (decision.Closed ? " (closed visit)" : "")
                     + (decision.Overbooked ? $". Overbooked: {form.OverbookReason!.Trim()}" : "")
                     + (decision.VisitingOrderOverridden ? $". Booked without a visiting order: {form.VisitingOrderOverrideReason!.Trim()}" : ""),
        });
        return visit;
    }
}

/// <summary>
/// Books a visit through the booking engine in one pass: loads once, decides (a refusal never queues for the writer,
/// decision 0008), then in the writer turn re-reads the slot and balance, decides again, takes a table and a visiting
/// order and saves; a lost race is retried by <see cref="FamilyTies.Data.Concurrency.ContendedWrite"/>.
/// </summary>
public sealed class BookVisitHandler(BookingEngine engine, VisitBookable visits, ILogger<BookVisitHandler> logger)
{
    /// <param name="prisoner">The prisoner as the page read them (not read again), or null.</param>
    /// <param name="links">The prisoner's links with contacts as the page read them, or null.</param>
    public async Task<BookingResult> Handle(BookingForm form, bool isManager, Prisoner? prisoner = null,
        IReadOnlyList<PrisonerContact>? links = null, CancellationToken ct = default)
    {
        if (!form.TryParseSlot(out var templateId, out var date))
        {
            return new BookingResult(null, [], "Choose a session");
        }
        var request = new VisitBookingRequest(form, new BookingContextLoader.Request(form.PrisonerId, templateId, date, form.VisitorIds,
            isManager, form.OverbookReason, form.VisitingOrderOverrideReason, Prisoner: prisoner, Links: links));
        var outcome = await engine.BookAsync(visits, request, ct);
        if (outcome.Booked is { } visit)
        {
            logger.LogInformation("Visit {VisitId} booked for prisoner {PrisonerId} in slot {SlotId}", visit.Id, visit.PrisonerId, visit.SessionSlotId);
        }
        return new BookingResult(outcome.Booked, outcome.Refusals, outcome.Problem, outcome.Loaded?.Context);
    }
}
