using System.Globalization;
using FamilyTies.Domain.Common;

namespace FamilyTies.Data.Measures;

/// <summary>Small helpers the measure families share: shares, figures from counts, drill-down pages.</summary>
internal static class MeasureRows
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A percentage to one decimal place; no figure when nothing is counted.</summary>
    public static MeasureValue Percent(int establishmentId, int period, int numerator, int denominator) =>
        new(establishmentId, period, denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1), numerator, denominator);

    public static IReadOnlyList<MeasureValue> Counts(MeasureQuery q, Dictionary<(int, int), int> counts) =>
        q.Every((e, i) => new MeasureValue(e, i, counts.GetValueOrDefault((e, i))));

    public static IReadOnlyList<MeasureValue> Shares(MeasureQuery q, Dictionary<(int, int), int> numerators, Dictionary<(int, int), int> denominators) =>
        q.Every((e, i) => Percent(e, i, numerators.GetValueOrDefault((e, i)), denominators.GetValueOrDefault((e, i))));

    public static decimal Minutes(TimeSpan t) => Math.Round((decimal)t.TotalMinutes, 1);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "";

    public static string Time(TimeOnly t) => t.ToString("HH:mm", Invariant);

    /// <summary>An instant as a London date and time, "2026-11-23 14:30".</summary>
    public static string Instant(DateTimeOffset? at) =>
        at is { } v ? LondonTime.ToLocal(v).ToString("yyyy-MM-dd HH:mm", Invariant) : "";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string Number(decimal? value) => value?.ToString("0.#", Invariant) ?? "";

    /// <summary>A page of rows already in memory (a measure whose rows the layer works out itself).</summary>
    public static DrillPage Page(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> all, int skip, int take) =>
        new(headers, all.Skip(skip).Take(take).ToList(), all.Count);
}
