using System.Globalization;
using FamilyTies.Domain.Common;

namespace FamilyTies.Data.Measures;

/// <summary>
/// A period of London days, and the instants that bound it: <see cref="From"/> is midnight London time at the start
/// of the first day and <see cref="End"/> midnight after the last, so a month that holds a clock change is 743 or
/// 745 hours long, as it truly was. <see cref="Until"/> is the end or, in a period not yet over, now.
/// </summary>
public sealed record MeasurePeriod(string Label, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset From, DateTimeOffset End, DateTimeOffset Until)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The earliest month the dashboard offers.</summary>
    public static readonly DateOnly EarliestMonth = new(2000, 1, 1);

    public static MeasurePeriod Month(DateOnly anyDay, DateTimeOffset now)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return Days(first.ToString("MMMM yyyy", British), first, last, now);
    }

    public static MeasurePeriod Days(string label, DateOnly first, DateOnly last, DateTimeOffset now)
    {
        var from = LondonTime.ToInstant(first, TimeOnly.MinValue);
        var end = LondonTime.ToInstant(last.AddDays(1), TimeOnly.MinValue);
        return new MeasurePeriod(label, first, last, from, end, now < end ? now : end);
    }

    /// <summary>From an instant until now (the safer custody landing page's "this week").</summary>
    public static MeasurePeriod Since(string label, DateTimeOffset from, DateTimeOffset now) =>
        new(label, LondonTime.DateOf(from), LondonTime.DateOf(now), from, now, now);

    /// <summary>The month and the <paramref name="before"/> months before it, oldest first.</summary>
    public static IReadOnlyList<MeasurePeriod> Trend(DateOnly month, int before, DateTimeOffset now) =>
        Enumerable.Range(0, before + 1).Select(i => Month(month.AddMonths(i - before), now)).ToList();

    /// <summary>"2026-11".</summary>
    public string MonthKey => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string ShortLabel => FirstDay.ToString("MMM yy", British);

    /// <summary>
    /// Reads a month written 2026-11. Null text is this month. A month before January 2000 or after this month, or
    /// text that is not a month, gives the message to show.
    /// </summary>
    public static bool TryParseMonth(string? text, DateOnly today, out DateOnly month, out string? error)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        month = thisMonth;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = "Enter the month as a year and month, like " + thisMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return false;
        }
        if (parsed < EarliestMonth || parsed > thisMonth)
        {
            error = $"Enter a month from January 2000 to {thisMonth.ToString("MMMM yyyy", British)}";
            return false;
        }
        month = parsed;
        return true;
    }
}
