using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>The sessions a prisoner may use within the booking window, with free open and closed tables.</summary>
public sealed class SessionFinder(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <param name="Closed">The visit would be a closed one on this date (a closed restriction on the prisoner or a visitor).</param>
    public sealed record Option(SessionTemplate Template, DateOnly Date, int FreeOpen, int FreeClosed, bool AlreadyBooked, bool Closed = false)
    {
        public string Key => BookingForm.SlotKey(Template.Id, Date);

        /// <summary>No table of the kind this visit needs (open or closed) is free.</summary>
        public bool Full => Closed ? FreeClosed <= 0 : FreeOpen <= 0;
    }

    /// <summary>
    /// Five queries whatever the window: templates, blocks, slots, this prisoner's visits and the closed restrictions
    /// on the prisoner and the visitors chosen. A session with no places of the kind the visit needs (closed-only
    /// sessions for an open visit, open-only ones for a closed visit) is not offered.
    /// </summary>
    public async Task<List<Option>> For(Prisoner prisoner, int? exceptVisitId = null, IReadOnlyCollection<int>? visitorIds = null)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);
        var today = Infrastructure.ControllerExtensions.Today(clock);
        var from = today.AddDays(establishment.MinBookingNoticeDays);
        var to = today.AddDays(establishment.MaxBookingNoticeDays);
        var templates = await db.SessionTemplates.AsNoTracking().Include(t => t.Room).Where(t => t.Active).ToListAsync();
        var blocks = await db.BlockedDates.AsNoTracking().Where(b => !b.Removed && b.Date >= from && b.Date <= to).ToListAsync();
        var slots = await db.SessionSlots.AsNoTracking().Where(s => s.Date >= from && s.Date <= to)
            .ToDictionaryAsync(s => (s.SessionTemplateId, s.Date));
        var booked = (await db.Visits.AsNoTracking()
            .Where(v => v.PrisonerId == prisoner.Id && v.Status == VisitStatus.Booked && v.Date >= from && v.Date <= to && v.Id != (exceptVisitId ?? 0))
            .Select(v => v.SessionSlotId).ToListAsync()).ToHashSet();

        var ids = (visitorIds ?? []).ToList();
        var closedRestrictions = await db.Restrictions.AsNoTracking()
            .Where(r => r.Type == RestrictionType.Closed && r.EndedAt == null && (r.PrisonerId == prisoner.Id
                        || (r.ContactId != null && ids.Contains(r.ContactId.Value))
                        || (r.PrisonerContactId != null && r.PrisonerContact!.PrisonerId == prisoner.Id && ids.Contains(r.PrisonerContact.ContactId))))
            .ToListAsync();

        var options = new List<Option>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var closed = closedRestrictions.Any(r => r.Covers(date));
            foreach (var t in templates.Where(t => t.OccursOn(date) && t.IsEligible(prisoner) && !blocks.Any(b => b.Blocks(t.Id, date))
                                                   && (closed ? t.ClosedCapacity : t.OpenCapacity) > 0)
                         .OrderBy(t => t.StartTime))
            {
                var slot = slots.GetValueOrDefault((t.Id, date));
                options.Add(new Option(t, date, t.OpenCapacity - (slot?.BookedOpen ?? 0), t.ClosedCapacity - (slot?.BookedClosed ?? 0),
                    slot is not null && booked.Contains(slot.Id), closed));
            }
        }
        return options;
    }
}
