using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Care-experienced prisoners (issue 12): the register, personal adviser contact and the visit gap against other
/// prisoners. The cohort is the register: prisoners on the roll at the period's end who had been registered by then.
/// </summary>
internal static class CareExperiencedMeasures
{
    public static readonly Measure Registered = new(
        "careexperienced.registered", "Care-experienced prisoners registered",
        "Prisoners on the roll at the period's end who were on the care-experienced register by its last day.",
        MeasureUnit.Count, Better.Neither,
        async q => Counts(q, q.National ? await NationalCohortFacts.CountAsync(q, (g, _) => g.Arrived && g.Registered) : await RegisteredAsync(q)),
        (q, skip, take) => CohortRowsAsync(q, skip, take, registered: true));

    public static readonly Measure AdviserContactOverdue = new(
        "careexperienced.pa_contact_due_overdue", "Personal adviser contacts overdue",
        "Registered prisoners on the roll whose personal adviser contact was overdue at the period's end (today for the month under way): the first within 10 days of reception or registration, whichever is later, then within the establishment's interval (default 8 weeks) of the last.",
        MeasureUnit.Count, Better.Lower,
        async q => Counts(q, (await AdviserDueAsync(q)).Where(r => r.Overdue).GroupBy(r => (r.Establishment, r.Period)).ToDictionary(g => g.Key, g => g.Count())),
        AdviserRowsAsync)
    {
        Target = _ => 0,
        TargetSource = "0",
    };

    public static readonly Measure VisitLastMonth = new(
        "careexperienced.visit_last_month_pct", "Care-experienced: visit in the month",
        "Of the registered care-experienced prisoners on the roll, the share with a visit attended (outcome completed or ended by staff) dated in the period, up to today. Visits only: a video call is not a visit (the foreign nationals' and regular contact measures count calls). A booked visit with no outcome does not count.",
        MeasureUnit.Percent, Better.Higher,
        async q => await VisitShareAsync(q, registered: true),
        (q, skip, take) => CohortRowsAsync(q, skip, take, registered: true));

    public static readonly Measure OthersVisitLastMonth = new(
        "others.visit_last_month_pct", "Other prisoners: visit in the month",
        "The same as careexperienced.visit_last_month_pct over the prisoners on the roll who are not on the care-experienced register, so the gap shows.",
        MeasureUnit.Percent, Better.Higher,
        async q => await VisitShareAsync(q, registered: false),
        (q, skip, take) => CohortRowsAsync(q, skip, take, registered: false));

    public static readonly Measure DropInAttended = new(
        "careexperienced.dropin_attended", "Care-experienced prisoners at a drop-in",
        "Registered care-experienced prisoners recorded as attending a drop-in session (run with the local authority) dated in the period, each counted once however many sessions they came to.",
        MeasureUnit.Count, Better.Higher,
        async q => Counts(q, await DropInAttendedAsync(q)),
        DropInRowsAsync);

    private static IQueryable<DropInAttendance> DropInAttendances(MeasureQuery q, MeasurePeriod p) =>
        q.Rows<DropInAttendance>().Where(a => a.Attended && a.Session!.Date >= p.FirstDay && a.Session.Date <= p.LastDay);

