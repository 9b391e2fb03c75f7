using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Data.Visits;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// The visit day (issue 13, docs/decisions/0021-visit-day.md): outcomes, punctual starts and delays, no-shows,
/// the unresolved worklist. A visit counts in the period of its date; a session's run in the period of its date.
/// A visit with no outcome is never attended.
/// </summary>
internal static class VisitDayMeasures
{
    public static readonly Measure Attended = new(
        "visits.attended", "Visits attended",
        "Booked visits and video calls dated in the period whose outcome is completed or ended by staff (the visit took place). A visit with no outcome is never counted.",
        MeasureUnit.Count, Better.Higher,
        async q => Counts(q, await OutcomeCountAsync(q, AttendedVisits.Outcome)),
        (q, skip, take) => OutcomeRowsAsync(q, AttendedVisits.Outcome, skip, take));

    public static readonly Measure Punctual = new(
        "visits.punctual_pct", "Sessions started on time",
        "Of the sessions dated in the period with a start time recorded, the share whose visits started no more than 5 minutes after the scheduled start.",
        MeasureUnit.Percent, Better.Higher,
        async q => Runs(q, await RunsAsync(q), (e, i, runs) => Percent(e, i, runs.Count(r => !r.Late), runs.Count)),
        (q, skip, take) => RunRowsAsync(q, _ => true, skip, take));

    public static readonly Measure MeanDelay = new(
        "visits.mean_delay_minutes", "Mean start delay",
        "The mean of the minutes after the scheduled start that visits started (0 for a session on time or early), over the sessions dated in the period with a start time recorded.",
        MeasureUnit.Minutes, Better.Lower,
        async q => Runs(q, await RunsAsync(q), (e, i, runs) => new MeasureValue(e, i, runs.Count == 0 ? null : Math.Round((decimal)runs.Sum(r => r.MinutesLate) / runs.Count, 1))),
        (q, skip, take) => RunRowsAsync(q, _ => true, skip, take));

    public static readonly Measure DelayCauses = new(
        "visits.delay_causes", "Sessions started late",
        "Sessions dated in the period whose visits started more than 5 minutes late; the rows give each one's cause (roll check, no escort staff, search queue, ID problems, IT, other).",
        MeasureUnit.Count, Better.Lower,
        async q => Runs(q, await RunsAsync(q), (e, i, runs) => new MeasureValue(e, i, runs.Count(r => r.Late))),
        (q, skip, take) => RunRowsAsync(q, r => r.Late, skip, take));

    public static readonly Measure NoShow = new(
        "visits.no_show_pct", "Visitors did not arrive",
        "Of the booked visits dated in the period with an outcome recorded, the share whose visitors did not arrive. A cancelled visit (however late) is not a no-show; a visit with no outcome is not counted.",
        MeasureUnit.Percent, Better.Lower,
        async q => Shares(q, await OutcomeCountAsync(q, a => a.Outcome == VisitOutcome.VisitorDidNotArrive), await OutcomeCountAsync(q, a => a.Outcome != null)),
        (q, skip, take) => OutcomeRowsAsync(q, a => a.Outcome != null, skip, take));

    public static readonly Measure TurnedAway = new(
        "visits.turned_away", "Visits turned away",
        "Booked visits dated in the period whose visitors were turned away (refused entry).",
        MeasureUnit.Count, Better.Lower,
        async q => Counts(q, await OutcomeCountAsync(q, a => a.Outcome == VisitOutcome.TurnedAway)),
        (q, skip, take) => OutcomeRowsAsync(q, a => a.Outcome == VisitOutcome.TurnedAway, skip, take));

    public static readonly Measure Unresolved = new(
        "visits.unresolved_outcomes", "Visits with no outcome",
        "Booked visits dated in the period that have ended (by now) with no outcome recorded: the worklist. Never counted as attended.",
        MeasureUnit.Count, Better.Lower,
        async q => Counts(q, await PeriodBuckets.CountAsync(q, UnresolvedVisits(q), v => v.Date, p => (p.FirstDay, p.LastDay.AddDays(1)))),
        UnresolvedRowsAsync)
    {
        Target = _ => 0,
        TargetSource = "None unresolved",
    };

    private static IQueryable<VisitAttendance> Outcomes(MeasureQuery q) =>
        q.Rows<VisitAttendance>().Where(a => a.Visit!.Status == VisitStatus.Booked);

