using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Foreign nationals (issue 12), by the one rule (<see cref="Cohorts.ForeignNational"/>): how many, contact in the
/// last 90 days against other prisoners, and interpreter requests met.
/// </summary>
internal static class ForeignNationalMeasures
{
    public static readonly Measure Count = new(
        "foreignnationals.count", "Foreign nationals",
        "Prisoners on the roll whose recorded nationality is not a UK one (the one rule, Cohorts.ForeignNational: Irish counts; a blank nationality does not).",
        MeasureUnit.Count, Better.Neither,
        async q => Counts(q, await RollCounts.OfAsync(q, RollCondition.Foreign)),
        (q, skip, take) => CohortRowsAsync(q, skip, take, foreign: true));

    public static readonly Measure Contact90Days = new(
        "foreignnationals.contact_90d_pct", "Foreign nationals: contact in 90 days",
        "Of the foreign nationals on the roll at the period's end, the share with contact (a visit attended, outcome completed or ended by staff, or a video call delivered) dated in the 90 days to the period's last day (today for the month under way). A booked visit with no outcome, and a call with nothing recorded, do not count.",
        MeasureUnit.Percent, Better.Higher,
        q => ContactShareAsync(q, foreign: true),
        (q, skip, take) => CohortRowsAsync(q, skip, take, foreign: true));

    public static readonly Measure OthersContact90Days = new(
        "others.contact_90d_pct", "Other prisoners: contact in 90 days",
        "The same as foreignnationals.contact_90d_pct over the prisoners on the roll who are not foreign nationals (a blank nationality included), so the gap shows.",
        MeasureUnit.Percent, Better.Higher,
        q => ContactShareAsync(q, foreign: false),
        (q, skip, take) => CohortRowsAsync(q, skip, take, foreign: false));

    public static readonly Measure InterpreterRequestsMet = new(
        "foreignnationals.interpreter_requests_met_pct", "Interpreter requests met",
        "Of the interpreter requests for visits and calls dated in the period whose outcome is recorded, the share met (requests still pending are left out).",
        MeasureUnit.Percent, Better.Higher,
        async q => Shares(q,
            await PeriodBuckets.CountAsync(q, q.Rows<InterpreterRequest>().Where(r => r.Outcome == InterpreterOutcome.Met), r => r.NeededOn, p => (p.FirstDay, p.LastDay.AddDays(1))),
            await PeriodBuckets.CountAsync(q, q.Rows<InterpreterRequest>().Where(r => r.Outcome != InterpreterOutcome.Pending), r => r.NeededOn, p => (p.FirstDay, p.LastDay.AddDays(1)))),
        InterpreterRowsAsync);

    private static DateOnly End(MeasureQuery q, MeasurePeriod p) => p.LastDay < q.Today ? p.LastDay : q.Today;

    private static IQueryable<Prisoner> Cohort(MeasureQuery q, DateOnly last, bool foreign)
    {
        var roll = q.Rows<Prisoner>().Where(Cohorts.OnRoll).Where(p => p.ReceptionDate == null || p.ReceptionDate <= last);
        return foreign ? roll.Where(Cohorts.ForeignNational) : roll.Where(Cohorts.NotForeignNational);
    }

    /// <summary>
    /// Each period's cohort (on the roll at its end, foreign national or not) and who of it had contact in the 90 days
    /// to its end: the roll's narrow rows and one grouped query of contacts per prisoner and window
    /// (<see cref="ContactWindows"/>), not two queries a month.
    /// </summary>
    private static async Task<IReadOnlyList<MeasureValue>> ContactShareAsync(MeasureQuery q, bool foreign)
    {
        if (q.National)
        {
            return await NationalContactShareAsync(q, foreign);
        }
        var roll = await RollFact.LoadAsync(q);
        var contacts = await CohortWindows.LoadAsync(q);
        return q.Every((e, i) =>
        {
            var last = q.Periods[i].LastDay;
            var window = Window(q, i);
            var cohort = roll[e].Where(r => r.ArrivedBy(last) && r.Foreign == foreign).ToList();
            return Percent(e, i, cohort.Count(r => contacts.In(r.Id, window) > 0), cohort.Count);
        });
    }

    /// <summary>The 90 days to period <paramref name="i"/>'s last day (today for the month under way).</summary>
    internal static DateWindow Window(MeasureQuery q, int i)
    {
        var (first, last) = CohortContact.Window(End(q, q.Periods[i]), CohortContact.ForeignNationalWindowDays);
        return new DateWindow(first, last);
    }

    /// <summary>Every establishment at once: the cohort and who of it had contact, from the national facts (<see cref="NationalCohortFacts"/>).</summary>
    private static async Task<IReadOnlyList<MeasureValue>> NationalContactShareAsync(MeasureQuery q, bool foreign) =>
        Shares(q, await NationalCohortFacts.CountAsync(q, (g, _) => g.Arrived && g.Foreign == foreign && g.Contact90),
            await NationalCohortFacts.CountAsync(q, (g, _) => g.Arrived && g.Foreign == foreign));

    private static async Task<DrillPage> CohortRowsAsync(MeasureQuery q, int skip, int take, bool foreign)
    {
        var period = q.Periods[0];
        var (first, last) = CohortContact.Window(End(q, period), CohortContact.ForeignNationalWindowDays);
        var visits = CohortContact.Counted(q.Rows<VisitAttendance>(), q.Rows<VideoCall>(), first, last);
        var rows = Cohort(q, period.LastDay, foreign)
            .Select(p => new { p.Id, p.PrisonNumber, p.LastName, p.FirstName, p.Nationality, Visits = visits.Count(v => v.PrisonerId == p.Id) });
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync();
        return new DrillPage(["Prison number", "Prisoner", "Nationality", "Visits attended and video calls delivered in 90 days", "Contact"],
            page.Select(p => (IReadOnlyList<string>)[p.PrisonNumber, $"{p.LastName}, {p.FirstName}", p.Nationality, p.Visits.ToString(Invariant), YesNo(p.Visits > 0)]).ToList(), total);
    }

    private static async Task<DrillPage> InterpreterRowsAsync(MeasureQuery q, int skip, int take)
    {
        var period = q.Periods[0];
        var rows = q.Rows<InterpreterRequest>().Where(r => r.NeededOn >= period.FirstDay && r.NeededOn <= period.LastDay && r.Outcome != InterpreterOutcome.Pending);
        var total = await rows.CountAsync();
        var page = await rows.OrderBy(r => r.NeededOn).ThenBy(r => r.Id).Skip(skip).Take(take)
            .Select(r => new { r.NeededOn, r.Prisoner!.PrisonNumber, r.For, r.Language, r.Outcome }).ToListAsync();
        return new DrillPage(["Date", "Prison number", "For", "Language", "Met"],
            page.Select(r => (IReadOnlyList<string>)[Date(r.NeededOn), r.PrisonNumber, r.For.ToString(), r.Language, YesNo(r.Outcome == InterpreterOutcome.Met)]).ToList(), total);
    }
}
