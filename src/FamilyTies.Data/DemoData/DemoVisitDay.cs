using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// The visit day's 13 months of invented history (issue 13 §9), added to the demo history's sessions and visits in
/// the same save: a run for every past session (most on time, about one in five more than 5 minutes late with a
/// cause: at Wymott 21% of visitors said visits did not start on time), an outcome for nearly every booked visit
/// (some visitors did not arrive, a few turned away or refused by the prisoner), a few recent visits left unresolved,
/// support offered to some prisoners who get no visits, and families told about Help with Prison Visits. Its own
/// random numbers, so the visits themselves stay as they were.
/// </summary>
public static class DemoVisitDay
{
    private static readonly DelayCause[] Causes = [DelayCause.RollCheck, DelayCause.NoEscortStaff, DelayCause.SearchQueue, DelayCause.RollCheck, DelayCause.IdProblems, DelayCause.IT, DelayCause.NoEscortStaff, DelayCause.Other];

    public static async Task AddAsync(FamilyTiesDbContext db, int e, DateOnly today, List<SessionSlot> slots, List<Visit> visits, List<int> prisoners, CancellationToken ct)
    {
        var random = new Random(8000 + e);
        foreach (var slot in slots)
        {
            var t = slot.SessionTemplate!;
            var scheduled = LondonTime.ToInstant(slot.Date, t.StartTime);
            var late = random.Next(100) < 21;
            var minutes = late ? 6 + random.Next(35) : random.Next(-3, 6);
            var cause = late ? Causes[random.Next(Causes.Length)] : (DelayCause?)null;
            db.SessionRuns.Add(new SessionRun
            {
                EstablishmentId = e, SessionSlot = slot, Date = slot.Date, ScheduledStart = scheduled, ScheduledEnd = LondonTime.ToInstant(slot.Date, t.EndTime),
                HallOpenedAt = scheduled.AddMinutes(-30), PrisonersUnlockedAt = scheduled.AddMinutes(minutes - 15), FirstPrisonerInHallAt = scheduled.AddMinutes(minutes - 5),
                StartedAt = scheduled.AddMinutes(minutes), EndedAt = LondonTime.ToInstant(slot.Date, t.EndTime).AddMinutes(-random.Next(0, 4)),
                DelayCause = cause, DelayDetail = cause == DelayCause.Other ? "Fire alarm test in the hall" : "",
            });
        }
        var contacts = await db.PrisonerContacts.IgnoreQueryFilters().Where(l => l.Prisoner!.EstablishmentId == e)
            .Select(l => l.ContactId).Distinct().OrderBy(id => id).Take(200).ToListAsync(ct);
        var n = 0;
        foreach (var visit in visits.Where(v => v.Status == VisitStatus.Booked))
        {
            n++;
            // A few of the last ten days' visits have no outcome yet: the worklist.
            if (visit.Date >= today.AddDays(-10) && n % 6 == 0)
            {
                continue;
            }
            var roll = random.Next(100);
            var outcome = roll < 84 ? VisitOutcome.Completed : roll < 93 ? VisitOutcome.VisitorDidNotArrive : roll < 96 ? VisitOutcome.TurnedAway
                : roll < 99 ? VisitOutcome.PrisonerRefused : VisitOutcome.TerminatedByStaff;
            db.VisitAttendances.Add(new VisitAttendance
            {
                EstablishmentId = e, Visit = visit, PrisonerId = visit.PrisonerId, Date = visit.Date, Outcome = outcome,
                OutcomeReason = outcome == VisitOutcome.TerminatedByStaff ? "Passing an item across the table" : outcome == VisitOutcome.TurnedAway ? "Drugs dog indication" : "",
                OutcomeAt = LondonTime.ToInstant(visit.Date, visit.EndTime).AddMinutes(10),
                PrisonerArrivedAt = outcome is VisitOutcome.Completed or VisitOutcome.TerminatedByStaff ? LondonTime.ToInstant(visit.Date, visit.StartTime).AddMinutes(-5) : null,
            });
            if (contacts.Count > 0 && outcome == VisitOutcome.Completed && n % 9 == 0)
            {
                db.HpvTolds.Add(new HpvTold { EstablishmentId = e, ContactId = contacts[n % contacts.Count], ToldOn = visit.Date, How = n % 2 == 0 ? HpvToldHow.InPerson : HpvToldHow.Leaflet });
            }
        }
        // Prisoners the history gives no visits (the last 20 of the 60): support offered every few months, half taken up.
        for (var i = 40; i < prisoners.Count; i++)
        {
            var offered = today.AddDays(-(20 + 17 * (i - 40)));
            db.AddSupport(e, prisoners[i], (NoVisitsSupportKind)(i % 8), offered, i % 2 == 0 ? offered.AddDays(9) : null);
        }
    }

    private static void AddSupport(this FamilyTiesDbContext db, int e, int prisonerId, NoVisitsSupportKind kind, DateOnly offered, DateOnly? takenUp) =>
        db.NoVisitsSupports.Add(new NoVisitsSupport { EstablishmentId = e, PrisonerId = prisonerId, Kind = kind, OfferedOn = offered, TakenUpOn = takenUp, Detail = kind == NoVisitsSupportKind.Other ? "Chaplaincy visit" : "" });
}
