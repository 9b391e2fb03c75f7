using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Needs data (HMIP: most prisons keep none): shares of the roll at the period's end. The roll is every active
/// prisoner who had arrived by the period's last day (or whose reception date is not recorded).
/// </summary>
internal static class NeedsMeasures
{
    public static readonly Measure OnRoll = new(
        "needs.on_roll", "Prisoners on the roll",
        "Active prisoners who had arrived by the period's last day (or whose reception date is not recorded).",
        MeasureUnit.Count, Better.Neither,
        async q => Counts(q, await RollAsync(q)),
        (q, skip, take) => RollRowsAsync(q, skip, take, "On the roll", (_, _) => true, _ => ""));

    public static readonly Measure Children = Share(
        "needs.children_pct", "Prisoners with children under 18",
        "Prisoners on the roll with one or more children under 18 recorded.", Better.Neither,
        RollCondition.Children, (p, _) => p.ChildrenUnder18 > 0, "Children under 18", p => p.ChildrenUnder18?.ToString(Invariant) ?? "Not recorded");

    public static readonly Measure ChildrenUnknown = Share(
        "needs.children_unknown_pct", "Children not recorded",
        "Prisoners on the roll with no record of whether they have children under 18.", Better.Lower,
        RollCondition.ChildrenUnknown, (p, _) => p.ChildrenUnder18 == null, "Children under 18", p => p.ChildrenUnder18?.ToString(Invariant) ?? "Not recorded");

    public static readonly Measure FarFromHome = Share(
        "needs.far_from_home_pct", "Far from home",
        "Prisoners on the roll more than the establishment's far-from-home distance (a setting, default 50 miles) from home.", Better.Lower,
        RollCondition.FarFromHome,
        (p, e) => p.DistanceFromHomeMiles > e.FarFromHomeMiles, "Miles from home", Miles);

    public static readonly Measure DistanceUnknown = Share(
        "needs.distance_unknown_pct", "Distance from home not recorded",
        "Prisoners on the roll with no distance from home recorded.", Better.Lower,
        RollCondition.DistanceUnknown, (p, _) => p.DistanceFromHomeMiles == null, "Miles from home", Miles);

    public static readonly Measure CareExperienced = Share(
        "needs.care_experienced_pct", "Care-experienced prisoners",
        "Prisoners on the roll recorded as care-experienced.", Better.Neither,
        RollCondition.CareExperienced, (p, _) => p.CareExperienced, "Care-experienced", p => YesNo(p.CareExperienced));

    public static readonly Measure ForeignNationals = Share(
        "needs.foreign_nationals_pct", "Foreign nationals",
        "Prisoners on the roll whose recorded nationality is not British (the one foreign-national rule, Cohorts.ForeignNational).", Better.Neither,
        RollCondition.Foreign, (p, _) => Cohorts.IsForeignNational(p), "Nationality", p => p.Nationality);

    public static readonly Measure InterpreterNeeded = Share(
        "needs.interpreter_needed_pct", "Need an interpreter",
        "Prisoners on the roll recorded as needing an interpreter.", Better.Neither,
        RollCondition.Interpreter, (p, _) => p.InterpreterNeeded, "Interpreter needed", p => YesNo(p.InterpreterNeeded));

    private static string Miles(Prisoner p) => p.DistanceFromHomeMiles?.ToString(Invariant) ?? "Not recorded";

    /// <summary>The roll at each period's end, from the one pass over the roll every needs measure shares (<see cref="RollCounts"/>).</summary>
    public static Task<Dictionary<(int, int), int>> RollAsync(MeasureQuery q) => RollCounts.OfAsync(q, RollCondition.All);

    private static Measure Share(string key, string title, string definition, Better better,
        RollCondition condition, Func<Prisoner, Establishment, bool> counts, string column, Func<Prisoner, string> value) =>
        new(key, title, definition, MeasureUnit.Percent, better,
            async q => Shares(q, await RollCounts.OfAsync(q, condition), await RollAsync(q)),
            (q, skip, take) => RollRowsAsync(q, skip, take, column, counts, value));

    /// <summary>The period's roll, a page at a time, with whether each prisoner counts.</summary>
    public static async Task<DrillPage> RollRowsAsync(MeasureQuery q, int skip, int take, string column, Func<Prisoner, Establishment, bool> counts, Func<Prisoner, string> value)
    {
        var last = q.Periods[0].LastDay;
        var roll = q.Rows<Prisoner>().Where(Cohorts.OnRoll).Where(p => p.ReceptionDate == null || p.ReceptionDate <= last);
        var total = await roll.CountAsync();
        var page = await roll.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Skip(skip).Take(take).ToListAsync();
        return new DrillPage(["Prison number", "Prisoner", "Location", "Received", column, "Counts"],
            page.Select(p => (IReadOnlyList<string>)[p.PrisonNumber, p.SortName, p.Location, Date(p.ReceptionDate), value(p),
                YesNo(counts(p, q.Establishments[p.EstablishmentId]))]).ToList(), total);
    }
}