    /// <summary>
    /// Per establishment and period, the distinct prisoners (register records) who came: one query for all the periods
    /// (a few attendances a month, each record and date once), counted here.
    /// </summary>
    private static async Task<Dictionary<(int, int), int>> DropInAttendedAsync(MeasureQuery q)
    {
        var (first, last) = (q.Periods.Min(p => p.FirstDay), q.Periods.Max(p => p.LastDay));
        var came = await q.Rows<DropInAttendance>().Where(a => a.Attended && a.Session!.Date >= first && a.Session.Date <= last)
            .Select(a => new { a.EstablishmentId, a.RecordId, a.Session!.Date }).Distinct().ToListAsync();
        var result = new Dictionary<(int, int), int>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            var p = q.Periods[i];
            foreach (var g in came.Where(a => a.Date >= p.FirstDay && a.Date <= p.LastDay).GroupBy(a => a.EstablishmentId))
            {
                result[(g.Key, i)] = g.Select(a => a.RecordId).Distinct().Count();
            }
        }
        return result;
    }

    private static async Task<DrillPage> DropInRowsAsync(MeasureQuery q, int skip, int take)
    {
        var rows = await DropInAttendances(q, q.Periods[0])
            .Select(a => new { a.RecordId, a.Record!.Prisoner!.PrisonNumber, a.Record.Prisoner.LastName, a.Record.Prisoner.FirstName, a.Session!.Date })
            .ToListAsync();
        var people = rows.GroupBy(r => r.RecordId)
            .Select(g => (g.Key, g.First().PrisonNumber, Name: $"{g.First().LastName}, {g.First().FirstName}", Sessions: g.Count(), Last: g.Max(r => r.Date)))
            .OrderBy(r => r.Name).ThenBy(r => r.Key)
            .Select(r => (IReadOnlyList<string>)[r.PrisonNumber, r.Name, r.Sessions.ToString(Invariant), Date(r.Last)])
            .ToList();
        return Page(["Prison number", "Prisoner", "Drop-in sessions attended", "Last attended"], people, skip, take);
    }

    private static DateOnly End(MeasureQuery q, MeasurePeriod p) => p.LastDay < q.Today ? p.LastDay : q.Today;

    private static IQueryable<Prisoner> Roll(MeasureQuery q, DateOnly last) =>
        q.Rows<Prisoner>().Where(Cohorts.OnRoll).Where(p => p.ReceptionDate == null || p.ReceptionDate <= last);

    private static IQueryable<Prisoner> Cohort(MeasureQuery q, DateOnly last, bool registered)
    {
        var records = q.Rows<CareExperiencedRecord>();
        return registered
            ? Roll(q, last).Where(p => records.Any(r => r.PrisonerId == p.Id && r.RegisteredOn <= last))
            : Roll(q, last).Where(p => !records.Any(r => r.PrisonerId == p.Id && r.RegisteredOn <= last));
    }

    /// <summary>Per establishment and period, the registered prisoners on the roll: from the roll's narrow rows (<see cref="RollFact"/>).</summary>
    private static async Task<Dictionary<(int, int), int>> RegisteredAsync(MeasureQuery q)
    {
        var roll = await RollFact.LoadAsync(q);
        var result = new Dictionary<(int, int), int>();
        foreach (var e in q.Establishments.Keys)
        {
            for (var i = 0; i < q.Periods.Count; i++)
            {
                var last = q.Periods[i].LastDay;
                result[(e, i)] = roll[e].Count(r => r.ArrivedBy(last) && r.RegisteredBy(last));
            }
        }
        return result;
    }

    /// <summary>
    /// Each period's cohort (on the roll at its end, on the register by then or not) and who of it had a visit attended
    /// dated from its first day to its end (today for the month under way): the roll's narrow rows and one grouped
    /// query of visits per prisoner and period (<see cref="ContactWindows"/>), not two queries a month.
    /// </summary>
    private static async Task<IReadOnlyList<MeasureValue>> VisitShareAsync(MeasureQuery q, bool registered)
    {
        if (q.National)
        {
            return await NationalVisitShareAsync(q, registered);
        }
        var roll = await RollFact.LoadAsync(q);
        var visits = await q.Common("cohort.visits.month|" + q.PeriodsKey, () => ContactWindows.CountAsync(CohortContact.AttendedVisitsDated(q.Rows<Visit>(), q.Rows<VisitAttendance>()),
            q.Periods.Select(p => new DateWindow(p.FirstDay, End(q, p))).ToList()));
        return q.Every((e, i) =>
        {
            var last = q.Periods[i].LastDay;
            var cohort = roll[e].Where(r => r.ArrivedBy(last) && r.RegisteredBy(last) == registered).ToList();
            return Percent(e, i, cohort.Count(r => visits.In(r.Id, i) > 0), cohort.Count);
        });
    }

    /// <summary>Every establishment at once: the cohort and who of it had a visit, from the national facts (<see cref="NationalCohortFacts"/>).</summary>
    private static async Task<IReadOnlyList<MeasureValue>> NationalVisitShareAsync(MeasureQuery q, bool registered) =>
        Shares(q, await NationalCohortFacts.CountAsync(q, (g, _) => g.Arrived && g.Registered == registered && g.Visit),
            await NationalCohortFacts.CountAsync(q, (g, _) => g.Arrived && g.Registered == registered));

    /// <summary>The period's first day to its end (today for the month under way): the "visit in the month" window.</summary>
    internal static DateWindow Window(MeasureQuery q, int i) => new(q.Periods[i].FirstDay, End(q, q.Periods[i]));

    private static async Task<DrillPage> CohortRowsAsync(MeasureQuery q, int skip, int take, bool registered)
    {
        var period = q.Periods[0];
        var visits = CohortContact.AttendedVisitsDated(q.Rows<Visit>(), q.Rows<VisitAttendance>())(period.FirstDay, End(q, period));
        var rows = Cohort(q, period.LastDay, registered)
            .Select(p => new { p.Id, p.PrisonNumber, p.LastName, p.FirstName, p.Location, Visits = visits.Count(v => v.PrisonerId == p.Id) });
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync();
        return new DrillPage(["Prison number", "Prisoner", "Location", "Visits attended", "Counts"],
            page.Select(p => (IReadOnlyList<string>)[p.PrisonNumber, $"{p.LastName}, {p.FirstName}", p.Location, p.Visits.ToString(Invariant), YesNo(p.Visits > 0)]).ToList(), total);
    }

    private sealed record AdviserDue(int Establishment, int Period, int RecordId, string PrisonNumber, string Name, DateOnly RegisteredOn, PersonalAdviserContactDue Due)
    {
        public bool Overdue => Due.Overdue;
    }

    /// <summary>The rule judged for each registered prisoner at each period's end, on narrow rows (records and contact dates).</summary>
    private static Task<List<AdviserDue>> AdviserDueAsync(MeasureQuery q) => q.Shared("careexperienced.adviser", async () =>
    {
        var last = q.Periods.Max(p => p.LastDay);
        // The register joined to its active prisoners, driven from the register (the smaller side) with each prisoner
        // found by key; read the other way round, the database would go through every prisoner to find the active ones
        // (decision 0030). Joined in the database, not sent back as a list of ids: nationally the register holds over
        // ten thousand records, and an IN list of that many parameters cost about a second a query.
        var registered = from r in q.Rows<CareExperiencedRecord>().Where(r => r.RegisteredOn <= last)
                         join p in q.Rows<Prisoner>().Where(p => p.Status == PrisonerStatus.Active) on r.PrisonerId equals p.Id
                         select new { r.Id, r.EstablishmentId, r.RegisteredOn, p.ReceptionDate, p.PrisonNumber, p.LastName, p.FirstName };
        var records = await registered.ToListAsync();
        var contacts = (await (from c in q.Rows<PersonalAdviserContact>()
                               join r in registered on c.RecordId equals r.Id
                               select new { c.RecordId, c.OccurredOn }).ToListAsync())
            .ToLookup(c => c.RecordId, c => c.OccurredOn);
        var result = new List<AdviserDue>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            var end = End(q, q.Periods[i]);
            var periodLast = q.Periods[i].LastDay;
            foreach (var r in records.Where(r => r.RegisteredOn <= periodLast && (r.ReceptionDate == null || r.ReceptionDate <= periodLast)))
            {
                var interval = q.Establishments[r.EstablishmentId].PersonalAdviserContactIntervalWeeks;
                var due = PersonalAdviserContactRule.Due(r.ReceptionDate, r.RegisteredOn, contacts[r.Id].Where(d => d <= end), interval, end);
                result.Add(new AdviserDue(r.EstablishmentId, i, r.Id, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.RegisteredOn, due));
            }
        }
        return result;
    });

    private static async Task<DrillPage> AdviserRowsAsync(MeasureQuery q, int skip, int take)
    {
        var rows = (await AdviserDueAsync(q)).Where(r => r.Period == 0).OrderByDescending(r => r.Due.DaysOverdue).ThenBy(r => r.Name).ThenBy(r => r.RecordId)
            .Select(r => (IReadOnlyList<string>)[r.PrisonNumber, r.Name, Date(r.RegisteredOn), Date(r.Due.DueOn), r.Due.First ? "First contact" : "Next contact", YesNo(r.Overdue)])
            .ToList();
        return Page(["Prison number", "Prisoner", "Registered", "Contact due", "Which", "Counts"], rows, skip, take);
    }
}
