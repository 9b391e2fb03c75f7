using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>Loads what the booking rules need for one prisoner, session and set of visitors, in a bounded number of queries.</summary>
public sealed class BookingContextLoader(FamilyTiesDbContext db, VisitingOrderLedger ledger, TimeProvider clock)
{
    public sealed record Loaded(BookingContext Context, SessionSlot Slot, VisitingOrderBalance Balance);

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
        if (slot is null)
        {
            slot = new SessionSlot { EstablishmentId = template.EstablishmentId, SessionTemplateId = templateId, Date = date, SessionTemplate = template };
            db.SessionSlots.Add(slot);
        }
        var inSlot = slot.Id == 0 ? [] : await db.Visits
            .Where(v => v.SessionSlotId == slot.Id && v.Status == VisitStatus.Booked && v.Id != (amendingVisitId ?? 0))
            .Select(v => v.PrisonerId).ToListAsync(ct);
        var blocks = await db.BlockedDates.Where(b => b.Date == date && !b.Removed).ToListAsync(ct);
        var nonAssociations = await db.NonAssociations
            .Where(n => n.EndedAt == null && (n.PrisonerAId == prisonerId || n.PrisonerBId == prisonerId)).ToListAsync(ct);
        var balance = await ledger.BalanceFor(prisonerId, prisoner.EstablishmentId, ct);

        var context = new BookingContext(establishment, prisoner, template, date, visitors,
            restrictions.Where(r => r.PrisonerId == prisonerId).ToList(), blocks,
            slot.BookedOpen, slot.BookedClosed, inSlot, nonAssociations, balance.Balance,
            SpendsVisitingOrder(prisoner, template), Infrastructure.ControllerExtensions.Today(clock),
            isManager, overbookReason, voOverrideReason);
        return new Loaded(context, slot, balance);
    }

    /// <summary>Convicted prisoners spend a visiting order on a social visit; remand prisoners and video calls do not.</summary>
    public static bool SpendsVisitingOrder(Prisoner prisoner, SessionTemplate template) =>
        prisoner.LegalStatus == LegalStatus.Convicted && template.VisitType != VisitType.Video;
}
