using System.Globalization;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The visits part of the history: visits spread over the open sessions at the size's demand (one or two visitors,
/// a booking event, one in ten cancelled by the visitor; a prisoner at most once a session; never booked before the
/// prisoner's reception; the plan's restrictions respected: <see cref="HistoryRestrictions"/>), a run for every past session (most on time, about one in
/// five more than 5 minutes late with a cause: at Wymott 21% of visitors said visits did not start on time), an
/// outcome for nearly every booked past visit (some visitors did not arrive, a few turned away or refused by the
/// prisoner; a few of the last ten days' left for staff to record), families told about Help with Prison Visits, and
/// support offered to prisoners who get no visits.
/// </summary>
public static class VisitHistory
{
    private static readonly DelayCause[] Causes =
        [DelayCause.RollCheck, DelayCause.NoEscortStaff, DelayCause.SearchQueue, DelayCause.RollCheck, DelayCause.IdProblems, DelayCause.IT, DelayCause.NoEscortStaff, DelayCause.Other];

    /// <summary>A family's first visit is on the second day after its prisoner's reception at the earliest (booked from that day).</summary>
    public const int FirstVisitAfterDays = 2;

    public static long Write(BulkWriter w, HistoryPlan plan)
    {
        var e = plan.Establishment.Id;
        var random = new Random(plan.Seed * 16 + 1);
        var today = plan.Today;
        var end = today.AddDays(plan.Size.FutureDays);
        // Visits are booked on sessions that any prisoner may have (not incentive-level sessions): open tables for most,
        // closed ones for a prisoner on closed visits.
        var sessions = plan.Sessions.Where(t => t.Active && (t.OpenCapacity > 0 || t.ClosedCapacity > 0) && t.IncentiveLevels.Length == 0).OrderBy(t => t.Id).ToList();
        if (sessions.Count == 0 || plan.Families.Count == 0)
        {
            return 0;
        }
        int open = 0, closedOnes = 0;
        for (var d = plan.First; d < end; d = d.AddDays(1))
        {
            open += sessions.Count(t => t.OpenCapacity > 0 && t.OccursOn(d));
            closedOnes += sessions.Count(t => t.ClosedCapacity > 0 && t.OccursOn(d));
        }
        // Each family visits at the size's rate while its prisoner is here, spread over the month's sessions (a prisoner
        // on closed visits over the month's sessions with closed tables).
        var months = (end.DayNumber - plan.First.DayNumber) / 30.44;
        var sessionsPerMonth = open / months;
        var closedChance = closedOnes == 0 ? 0 : plan.Size.VisitsPerFamilyMonth / (closedOnes / months);
        var rules = new HistoryRestrictions(plan);

        long visits = 0;
        var booked = 0;
        for (var date = plan.First; date < end; date = date.AddDays(1))
        {
            var onDay = sessions.Where(t => t.OccursOn(date)).ToList();
            // Families whose prisoner is here (received at least two days before) and may have visits that day.
            var here = onDay.Count == 0 ? [] : plan.Families.Where(f => f.Here(date) && (f.From is not { } from || date >= from.AddDays(FirstVisitAfterDays))
                                                                         && !rules.NoVisits(f.PrisonerId, date)).ToList();
            var pool = here.Where(f => !rules.Closed(f.PrisonerId, date)).ToList();
            var closedPool = here.Where(f => rules.Closed(f.PrisonerId, date)).ToList();
            var perSession = plan.Size.VisitsPerFamilyMonth * pool.Count / Math.Max(1, sessionsPerMonth);
            foreach (var t in here.Count == 0 ? [] : onDay)
            {
                var scheduled = LondonTime.ToInstant(date, t.StartTime);
                var finished = LondonTime.ToInstant(date, t.EndTime);
                var slot = new SessionSlot { Id = 0, EstablishmentId = e, SessionTemplateId = t.Id, Date = date };
                var rows = new List<Visit>();
                var inSlot = new HashSet<int>();
                void Book(GeneratedFamily family, bool closed)
                {
                    if (slot.Id == 0)
                    {
                        slot.Id = w.NextId<SessionSlot>();
                    }
                    inSlot.Add(family.PrisonerId);
                    rows.Add(Visit(w, random, plan, slot, t, family, closed, rows.Count, rules));
                    visits++;
                }
                if (t.OpenCapacity > 0)
                {
                    var count = Math.Min(Math.Min(t.OpenCapacity, pool.Count), (int)perSession + (random.NextDouble() < perSession % 1 ? 1 : 0));
                    // Drawn without replacement (a prisoner has one visit a session; the app refuses a second), passing
                    // over a family whose main visitor is banned that day or whose prisoner must not meet one already booked.
                    for (var k = 0; k < pool.Count && rows.Count < count; k++)
                    {
                        var j = random.Next(k, pool.Count);
                        (pool[k], pool[j]) = (pool[j], pool[k]);
                        if (rules.MayBook(pool[k], date, inSlot))
                        {
                            Book(pool[k], closed: false);
                        }
                    }
                }
                if (t.ClosedCapacity > 0)
                {
                    foreach (var family in closedPool)
                    {
                        if (random.NextDouble() < closedChance && slot.BookedClosed < t.ClosedCapacity && rules.MayBook(family, date, inSlot))
                        {
                            Book(family, closed: true);
                        }
                    }
                }
                if (rows.Count == 0)
                {
                    continue;
                }
                w.Add(slot);
                if (date >= today)
                {
                    continue;
                }
                Run(w, random, e, slot, scheduled, finished);
                foreach (var visit in rows.Where(r => r.Status == VisitStatus.Booked))
                {
                    booked++;
                    // A few of the last ten days' visits have no outcome yet: the visit day's worklist.
                    if (date >= today.AddDays(-10) && booked % 6 == 0)
                    {
                        continue;
                    }
                    Outcome(w, random, e, visit, booked);
                }
            }
        }
        NoVisitsSupport(w, plan);
        return visits;
    }

