using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>Regular contact: more than one visit or video call attended in the period (issue 9, once outcomes exist: issue 13).</summary>
internal static class ContactMeasures
{
    public static readonly Measure Regular = new(
        "contact.regular_pct", "Regular contact",
        "Prisoners on the roll with more than one contact dated in the period: visits attended (outcome completed or ended by staff) and video calls delivered, counted together. A booked visit with no outcome, and a call with nothing recorded, cancelled or not taken place, do not count.",
        MeasureUnit.Percent, Better.Higher,
        async q => q.National
            // Every establishment at once, counted by the database (NationalCohortFacts); the roll from its one pass (RollCounts).
            ? Shares(q, await NationalCohortFacts.RegularAsync(q), await RollCounts.OfAsync(q, RollCondition.All))
            : Shares(q, await RegularAsync(q), await RollAsync(q)),
        RowsAsync)
    {
        Target = e => e.RegularContactTargetPercent,
        TargetSource = "Establishment setting: regular contact target (%), default 50",
    };

    /// <summary>
    /// Per establishment and period, the active prisoners with two or more counted contacts dated in the period: one
    /// grouped query of contacts per prisoner and period (<see cref="ContactWindows"/>) over the roll's narrow rows.
    /// </summary>
    private static async Task<Dictionary<(int, int), int>> RegularAsync(MeasureQuery q)
    {
        var roll = await RollFact.LoadAsync(q);
        var contacts = await CohortWindows.LoadAsync(q);
        var result = new Dictionary<(int, int), int>();
        foreach (var e in q.Establishments.Keys)
        {
            for (var i = 0; i < q.Periods.Count; i++)
            {
                var window = Window(q.Periods[i]);
                result[(e, i)] = roll[e].Count(r => contacts.In(r.Id, window) > 1);
            }
        }
        return result;
    }

    /// <summary>The period's days: the window whose contacts count.</summary>
    internal static DateWindow Window(MeasurePeriod p) => new(p.FirstDay, p.LastDay);

    /// <summary>The roll at each period's end, from the same narrow rows.</summary>
    private static async Task<Dictionary<(int, int), int>> RollAsync(MeasureQuery q)
    {
        var roll = await RollFact.LoadAsync(q);
        return q.Every((e, i) => new MeasureValue(e, i, roll[e].Count(r => r.ArrivedBy(q.Periods[i].LastDay)))).ToDictionary(v => (v.EstablishmentId, v.Period), v => (int)v.Value!.Value);
    }

    private static async Task<DrillPage> RowsAsync(MeasureQuery q, int skip, int take)
    {
        var (first, last) = (q.Periods[0].FirstDay, q.Periods[0].LastDay);
        var visits = CohortContact.Counted(q.Rows<VisitAttendance>(), q.Rows<VideoCall>(), first, last);
        var roll = q.Rows<Prisoner>().Where(Cohorts.OnRoll).Where(p => p.ReceptionDate == null || p.ReceptionDate <= last)
            .Select(p => new { p.Id, p.PrisonNumber, p.LastName, p.FirstName, p.Location, Visits = visits.Count(v => v.PrisonerId == p.Id) });
        var total = await roll.CountAsync();
        var page = await roll.OrderByDescending(p => p.Visits).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync();
        return new DrillPage(["Prison number", "Prisoner", "Location", "Visits attended and video calls delivered", "Counts"],
            page.Select(p => (IReadOnlyList<string>)[p.PrisonNumber, $"{p.LastName}, {p.FirstName}", p.Location, p.Visits.ToString(Invariant), YesNo(p.Visits > 1)]).ToList(), total);
    }
}
