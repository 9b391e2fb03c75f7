using System.Globalization;

namespace FamilyTies.Domain.Common;

/// <summary>
/// The one London clock. Prisons in England and Wales keep Europe/London time: instants are stored in UTC, and every
/// date people read or type (today, ages, visit dates, log entries) is a London date. This is the only place that
/// knows the zone; it gives "today", formats dates and times in the one GOV.UK style ("2pm", "2:30pm", "midday",
/// "2 December 2026") and reads what people type (docs/decisions/0018-one-london-clock.md), so the clock changes
/// (last Sunday of March and of October) are handled in one place.
/// </summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Today in London by the given clock: the prison date, never the UTC date.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The calendar month (yyyy-MM) an instant falls in, in London.</summary>
    public static string MonthOf(DateTimeOffset instant) => ToLocal(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Midnight at the start of the first day of the month after the one that holds <paramref name="instant"/>, London time.</summary>
    public static DateTimeOffset StartOfNextMonth(DateTimeOffset instant)
    {
        var date = DateOf(instant);
        return ToInstant(new DateOnly(date.Year, date.Month, 1).AddMonths(1), TimeOnly.MinValue);
    }

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

    /// <summary>GOV.UK style: "2pm", "2:30pm", "9am", "midday", "midnight".</summary>
    public static string FormatTime(TimeOnly time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        _ => (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString(CultureInfo.InvariantCulture)
             + (time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture))
             + (time.Hour < 12 ? "am" : "pm"),
    };

    /// <summary>"2pm to 4pm".</summary>
    public static string FormatTimes(TimeOnly start, TimeOnly end) => $"{FormatTime(start)} to {FormatTime(end)}";

    /// <summary>"2 December 2026".</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", British);

    /// <summary>"Wednesday 2 December 2026", where the day of the week matters (visit dates).</summary>
    public static string FormatDayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    /// <summary>"Wednesday".</summary>
    public static string FormatDay(DayOfWeek day) => British.DateTimeFormat.GetDayName(day);

    /// <summary>
    /// The ways a date may be typed into a date field: day/month/year as people in the UK write it (27/3/1985,
    /// 27/03/1985, 27/3/85, 27-3-1985, 27.3.1985, 27 3 1985) or ISO (1985-03-27).
    /// </summary>
    public static readonly IReadOnlyList<string> DateInputFormats = ["d/M/yyyy", "dd/MM/yyyy", "d/M/yy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    /// <summary>Reads a date typed into a date field (see <see cref="DateInputFormats"/>): the one date parser.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), [.. DateInputFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>What a date field shows for a date: 2/12/2026.</summary>
    public static string DateInput(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

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

    /// <summary>
    /// Reads a time of day typed the ways people write them in a timetable: the 24-hour clock (14:00, 14.00, 14) or
    /// the 12-hour one (2pm, 2:30pm, 2.30 pm, 9am), midday or noon. Times that go with an instant (a log entry) use
    /// the stricter <see cref="TryParseTime(string?, out TimeOnly)"/>, where the clock change needs BST or GMT.
    /// </summary>
    public static bool TryParseTimeOfDay(string? text, out TimeOnly time)
    {
        time = default;
        var value = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (value is "midday" or "noon" or "12noon")
        {
            time = new TimeOnly(12, 0);
            return true;
        }
        var suffix = value.EndsWith("am", StringComparison.Ordinal) || value.EndsWith("pm", StringComparison.Ordinal) ? value[^2..] : "";
        var digits = value[..^suffix.Length].Replace('.', ':');
        var parts = digits.Split(':');
        if (parts.Length > 2 || parts[0].Length is < 1 or > 2 || (parts.Length == 2 && parts[1].Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }
        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minute = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        if (minute > 59)
        {
            return false;
        }
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }
        else if (hour > 23)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        return true;
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

    /// <summary>What a date field shows for the London date of an instant: 2/12/2026.</summary>
    public static string DateInput(DateTimeOffset instant) => DateInput(DateOf(instant));

    /// <summary>What a time field shows for a time of day: 14:30.</summary>
    public static string TimeInput(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

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