    /// <summary>
    /// One visit with its visitors (those not banned that day), booking event and audit rows; booked two to twenty days
    /// ahead, but never before the prisoner's reception day; one in ten cancelled by the visitor the day before.
    /// </summary>
    private static Visit Visit(BulkWriter w, Random random, HistoryPlan plan, SessionSlot slot, SessionTemplate t, GeneratedFamily family, bool closed, int k, HistoryRestrictions rules)
    {
        var e = plan.Establishment.Id;
        var date = slot.Date;
        var scheduled = LondonTime.ToInstant(date, t.StartTime);
        var cancelled = random.Next(10) == 0;
        var ahead = random.Next(2, 20);
        var minutes = random.Next(600);
        if (family.From is { } received)
        {
            ahead = Math.Min(ahead, date.DayNumber - received.DayNumber);
        }
        var bookedAt = scheduled.AddDays(-ahead).AddMinutes(-minutes);
        var visit = new Visit
        {
            Id = w.NextId<Visit>(), EstablishmentId = e, PrisonerId = family.PrisonerId, SessionSlotId = slot.Id, Date = date,
            StartTime = t.StartTime, EndTime = t.EndTime, Closed = closed, Status = cancelled ? VisitStatus.Cancelled : VisitStatus.Booked,
            MainContactId = family.Visitors[0].ContactId, RequestMethod = k % 3 == 0 ? RequestMethod.Online : RequestMethod.Phone,
            CreatedAt = bookedAt, UpdatedAt = cancelled ? scheduled.AddDays(-1) : bookedAt,
            CancelledAt = cancelled ? scheduled.AddDays(-1) : null, CancellationReason = cancelled ? CancellationReason.VisitorCancelled : null,
        };
        visit.Reference = Reference(visit.Id);
        if (!cancelled)
        {
            if (closed)
            {
                slot.BookedClosed++;
            }
            else
            {
                slot.BookedOpen++;
            }
        }
        w.Add(visit);
        w.Audit(bookedAt, e, nameof(Visit), visit.Id, "Created", family.PrisonerId,
            $$$"""{"Reference":{"new":"{{{visit.Reference}}}"},"Date":{"new":"{{{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}}"},"Status":{"new":"Booked"}}""");
        var coming = family.Visitors.Where(m => !rules.Banned(m.ContactId, date)).ToList();
        var count = 1 + random.Next(2);
        for (var v = 0; v < Math.Min(coming.Count, count); v++)
        {
            var member = coming[v];
            var age = member.DateOfBirth is { } born ? Age.On(born, date) : (int?)null;
            var visitor = new VisitVisitor { Id = w.NextId<VisitVisitor>(), VisitId = visit.Id, ContactId = member.ContactId, AgeOnVisit = age, Child = age < plan.Establishment.AdultAge };
            w.Add(visitor);
            w.Audit(bookedAt, e, nameof(VisitVisitor), visitor.Id, "Created");
        }
        var booking = new VisitEvent { Id = w.NextId<VisitEvent>(), VisitId = visit.Id, At = bookedAt, Type = VisitEventType.Booked, Detail = "Booked" };
        w.Add(booking);
        w.Audit(bookedAt, e, nameof(VisitEvent), booking.Id, "Created");
        w.Audit(bookedAt, e, nameof(SessionSlot), slot.Id, "Updated");
        if (cancelled)
        {
            var cancellation = new VisitEvent { Id = w.NextId<VisitEvent>(), VisitId = visit.Id, At = scheduled.AddDays(-1), Type = VisitEventType.Cancelled, Detail = "Cancelled: the visitor cancelled" };
            w.Add(cancellation);
            w.Audit(scheduled.AddDays(-1), e, nameof(Visit), visit.Id, "Updated", family.PrisonerId, """{"Status":{"old":"Booked","new":"Cancelled"}}""");
        }
        return visit;
    }

