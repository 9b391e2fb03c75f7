using FamilyTies.Data.Measures;
using FamilyTies.Domain.Establishments;
using FamilyTies.Web.Areas.Admin.Settings;

namespace FamilyTies.Web.Areas.Dashboard.National;

/// <summary>Establishments grouped by type (like compared with like), sorted by name or by a measure.</summary>
public sealed record NationalModel(MeasureResults Results, string? SortBy, bool Descending)
{
    /// <summary>The measures compared side by side; the CSV export has every measure.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "needs.on_roll", "visits.booked", "visits.capacity_used_pct", "visits.next_weekend_slot_wait_days", "contact.regular_pct",
        "needs.children_unknown_pct", "needs.far_from_home_pct", "safercustody.caller_told_pct", "safercustody.acct_family_asked_pct",
    ];

    public MeasurePeriod Month => Results.Query.Periods[0];

    /// <summary>The year whose self-assessment totals are shown, and each establishment's totals.</summary>
    public int AssessmentYear { get; init; }
    public IReadOnlyDictionary<int, SelfAssessment.AssessmentTotals> Assessments { get; init; } = new Dictionary<int, SelfAssessment.AssessmentTotals>();

    public IEnumerable<(string Type, IReadOnlyList<Establishment> Establishments)> Groups =>
        Results.Query.Establishments.Values
            .GroupBy(e => EditSettingsForm.Describe(e.Type))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Establishment>)Sort(g).ToList()));

    private IEnumerable<Establishment> Sort(IEnumerable<Establishment> establishments)
    {
        if (SortBy is null)
        {
            return Descending ? establishments.OrderByDescending(e => e.Name) : establishments.OrderBy(e => e.Name);
        }
        decimal? Key(Establishment e) => Results.Value(SortBy, e.Id, 0).Value;
        // Establishments with no figure go last either way.
        return Descending
            ? establishments.OrderBy(e => Key(e) is null).ThenByDescending(Key).ThenBy(e => e.Name)
            : establishments.OrderBy(e => Key(e) is null).ThenBy(Key).ThenBy(e => e.Name);
    }

    /// <summary>
    /// The national figure: a count summed; a share pooled (every establishment's numerators over every denominator);
    /// minutes and days are not pooled (a median of medians would mislead), so none is given.
    /// </summary>
    public decimal? NationalFigure(Measure m, IEnumerable<Establishment> establishments)
    {
        var values = establishments.Select(e => Results.Value(m.Key, e.Id, 0)).ToList();
        return m.Unit switch
        {
            MeasureUnit.Count => values.Sum(v => v.Value ?? 0),
            MeasureUnit.Percent => values.Sum(v => v.Denominator ?? 0) is var den and > 0 ? Math.Round(100m * values.Sum(v => v.Numerator ?? 0) / den, 1) : null,
            _ => null,
        };
    }

    public string SortLink(string? key)
    {
        var descending = SortBy == key && !Descending;
        return $"/dashboard/national?month={Month.MonthKey}" + (key is null ? "" : $"&sort={key}") + (descending ? "&order=desc" : "");
    }
}
