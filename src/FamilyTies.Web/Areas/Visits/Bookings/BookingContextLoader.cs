using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// Loads what the booking rules need for one prisoner, session and set of visitors, in a bounded number of queries.
/// Loading decides nothing and adds nothing: a session slot or a visiting-order balance that does not exist yet is
/// reported as null (counted as empty), and only a handler that saves creates it, inside its own save.
/// <see cref="Load"/> reads everything once, untracked, outside the writer turn (a prisoner and visitors the page has
/// already read are passed in, not read again); <see cref="Refresh"/> re-reads, tracked and inside the turn, only what
/// another booking can change in the meantime: the slot's counts, who else is booked in it, and the balance.
/// </summary>
public sealed class BookingContextLoader(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <param name="Slot">The slot of that session on that date; null when nothing was ever booked there. Tracked once refreshed.</param>
    /// <param name="Balance">The prisoner's balance row; null when they have none (remand, or never allocated). Tracked once refreshed.</param>
    public sealed record Loaded(BookingContext Context, SessionSlot? Slot, VisitingOrderBalance? Balance);

    /// <summary>What a booking or an amendment asks for.</summary>
    /// <param name="Prisoner">The prisoner as the page already read them (not read again), or null to read.</param>
    /// <param name="Links">The prisoner's links (with contacts) the page already read; a visitor not among them is read.</param>
    /// <param name="AmendingVisitId">The visit being changed: it does not count as someone else in the slot.</param>
    public sealed record Request(int PrisonerId, int TemplateId, DateOnly Date, IReadOnlyCollection<int> VisitorIds, bool IsManager,
        string? OverbookReason, string? VisitingOrderOverrideReason, int? AmendingVisitId = null,
        Prisoner? Prisoner = null, IReadOnlyList<PrisonerContact>? Links = null);

    /// <summary>Null when the prisoner, session or a visitor is not visible in this establishment.</summary>
    public async Task<Loaded?> Load(Request r, CancellationToken ct = default)
    {
        var prisoner = r.Prisoner ?? await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == r.PrisonerId, ct);
        var template = await db.SessionTemplates.AsNoTracking().Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == r.TemplateId, ct);
        if (prisoner is null || template is null)
        {
            return null;
        }
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId, ct);
        var wanted = r.VisitorIds.Distinct().ToList();
        var links = r.Links?.Where(l => l.PrisonerId == prisoner.Id && wanted.Contains(l.ContactId) && l.Contact is not null).ToList() ?? [];
        if (links.Count != wanted.Count)
        {
            links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
                .Where(l => l.PrisonerId == prisoner.Id && wanted.Contains(l.ContactId)).ToListAsync(ct);
        }
        if (links.Count != wanted.Count)
        {
            return null;
        }
        var linkIds = links.Select(l => l.Id).ToList();
        var restrictions = await db.Restrictions.AsNoTracking()
            .Where(x => x.EndedAt == null && (x.PrisonerId == prisoner.Id
                        || (x.ContactId != null && wanted.Contains(x.ContactId.Value))
                        || (x.PrisonerContactId != null && linkIds.Contains(x.PrisonerContactId.Value))))
            .ToListAsync(ct);
        var visitors = links.Select(l => new BookingVisitor(l.Contact!, l,
            restrictions.Where(x => x.ContactId == l.ContactId || x.PrisonerContactId == l.Id).ToList())).ToList();
        var blocks = await db.BlockedDates.AsNoTracking().Where(b => b.Date == r.Date && !b.Removed).ToListAsync(ct);
        var nonAssociations = await db.NonAssociations.AsNoTracking()
            .Where(n => n.EndedAt == null && (n.PrisonerAId == prisoner.Id || n.PrisonerBId == prisoner.Id)).ToListAsync(ct);
        var (slot, inSlot, balance) = await Contended(r, prisoner.Id, tracked: false, ct);

        var context = new BookingContext(establishment, prisoner, template, r.Date, visitors,
            restrictions.Where(x => x.PrisonerId == prisoner.Id).ToList(), blocks,
            slot?.BookedOpen ?? 0, slot?.BookedClosed ?? 0, inSlot, nonAssociations, balance?.Balance ?? 0,
            SpendsVisitingOrder(prisoner, template), Infrastructure.ControllerExtensions.Today(clock),
            r.IsManager, r.OverbookReason, r.VisitingOrderOverrideReason);
        return new Loaded(context, slot, balance);
    }

    /// <summary>
    /// Inside the writer turn: the slot, who else is booked in it and the balance, read again and tracked for the save.
    /// Everything else is as <see cref="Load"/> read it for this request.
    /// </summary>
    public async Task<Loaded> Refresh(Loaded loaded, Request r, CancellationToken ct = default)
    {
        var (slot, inSlot, balance) = await Contended(r, loaded.Context.Prisoner.Id, tracked: true, ct);
        var context = loaded.Context with
        {
            BookedOpen = slot?.BookedOpen ?? 0, BookedClosed = slot?.BookedClosed ?? 0, PrisonersInSlot = inSlot,
            VisitingOrderBalance = balance?.Balance ?? 0,
        };
        return new Loaded(context, slot, balance);
    }

    /// <summary>
    /// What bookings contend for, in one query: the slot's counters and token, the prisoners booked into it (bar the
    /// visit being amended), and the prisoner's balance row. Tracked: the rows are attached (or the ones this context
    /// already tracks are used) so the save updates them under their concurrency tokens.
    /// </summary>
    private async Task<(SessionSlot? Slot, List<int> Others, VisitingOrderBalance? Balance)> Contended(Request r, int prisonerId, bool tracked,
        CancellationToken ct)
    {
        var amending = r.AmendingVisitId ?? 0;
        // Anchored on the session template (it exists: loading found it), so the booked prisoners are a collection
        // correlated by the template's id (a join, which SQLite can run) and the rest are scalar subqueries.
        var slots = db.SessionSlots.Where(s => s.SessionTemplateId == r.TemplateId && s.Date == r.Date);
        var balances = db.VisitingOrderBalances.Where(b => b.PrisonerId == prisonerId);
        var row = await db.SessionTemplates.AsNoTracking().Where(t => t.Id == r.TemplateId).Select(t => new
        {
            SlotId = slots.Select(s => (int?)s.Id).FirstOrDefault(),
            SlotEstablishmentId = slots.Select(s => (int?)s.EstablishmentId).FirstOrDefault(),
            Open = slots.Select(s => (int?)s.BookedOpen).FirstOrDefault(),
            Closed = slots.Select(s => (int?)s.BookedClosed).FirstOrDefault(),
            SlotVersion = slots.Select(s => (int?)s.Version).FirstOrDefault(),
            Others = db.Visits.Where(v => v.SessionSlot!.SessionTemplateId == t.Id && v.SessionSlot.Date == r.Date
                                          && v.Status == VisitStatus.Booked && v.Id != amending)
                .Select(v => v.PrisonerId).ToList(),
            BalanceEstablishmentId = balances.Select(b => (int?)b.EstablishmentId).FirstOrDefault(),
            Balance = balances.Select(b => (int?)b.Balance).FirstOrDefault(),
            LastAllocatedPeriod = balances.Select(b => b.LastAllocatedPeriod).FirstOrDefault(),
            BalanceVersion = balances.Select(b => (int?)b.Version).FirstOrDefault(),
        }).SingleAsync(ct);

        var slot = row.SlotId is { } slotId
            ? new SessionSlot
            {
                Id = slotId, EstablishmentId = row.SlotEstablishmentId!.Value, SessionTemplateId = r.TemplateId, Date = r.Date,
                BookedOpen = row.Open!.Value, BookedClosed = row.Closed!.Value, Version = row.SlotVersion!.Value,
            }
            : null;
        var balance = row.BalanceEstablishmentId is { } establishmentId
            ? new VisitingOrderBalance
            {
                PrisonerId = prisonerId, EstablishmentId = establishmentId, Balance = row.Balance!.Value,
                LastAllocatedPeriod = row.LastAllocatedPeriod, Version = row.BalanceVersion!.Value,
            }
            : null;
        if (tracked)
        {
            slot = slot is null ? null : db.SessionSlots.Local.FirstOrDefault(s => s.Id == slot.Id) ?? db.SessionSlots.Attach(slot).Entity;
            balance = balance is null ? null
                : db.VisitingOrderBalances.Local.FirstOrDefault(b => b.PrisonerId == prisonerId) ?? db.VisitingOrderBalances.Attach(balance).Entity;
        }
        return (slot, row.Others, balance);
    }

    /// <summary>The slot to book into: the refreshed one, or a new one added to the context for the caller's save.</summary>
    public SessionSlot SlotToBook(Loaded loaded) => loaded.Slot ?? db.SessionSlots.Add(new SessionSlot
    {
        EstablishmentId = loaded.Context.Session.EstablishmentId, SessionTemplateId = loaded.Context.Session.Id,
        Date = loaded.Context.Date,
    }).Entity;

    /// <summary>Convicted prisoners spend a visiting order on a social visit; remand prisoners and video calls do not.</summary>
    public static bool SpendsVisitingOrder(Prisoner prisoner, SessionTemplate template) =>
        prisoner.LegalStatus == LegalStatus.Convicted && template.VisitType != VisitType.Video;
}