    private static void Run(BulkWriter w, Random random, int e, SessionSlot slot, DateTimeOffset scheduled, DateTimeOffset finished)
    {
        var late = random.Next(100) < 21;
        var minutes = late ? 6 + random.Next(35) : random.Next(-3, 6);
        var cause = late ? Causes[random.Next(Causes.Length)] : (DelayCause?)null;
        w.At = scheduled.AddMinutes(minutes);
        var run = new SessionRun
        {
            Id = w.NextId<SessionRun>(), EstablishmentId = e, SessionSlotId = slot.Id, Date = slot.Date, ScheduledStart = scheduled, ScheduledEnd = finished,
            HallOpenedAt = scheduled.AddMinutes(-30), PrisonersUnlockedAt = scheduled.AddMinutes(minutes - 15), FirstPrisonerInHallAt = scheduled.AddMinutes(minutes - 5),
            StartedAt = scheduled.AddMinutes(minutes), EndedAt = finished.AddMinutes(-random.Next(0, 4)),
            DelayCause = cause, DelayDetail = cause == DelayCause.Other ? "Fire alarm test in the hall" : "",
        };
        w.Add(run);
        w.Audit(run.StartedAt.Value, e, nameof(SessionRun), run.Id, "Created");
    }

    private static void Outcome(BulkWriter w, Random random, int e, Visit visit, int n)
    {
        var roll = random.Next(100);
        var outcome = roll < 84 ? VisitOutcome.Completed : roll < 93 ? VisitOutcome.VisitorDidNotArrive : roll < 96 ? VisitOutcome.TurnedAway
            : roll < 99 ? VisitOutcome.PrisonerRefused : VisitOutcome.TerminatedByStaff;
        var at = LondonTime.ToInstant(visit.Date, visit.EndTime).AddMinutes(10);
        w.At = at;
        var attendance = new VisitAttendance
        {
            Id = w.NextId<VisitAttendance>(), EstablishmentId = e, VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = visit.Date, Outcome = outcome,
            OutcomeReason = outcome == VisitOutcome.TerminatedByStaff ? "Passing an item across the table" : outcome == VisitOutcome.TurnedAway ? "Drugs dog indication" : "",
            OutcomeAt = at,
            PrisonerArrivedAt = outcome is VisitOutcome.Completed or VisitOutcome.TerminatedByStaff ? LondonTime.ToInstant(visit.Date, visit.StartTime).AddMinutes(-5) : null,
        };
        w.Add(attendance);
        w.Audit(at, e, nameof(VisitAttendance), attendance.Id, "Created", visit.PrisonerId, $$$"""{"Outcome":{"new":"{{{outcome}}}"}}""");
        if (outcome == VisitOutcome.Completed && n % 9 == 0 && visit.MainContactId is { } contact)
        {
            var told = new HpvTold { Id = w.NextId<HpvTold>(), EstablishmentId = e, ContactId = contact, VisitId = visit.Id, ToldOn = visit.Date, How = n % 2 == 0 ? HpvToldHow.InPerson : HpvToldHow.Leaflet };
            w.Add(told);
            w.Audit(at, e, nameof(HpvTold), told.Id, "Created");
        }
    }

    /// <summary>Prisoners the history gives no visits: support offered every few months, half of it taken up.</summary>
    private static void NoVisitsSupport(BulkWriter w, HistoryPlan plan)
    {
        for (var i = 0; i < plan.NoVisits.Count; i++)
        {
            var offered = plan.Today.AddDays(-(20 + 17 * i % 360));
            var kind = (NoVisitsSupportKind)(i % 8);
            w.At = LondonTime.ToInstant(offered, new TimeOnly(10, 0));
            var support = new NoVisitsSupport
            {
                Id = w.NextId<NoVisitsSupport>(), EstablishmentId = plan.Establishment.Id, PrisonerId = plan.NoVisits[i], Kind = kind, OfferedOn = offered,
                TakenUpOn = i % 2 == 0 ? offered.AddDays(9) : null, Detail = kind == NoVisitsSupportKind.Other ? "Chaplaincy visit" : "",
            };
            w.Add(support);
            w.Audit(w.At, plan.Establishment.Id, nameof(NoVisitsSupport), support.Id, "Created", support.PrisonerId);
        }
    }

    /// <summary>
    /// A booking reference in the app's form (XXXX-XXXX from <see cref="VisitReference.Alphabet"/>), unique by construction:
    /// the key times a number prime to 25^8, modulo 25^8, is a different number for every key, written in base 25.
    /// </summary>
    public static string Reference(long id)
    {
        const long space = 152_587_890_625; // 25^8
        var x = (id * 7_919_113 + 4_096_001) % space;
        Span<char> chars = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4)
            {
                chars[i] = '-';
                continue;
            }
            chars[i] = VisitReference.Alphabet[(int)(x % 25)];
            x /= 25;
        }
        return new string(chars);
    }
}
