using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>
/// When the safer custody line is staffed: the same London opening and closing times on each chosen day. Voicemail
/// gaps count only staffed time, so a message left on Friday night is not "overdue" before Monday's team arrives.
/// </summary>
public sealed record LineHours(TimeOnly Opens, TimeOnly Closes, Weekdays Days)
{
    public static LineHours From(Establishment e) => new(e.SaferCustodyLineOpens, e.SaferCustodyLineCloses, e.SaferCustodyLineDays);

    public bool IsOpenAt(DateTimeOffset instant)
    {
        var date = LondonTime.DateOf(instant);
        return Days.Includes(date.DayOfWeek) && instant >= LondonTime.ToInstant(date, Opens) && instant < LondonTime.ToInstant(date, Closes);
    }

    /// <summary>How much staffed time lies between two instants (real elapsed time, so clock changes count truly).</summary>
    public TimeSpan OpenTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || Closes <= Opens)
        {
            return TimeSpan.Zero;
        }
        var total = TimeSpan.Zero;
        for (var date = LondonTime.DateOf(from); date <= LondonTime.DateOf(to); date = date.AddDays(1))
        {
            if (!Days.Includes(date.DayOfWeek))
            {
                continue;
            }
            var start = Max(from, LondonTime.ToInstant(date, Opens));
            var end = Min(to, LondonTime.ToInstant(date, Closes));
            if (end > start)
            {
                total += end - start;
            }
        }
        return total;
    }

    public string Describe()
    {
        var days = Days == WeekdaysExtensions.EveryDay ? "every day"
            : Days == WeekdaysExtensions.MondayToFriday ? "Monday to Friday"
            : string.Join(", ", WeekdaysExtensions.Each.Where(d => Days.HasFlag(d)));
        return $"{LondonTime.FormatTime(Opens)} to {LondonTime.FormatTime(Closes)}, {days}";
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

public sealed record VoicemailStatus(DateTimeOffset? LastCheck, TimeSpan? GapInLineHours, TimeSpan Interval, bool Overdue);

public static class VoicemailGaps
{
    /// <summary>
    /// Overdue when the staffed time since the last check is longer than the interval, or when it has never been
    /// checked. Exactly the interval is not yet overdue.
    /// </summary>
    public static VoicemailStatus Check(DateTimeOffset? lastCheck, DateTimeOffset now, LineHours hours, int intervalMinutes)
    {
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        if (lastCheck is null)
        {
            return new VoicemailStatus(null, null, interval, true);
        }
        var gap = hours.OpenTimeBetween(lastCheck.Value, now);
        return new VoicemailStatus(lastCheck, gap, interval, gap > interval);
    }

    /// <summary>
    /// The longest staffed-time gap between consecutive checks that ends in a period: from the last check before the
    /// period (or its start), between checks, and from the last check to the period's end.
    /// </summary>
    public static TimeSpan Longest(IEnumerable<DateTimeOffset> checks, DateTimeOffset from, DateTimeOffset to, LineHours hours)
    {
        var all = checks.ToList();
        var start = all.Where(c => c <= from).DefaultIfEmpty(from).Max();
        var points = all.Where(c => c > from && c < to).Order().Prepend(start).Append(to).ToList();
        var longest = TimeSpan.Zero;
        for (var i = 1; i < points.Count; i++)
        {
            var gap = hours.OpenTimeBetween(points[i - 1], points[i]);
            if (gap > longest)
            {
                longest = gap;
            }
        }
        return longest;
    }
}
