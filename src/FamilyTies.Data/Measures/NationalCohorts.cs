using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Measures;

/// <summary>
/// The cohort figures for every establishment at once (the national view, <see cref="MeasureQuery.National"/>),
/// counted by the database: the prisoners of a cohort who meet a rule (an <c>EXISTS</c> over their contacts, visits or
/// support, by the indexes on prisoner and date), grouped by establishment, one query a period. Only the counts
/// leave the database, never a row per prisoner (docs/decisions/0030-national-scale-measures.md). The rules are the
/// ones the establishment's figures use from the roll's narrow rows (<see cref="RollFact"/>, <see cref="ContactWindows"/>),
/// so an establishment's figure is the same either way (the national-equals-local tests compare them).
/// </summary>
internal static class NationalCohorts
{
    /// <summary>The roll at the end of period <paramref name="i"/>: active and arrived by its last day (or no reception date).</summary>
    public static IQueryable<Prisoner> Roll(MeasureQuery q, int i)
    {
        var last = q.Periods[i].LastDay;
        return q.Rows<Prisoner>().Where(Cohorts.OnRoll).Where(p => p.ReceptionDate == null || p.ReceptionDate <= last);
    }

    /// <summary>The roll at period <paramref name="i"/>'s end on the care-experienced register by its last day, or not.</summary>
    public static IQueryable<Prisoner> Registered(MeasureQuery q, int i, bool registered)
    {
        var last = q.Periods[i].LastDay;
        var records = q.Rows<CareExperiencedRecord>();
        return registered
            ? Roll(q, i).Where(p => records.Any(r => r.PrisonerId == p.Id && r.RegisteredOn <= last))
            : Roll(q, i).Where(p => !records.Any(r => r.PrisonerId == p.Id && r.RegisteredOn <= last));
    }

    /// <summary>Per (establishment, period), the registered prisoners on the roll: shared by the care-experienced and other prisoners' shares.</summary>
    public static Task<Dictionary<(int, int), int>> RegisteredAsync(MeasureQuery q) =>
        q.Common("national.registered", () => CountAsync(q, i => Registered(q, i, registered: true)));

    /// <summary>Per (establishment, period), how many prisoners the query of each period gives: one grouped query a period.</summary>
    public static async Task<Dictionary<(int, int), int>> CountAsync(MeasureQuery q, Func<int, IQueryable<Prisoner>> prisoners)
    {
        var result = new Dictionary<(int, int), int>();
        for (var i = 0; i < q.Periods.Count; i++)
        {
            foreach (var g in await prisoners(i).GroupBy(p => p.EstablishmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            {
                result[(g.Key, i)] = g.Count;
            }
        }
        return result;
    }

    /// <summary>The whole counts less a part of them (the others of a cohort), per (establishment, period).</summary>
    public static Dictionary<(int, int), int> Less(Dictionary<(int, int), int> whole, Dictionary<(int, int), int> part) =>
        whole.ToDictionary(kv => kv.Key, kv => kv.Value - part.GetValueOrDefault(kv.Key));
}