    private static Task<Dictionary<(int, int), int>> OutcomeCountAsync(MeasureQuery q, System.Linq.Expressions.Expression<Func<VisitAttendance, bool>> which) =>
        PeriodBuckets.CountAsync(q, Outcomes(q).Where(which), a => a.Date, p => (p.FirstDay, p.LastDay.AddDays(1)));

    private static async Task<DrillPage> OutcomeRowsAsync(MeasureQuery q, System.Linq.Expressions.Expression<Func<VisitAttendance, bool>> which, int skip, int take)
    {
        var p = q.Periods[0];
        var rows = Outcomes(q).Where(which).Where(a => a.Date >= p.FirstDay && a.Date <= p.LastDay);
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(a => a.Date).ThenBy(a => a.Visit!.StartTime).ThenBy(a => a.Id).Skip(skip).Take(take)
            .Select(a => new { a.Date, a.Visit!.StartTime, a.Visit.Reference, a.Visit.Prisoner!.PrisonNumber, a.Outcome }).ToListAsync();
        return new DrillPage(["Date", "Time", "Reference", "Prison number", "Outcome"],
            page.Select(a => (IReadOnlyList<string>)[Date(a.Date), Time(a.StartTime), a.Reference, a.PrisonNumber, a.Outcome is { } o ? VisitDayRules.Describe(o) : ""]).ToList(), total);
    }

    private static IQueryable<Visit> UnresolvedVisits(MeasureQuery q)
    {
        var local = LondonTime.ToLocal(q.Now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var outcomes = q.Rows<VisitAttendance>();
        return q.Rows<Visit>().Where(v => v.Status == VisitStatus.Booked && (v.Date < today || (v.Date == today && v.EndTime <= time))
            && !outcomes.Any(a => a.VisitId == v.Id && a.Outcome != null));
    }

    private static async Task<DrillPage> UnresolvedRowsAsync(MeasureQuery q, int skip, int take)
    {
        var p = q.Periods[0];
        var rows = UnresolvedVisits(q).Where(v => v.Date >= p.FirstDay && v.Date <= p.LastDay);
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Date, v.StartTime, v.Reference, v.Prisoner!.PrisonNumber }).ToListAsync();
        return new DrillPage(["Date", "Time", "Reference", "Prison number"],
            page.Select(v => (IReadOnlyList<string>)[Date(v.Date), Time(v.StartTime), v.Reference, v.PrisonNumber]).ToList(), total);
    }

    /// <summary>A session run with a start, as the measures count it.</summary>
    internal sealed record RunFact(int EstablishmentId, int SlotId, DateOnly Date, DateTimeOffset ScheduledStart, DateTimeOffset StartedAt, DelayCause? Cause)
    {
        public int MinutesLate => VisitDayRules.MinutesLate(ScheduledStart, StartedAt);
        public bool Late => VisitDayRules.IsLate(ScheduledStart, StartedAt);
    }

    /// <summary>The runs with a start in all the query's periods, loaded once (instants compare in memory on every provider).</summary>
    private static Task<List<RunFact>> RunsAsync(MeasureQuery q) => q.Shared("visitday.runs", async () =>
    {
        var first = q.Periods.Min(p => p.FirstDay);
        var last = q.Periods.Max(p => p.LastDay);
        var rows = await q.Rows<SessionRun>().Where(r => r.StartedAt != null && r.Date >= first && r.Date <= last)
            .Select(r => new { r.EstablishmentId, r.SessionSlotId, r.Date, r.ScheduledStart, r.StartedAt, r.DelayCause }).ToListAsync();
        return rows.Select(r => new RunFact(r.EstablishmentId, r.SessionSlotId, r.Date, r.ScheduledStart, r.StartedAt!.Value, r.DelayCause)).ToList();
    });

    private static IReadOnlyList<MeasureValue> Runs(MeasureQuery q, List<RunFact> runs, Func<int, int, List<RunFact>, MeasureValue> value) =>
        q.Every((e, i) => value(e, i, runs.Where(r => r.EstablishmentId == e && r.Date >= q.Periods[i].FirstDay && r.Date <= q.Periods[i].LastDay).ToList()));

    private static async Task<DrillPage> RunRowsAsync(MeasureQuery q, Func<RunFact, bool> which, int skip, int take)
    {
        var p = q.Periods[0];
        var runs = (await RunsAsync(q)).Where(r => r.Date >= p.FirstDay && r.Date <= p.LastDay).Where(which)
            .OrderBy(r => r.ScheduledStart).ThenBy(r => r.SlotId).ToList();
        var slotIds = runs.Select(r => r.SlotId).ToList();
        var names = await q.Rows<SessionSlot>().Where(s => slotIds.Contains(s.Id)).Select(s => new { s.Id, s.SessionTemplate!.Name }).ToDictionaryAsync(s => s.Id, s => s.Name);
        return Page(["Date", "Session", "Scheduled start", "Started", "Minutes late", "Cause"],
            runs.Select(r => (IReadOnlyList<string>)[Date(r.Date), names.GetValueOrDefault(r.SlotId, ""), Instant(r.ScheduledStart), Instant(r.StartedAt),
                r.MinutesLate.ToString(Invariant), r.Cause is { } c ? VisitDayRules.Describe(c) : ""]).ToList(), skip, take);
    }
}

