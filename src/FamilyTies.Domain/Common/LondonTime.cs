using System.Globalization;

namespace FamilyTies.Domain.Common;

/// <summary>
/// Instants are stored in UTC; people read and type prison-local times in Europe/London. Every conversion goes
/// through here so that the clock changes (last Sunday of March and of October) are handled in one place.
/// </summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>False when the local time never happened (the hour skipped when the clocks go forward).</summary>
    public static bool Exists(DateOnly date, TimeOnly time) => !Zone.IsInvalidTime(date.ToDateTime(time));

    /// <summary>
    /// The instant a London wall-clock time stands for. A time that happened twice (the hour repeated when the clocks
    /// go back) is taken as the first, in summer time; a time that never happened is moved forward by the skipped hour.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Midnight at the start of the Monday of the week that holds <paramref name="now"/>, London time.</summary>
    public static DateTimeOffset StartOfWeek(DateTimeOffset now)
    {
        var today = DateOf(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return ToInstant(monday, TimeOnly.MinValue);
    }

    /// <summary>GOV.UK style: "23 November 2026 at 2:30pm".</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return local.ToString("d MMMM yyyy", British) + " at " + FormatTime(TimeOnly.FromDateTime(local.DateTime));
    }

    public static string FormatTime(TimeOnly time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        _ => time.ToString("h:mm", British) + (time.Hour < 12 ? "am" : "pm"),
    };

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", British);

    /// <summary>Reads a date typed as 23/11/2026 (or 2026-11-23).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), ["d/M/yyyy", "yyyy-MM-dd"], British, DateTimeStyles.None, out date);

    private static readonly TimeSpan SummerOffset = TimeSpan.FromHours(1);

    /// <summary>Reads a 24-hour time typed as 14:30 (or 14.30, or 9:05), optionally followed by BST or GMT.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) => TryParseTime(text, out time, out _);

    /// <summary>As <see cref="TryParseTime(string?, out TimeOnly)"/>, also giving the offset when BST or GMT was typed.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time, out TimeSpan? offset)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        offset = null;
        if (value.EndsWith("BST", StringComparison.Ordinal) || value.EndsWith("GMT", StringComparison.Ordinal))
        {
            offset = value.EndsWith("BST", StringComparison.Ordinal) ? SummerOffset : TimeSpan.Zero;
            value = value[..^3].Trim();
        }
        return TimeOnly.TryParseExact(value.Replace('.', ':'), ["H:mm", "HH:mm"], British, DateTimeStyles.None, out time);
    }

    /// <summary>True when the local time happened twice (the hour repeated when the clocks go back).</summary>
    public static bool IsAmbiguous(DateOnly date, TimeOnly time) => Zone.IsAmbiguousTime(date.ToDateTime(time));

    /// <summary>
    /// The instant for a time typed in a form. In the repeated hour the typed BST or GMT decides which of the two it
    /// was; without one (the form refuses that) the first is taken.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeSpan? offset) =>
        offset is { } o && IsAmbiguous(date, time)
            ? new DateTimeOffset(date.ToDateTime(time), o).ToUniversalTime()
            : ToInstant(date, time);

    public static string DateInput(DateTimeOffset instant) => DateOf(instant).ToString("d/M/yyyy", British);

    /// <summary>"14:30"; in the repeated hour "01:10 BST" or "01:10 GMT", so the instant survives a round trip.</summary>
    public static string TimeInput(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var text = local.ToString("HH:mm", British);
        return IsAmbiguous(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime))
            ? text + (local.Offset == SummerOffset ? " BST" : " GMT")
            : text;
    }
}
