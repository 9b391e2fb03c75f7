using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Thirteen months of history so every measure has a trend to show: past visits (a few a session, some cancelled) for
/// the establishment's last 60 demo prisoners, closed safer custody contacts with their first action and call back,
/// a voicemail check each staffed day, and closed ACCTs. Invented, the same every time, placed before today and kept
/// away from the first prisoners and the open lists the other demo data uses. Inserted in one save per establishment.
/// </summary>
public static class DemoHistory
{
    public const int Months = 13;

    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var e = establishment.Id;
        var today = LondonTime.DateOf(now);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));
        if (await db.Visits.IgnoreQueryFilters().AnyAsync(v => v.EstablishmentId == e && v.Date < today, ct))
        {
            return;
        }
        var prisoners = await db.Prisoners.IgnoreQueryFilters().Where(p => p.EstablishmentId == e)
            .OrderByDescending(p => p.Id).Select(p => p.Id).Take(60).ToListAsync(ct);
        var templates = await db.SessionTemplates.IgnoreQueryFilters().Where(t => t.EstablishmentId == e && t.Active)
            .OrderBy(t => t.Id).ToListAsync(ct);
        if (prisoners.Count < 60 || templates.Count == 0)
        {
            return;
        }
        var random = new Random(4000 + e);

        // Visits: on about one session in three, one to three visits, every seventh cancelled by the visitor.
        var booked = 0;
        var slots = new List<SessionSlot>();
        var visits = new List<Visit>();
        for (var date = start; date < today; date = date.AddDays(1))
        {
            foreach (var t in templates.Where(t => t.OccursOn(date) && (date.DayNumber + t.Id) % 3 == 0))
            {
                var slot = new SessionSlot { EstablishmentId = e, SessionTemplate = t, Date = date };
                db.SessionSlots.Add(slot);
                slots.Add(slot);
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var cancelled = ++booked % 7 == 0;
                    if (!cancelled)
                    {
                        slot.BookedOpen++;
                    }
                    visits.Add(new Visit
                    {
                        EstablishmentId = e, Reference = VisitReference.New(random), PrisonerId = prisoners[random.Next(40)], SessionSlot = slot,
                        Date = date, StartTime = t.StartTime, EndTime = t.EndTime, RequestMethod = RequestMethod.Phone,
                        Status = cancelled ? VisitStatus.Cancelled : VisitStatus.Booked,
                        CancelledAt = cancelled ? LondonTime.ToInstant(date.AddDays(-2), new TimeOnly(11, 0)) : null,
                        CancellationReason = cancelled ? CancellationReason.VisitorCancelled : null,
                    });
                    db.Visits.Add(visits[^1]);
                }
            }
        }

        // The visit day (issue 13): session runs, outcomes, support for prisoners with no visits, Help with Prison Visits.
        await DemoVisitDay.AddAsync(db, e, today, slots, visits, prisoners, ct);

        // Safer custody: three contacts a month before this one, each closed two days later.
        for (var month = 1; month < Months; month++)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-month);
            for (var i = 0; i < 3; i++)
            {
                var received = LondonTime.ToInstant(first.AddDays(3 + i * 9), new TimeOnly(10 + i, 15));
                var contact = new SaferCustodyContact
                {
                    EstablishmentId = e, ReceivedAt = received, Channel = i == 2 ? ContactChannel.WebForm : ContactChannel.SaferCustodyLine,
                    CallerName = "Demo caller", CallerRelationship = i == 0 ? "Mother" : "Partner", CallerWantsCallback = i < 2,
                    PrisonerId = prisoners[40 + (month + i) % 20], Categories = i == 0 ? ConcernCategory.EmotionalSupportSelfHarm : ConcernCategory.Healthcare,
                    CallerSaid = "Worried about him after a phone call.", ClosedAt = received.AddDays(2), ClosedBy = "system", Outcome = "Seen and safe; caller updated.",
                };
                contact.Actions.Add(new ContactAction { EstablishmentId = e, Kind = ActionKind.WelfareCheck, OccurredAt = received.AddMinutes(25 + 40 * ((month + i) % 5)), Notes = "Seen on the wing." });
                if (contact.CallerWantsCallback && (month + i) % 4 != 0)
                {
                    contact.CallerFeedback.Add(new CallerFeedback { EstablishmentId = e, OccurredAt = received.AddHours(5), Result = CallerFeedbackResult.Told, Disclosure = Disclosure.AcknowledgementOnly, Notes = "Told the concern was acted on." });
                }
                db.SaferCustodyContacts.Add(contact);
            }

            // One ACCT a month, opened and closed within it; the prisoner asked about family in two months of three.
            var acct = new SafetyCase
            {
                EstablishmentId = e, PrisonerId = prisoners[40 + month % 20], Kind = SafetyCaseKind.Acct, OpenedOn = first.AddDays(5), ClosedOn = first.AddDays(19),
                Reference = $"ACCT-H{month:D2}",
            };
            if (month % 3 != 0)
            {
                acct.Entries.Add(new FamilyInvolvementEntry { EstablishmentId = e, Kind = InvolvementEntryKind.PrisonerAsked, OccurredOn = first.AddDays(6), Answer = FamilyAnswer.Agreed, FamilyMember = "His mother" });
            }
            db.SafetyCases.Add(acct);
        }

        // A voicemail check at midday each staffed day before the four weeks the other demo data covers.
        for (var date = start; date < today.AddDays(-28); date = date.AddDays(1))
        {
            if (establishment.SaferCustodyLineDays.Includes(date.DayOfWeek))
            {
                db.VoicemailChecks.Add(new VoicemailCheck { EstablishmentId = e, CheckedAt = LondonTime.ToInstant(date, new TimeOnly(12, 0)) });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