/// <summary>
/// Prisoners with no visits (issue 13 §5) and Help with Prison Visits (§6). The look-back windows are each
/// establishment's settings; a period is looked at from its last day (today, for the period under way).
/// </summary>
internal static class NoVisitsMeasures
{
    public static readonly Measure ShortLookback = new(
        "novisits.short_lookback", "No visits: short look-back",
        "Active prisoners here longer than the establishment's short look-back (default 90 days) with no attended visit or video call in the look-back to the period's last day (or today).",
        MeasureUnit.Count, Better.Lower,
        async q => q.National
            ? Counts(q, await NationalCohortFacts.CountAsync(q, (g, s) => NationalCohortFacts.Listed(g, s.Short)))
            : await ListedAsync(q, e => q.Establishments[e].NoVisitsShortLookbackDays, (e, i, listed, _) => new MeasureValue(e, i, listed.Count)),
        (q, skip, take) => RowsAsync(q, short_: true, skip, take));

    public static readonly Measure LongLookback = new(
        "novisits.long_lookback", "No visits: long look-back",
        "Active prisoners here longer than the establishment's long look-back (default 180 days) with no attended visit or video call in the look-back to the period's last day (or today).",
        MeasureUnit.Count, Better.Lower,
        async q => q.National
            ? Counts(q, await NationalCohortFacts.CountAsync(q, (g, s) => NationalCohortFacts.Listed(g, s.Long)))
            : await ListedAsync(q, e => q.Establishments[e].NoVisitsLongLookbackDays, (e, i, listed, _) => new MeasureValue(e, i, listed.Count)),
        (q, skip, take) => RowsAsync(q, short_: false, skip, take));

    public static readonly Measure SupportOffered = new(
        "novisits.support_offered_pct", "No visits: support offered",
        "Of the prisoners on the short look-back's no-visits list, the share offered support (befriending, Official Prison Visitor, PAT dog, community day, pen pal, phone credit, Samaritans, other) within the look-back.",
        MeasureUnit.Percent, Better.Higher,
        async q =>
        {
            if (q.National)
            {
                return Shares(q, await NationalCohortFacts.CountAsync(q, (g, s) => NationalCohortFacts.Listed(g, s.Short) && g.Offered[s.Offer]),
                    await NationalCohortFacts.CountAsync(q, (g, s) => NationalCohortFacts.Listed(g, s.Short)));
            }
            var offers = new Dictionary<int, Dictionary<int, int[]>>();
            foreach (var days in q.Establishments.Values.Select(e => e.NoVisitsShortLookbackDays).Distinct())
            {
                offers[days] = await ContactWindows.CountAsync(
                    (first, last) => q.Rows<NoVisitsSupport>().Where(s => s.OfferedOn >= first && s.OfferedOn <= last).Select(s => new AttendedContact { PrisonerId = s.PrisonerId, Date = s.OfferedOn }),
                    Lookbacks(q, days));
            }
            return await ListedAsync(q, e => q.Establishments[e].NoVisitsShortLookbackDays,
                (e, i, listed, days) => Percent(e, i, listed.Count(r => offers[days].In(r.Id, i) > 0), listed.Count));
        },
        (q, skip, take) => RowsAsync(q, short_: true, skip, take));

