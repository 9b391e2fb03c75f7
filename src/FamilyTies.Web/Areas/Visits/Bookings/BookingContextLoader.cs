using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// Loads what the booking rules need for one prisoner, session and set of visitors, in a bounded number of queries.
/// Loading decides nothing and adds nothing: a session slot or a visiting-order balance that does not exist yet is
/// reported as null (counted as empty), and only a handler that saves creates it, inside its own save. So loading
/// twice on one context (a refusal shown after a preview) is always safe.
/// </summary>
public sealed class BookingContextLoader(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <param name="Slot">The tracked slot of that session on that date; null when nothing was ever booked there.</param>
    /// <param name="Balance">The prisoner's tracked balance row; null when they have none (remand, or never allocated).</param>
    public sealed record Loaded(BookingContext Context, SessionSlot? Slot, VisitingOrderBalance? Balance);

    /// <summary>Null when the prisoner, session or a visitor is not visible in this establishment.</summary>
    public async Task<Loaded?> Load(int prisonerId, int templateId, DateOnly date, IReadOnlyCollection<int> visitorIds,
        bool isManager, string? overbookReason, string? voOverrideReason, int? amendingVisitId = null, CancellationToken ct = default)
    {
        var prisoner = await db.Prisoners.SingleOrDefaultAsync(p => p.Id == prisonerId, ct);
        var template = await db.SessionTemplates.Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == templateId, ct);
        if (prisoner is null || template is null)
        {
            return null;
        }
        var establishment = await db.Establishments.SingleAsync(e => e.Id == prisoner.EstablishmentId, ct);
        var links = await db.PrisonerContacts.Include(l => l.Contact)
            .Where(l => l.PrisonerId == prisonerId && visitorIds.Contains(l.ContactId)).ToListAsync(ct);
        if (links.Count != visitorIds.Distinct().Count())
        {
            return null;
        }
        var linkIds = links.Select(l => l.Id).ToList();
        var restrictions = await db.Restrictions
            .Where(r => r.EndedAt == null && (r.PrisonerId == prisonerId
                        || (r.ContactId != null && visitorIds.Contains(r.ContactId.Value))
                        || (r.PrisonerContactId != null && linkIds.Contains(r.PrisonerContactId.Value))))
            .ToListAsync(ct);
        var visitors = links.Select(l => new BookingVisitor(l.Contact!, l,
            restrictions.Where(r => r.ContactId == l.ContactId || r.PrisonerContactId == l.Id).ToList())).ToList();

        var slot = await db.SessionSlots.SingleOrDefaultAsync(s => s.SessionTemplateId == templateId && s.Date == date, ct);
        var inSlot = slot is null ? [] : await db.Visits
            .Where(v => v.SessionSlotId == slot.Id && v.Status == VisitStatus.Booked && v.Id != (amendingVisitId ?? 0))
            .Select(v => v.PrisonerId).ToListAsync(ct);
        var blocks = await db.BlockedDates.Where(b => b.Date == date && !b.Removed).ToListAsync(ct);
        var nonAssociations = await db.NonAssociations
            .Where(n => n.EndedAt == null && (n.PrisonerAId == prisonerId || n.PrisonerBId == prisonerId)).ToListAsync(ct);
        var balance = await db.VisitingOrderBalances.SingleOrDefaultAsync(b => b.PrisonerId == prisonerId, ct);

        var context = new BookingContext(establishment, prisoner, template, date, visitors,
            restrictions.Where(r => r.PrisonerId == prisonerId).ToList(), blocks,
            slot?.BookedOpen ?? 0, slot?.BookedClosed ?? 0, inSlot, nonAssociations, balance?.Balance ?? 0,
            SpendsVisitingOrder(prisoner, template), Infrastructure.ControllerExtensions.Today(clock),
            isManager, overbookReason, voOverrideReason);
        return new Loaded(context, slot, balance);
    }

    /// <summary>The slot to book into: the loaded one, or a new one added to the context for the caller's save.</summary>
    public SessionSlot SlotToBook(Loaded loaded) => loaded.Slot ?? db.SessionSlots.Add(new SessionSlot
    {
        EstablishmentId = loaded.Context.Session.EstablishmentId, SessionTemplateId = loaded.Context.Session.Id,
        Date = loaded.Context.Date, SessionTemplate = loaded.Context.Session,
    }).Entity;

    /// <summary>Convicted prisoners spend a visiting order on a social visit; remand prisoners and video calls do not.</summary>
    public static bool SpendsVisitingOrder(Prisoner prisoner, SessionTemplate template) =>
        prisoner.LegalStatus == LegalStatus.Convicted && template.VisitType != VisitType.Video;
}
