using FamilyTies.Domain.Establishments;

namespace FamilyTies.Data.Measures;

public enum MeasureUnit { Count, Percent, Minutes, Days, Hours }

public enum Better { Higher, Lower, Neither }

/// <summary>A measure's figure for one establishment and one period (the period's index in the query).</summary>
public sealed record MeasureValue(int EstablishmentId, int Period, decimal? Value, decimal? Numerator = null, decimal? Denominator = null);

/// <summary>One page of the rows that make a measure up, ready to show or export.</summary>
public sealed record DrillPage(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, int Total);

/// <summary>
/// One measure (docs/measures.md): a stable key, what it means, its unit, which way is better, its target from the
/// establishment's settings where there is one, how the database computes it and the rows that make it up.
/// </summary>
public sealed record Measure(
    string Key,
    string Title,
    string Definition,
    MeasureUnit Unit,
    Better Better,
    Func<MeasureQuery, Task<IReadOnlyList<MeasureValue>>> Compute,
    Func<MeasureQuery, int, int, Task<DrillPage>> Drill)
{
    /// <summary>The target from the establishment's settings; null when the measure has none.</summary>
    public Func<Establishment, decimal?> Target { get; init; } = _ => null;

    /// <summary>Where the target comes from, for docs/measures.md and the dashboard.</summary>
    public string TargetSource { get; init; } = "";

    /// <summary>Met, not met, or null when there is no target or no figure.</summary>
    public bool? Met(decimal? value, decimal? target) => (value, target, Better) switch
    {
        (null, _, _) or (_, null, _) or (_, _, Better.Neither) => null,
        (var v, var t, Better.Higher) => v >= t,
        (var v, var t, _) => v <= t,
    };

    public string UnitName => Unit switch
    {
        MeasureUnit.Count => "count",
        MeasureUnit.Percent => "percent",
        MeasureUnit.Minutes => "minutes",
        MeasureUnit.Hours => "hours",
        _ => "days",
    };

    /// <summary>"42", "37.5%", "90 minutes", "3 days"; "–" when there is no figure.</summary>
    public string Format(decimal? value) => value is not { } v ? "–" : Unit switch
    {
        MeasureUnit.Percent => $"{v:0.#}%",
        MeasureUnit.Minutes => $"{v:0.#} min",
        MeasureUnit.Days => v == 1 ? "1 day" : $"{v:0} days",
        MeasureUnit.Hours => $"{v:0.#} hours",
        _ => $"{v:0}",
    };
}