    public static readonly Measure HpvTold = new(
        "hpv.families_told", "Families told about Help with Prison Visits",
        "Families (by contact) told about the Help with Prison Visits scheme in the period, each counted once.",
        MeasureUnit.Count, Better.Higher,
        async q => Counts(q, await PeriodBuckets.DistinctCountAsync(q, q.Rows<Domain.Visits.HpvTold>(), h => h.ToldOn, h => h.ContactId)),
        async (q, skip, take) =>
        {
            var p = q.Periods[0];
            var rows = q.Rows<Domain.Visits.HpvTold>().Where(h => h.ToldOn >= p.FirstDay && h.ToldOn <= p.LastDay);
            var total = await rows.CountAsync();
            var page = await rows.OrderBy(h => h.ToldOn).ThenBy(h => h.Id).Skip(skip).Take(take).Select(h => new { h.ToldOn, h.ContactId, h.How }).ToListAsync();
            return new DrillPage(["Date", "Contact", "How"], page.Select(h => (IReadOnlyList<string>)[Date(h.ToldOn), h.ContactId.ToString(Invariant), h.How.ToString()]).ToList(), total);
        });

    /// <summary>The day a period's look-back ends: the period's last day, or today for the period under way.</summary>
    public static DateOnly AsOf(MeasureQuery q, int period) => q.Periods[period].LastDay < q.Today ? q.Periods[period].LastDay : q.Today;

    /// <summary>The look-back ending on the period's last day (today for the period under way): (from, to], from excluded.</summary>
    public static (DateOnly From, DateOnly To) Window(MeasureQuery q, int period, int days) => NoVisitsList.Window(AsOf(q, period), days);

    /// <summary>The no-visits list of one establishment for one period and look-back: the one definition the page also uses (<see cref="NoVisitsList"/>).</summary>
    public static IQueryable<Prisoner> NoVisits(MeasureQuery q, int establishmentId, int period, int days) =>
        NoVisitsList.Prisoners(q.Rows<Prisoner>().Where(p => p.EstablishmentId == establishmentId), q.Rows<VisitAttendance>(), q.Rows<FamilyTies.Domain.VideoCalls.VideoCall>(), AsOf(q, period), days);

    /// <summary>Each period's look-back of <paramref name="days"/> days as dates, both ends included (see <see cref="NoVisitsList.Days"/>).</summary>
    internal static List<DateWindow> Lookbacks(MeasureQuery q, int days) =>
        Enumerable.Range(0, q.Periods.Count).Select(i => NoVisitsList.Days(AsOf(q, i), days)).Select(w => new DateWindow(w.First, w.Last)).ToList();

    /// <summary>
    /// Each establishment's no-visits list for each period (<see cref="NoVisitsList.Listed"/>, the page's rule) from the
    /// roll's narrow rows and one grouped query of attended contacts per prisoner and look-back for each look-back
    /// length in scope (<see cref="ContactWindows"/>), instead of a query per establishment and period.
    /// </summary>
    private static async Task<IReadOnlyList<MeasureValue>> ListedAsync(MeasureQuery q, Func<int, int> daysOf, Func<int, int, List<RollFact>, int, MeasureValue> value)
    {
        var roll = await RollFact.LoadAsync(q);
        var contacts = await CohortWindows.LoadAsync(q);
        return q.Every((e, i) =>
        {
            var days = daysOf(e);
            var asOf = AsOf(q, i);
            var window = Lookbacks(q, days)[i];
            return value(e, i, roll[e].Where(r => NoVisitsList.Listed(r.ReceptionDate, asOf, days, contacts.In(r.Id, window))).ToList(), days);
        });
    }

    private static async Task<DrillPage> RowsAsync(MeasureQuery q, bool short_, int skip, int take)
    {
        var e = q.Establishments.Keys.First();
        var days = short_ ? q.Establishments[e].NoVisitsShortLookbackDays : q.Establishments[e].NoVisitsLongLookbackDays;
        var offers = NoVisitsList.OfferedWithin(q.Rows<NoVisitsSupport>(), AsOf(q, 0), days);
        var list = NoVisits(q, e, 0, days);
        var total = await list.CountAsync();
        var page = await list.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take)
            .Select(p => new { p.PrisonNumber, p.LastName, p.FirstName, p.Location, p.ReceptionDate,
                Offered = offers.Where(s => s.PrisonerId == p.Id).Max(s => (DateOnly?)s.OfferedOn) })
            .ToListAsync();
        return new DrillPage(["Prison number", "Prisoner", "Location", "Received", "Support offered"],
            page.Select(p => (IReadOnlyList<string>)[p.PrisonNumber, $"{p.LastName}, {p.FirstName}", p.Location, Date(p.ReceptionDate), Date(p.Offered)]).ToList(), total);
    }
}
