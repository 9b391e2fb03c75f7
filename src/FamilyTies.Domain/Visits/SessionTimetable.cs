namespace FamilyTies.Domain.Visits;

/// <summary>Questions about when session templates run, answered without a database.</summary>
public static class SessionTimetable
{
    /// <summary>
    /// "Every N weeks" patterns with N from 1 to 8 line up again within the least common multiple of two
    /// frequencies, which is at most 56 weeks (7 × 8); looking that far ahead finds any shared date.
    /// </summary>
    public const int PatternWeeks = 56;

    /// <summary>The first date on or after <paramref name="from"/> on which the session runs (ignoring blocks), if any.</summary>
    public static DateOnly? NextOccurrence(SessionTemplate session, DateOnly from)
    {
        var start = from < session.ValidFrom ? session.ValidFrom : from;
        var first = start.AddDays(((int)session.DayOfWeek - (int)start.DayOfWeek + 7) % 7);
        for (var week = 0; week < Math.Max(1, session.WeeklyFrequency); week++)
        {
            var date = first.AddDays(7 * week);
            if (session.ValidTo is { } to && date > to)
            {
                return null;
            }
            if (session.OccursOn(date))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether two sessions would need the same room at overlapping times on the same date: same room and weekday,
    /// overlapping times, and a date both actually run on (valid dates and every-N-weeks respected).
    /// </summary>
    public static bool Clash(SessionTemplate a, SessionTemplate b) => FirstSharedDate(a, b) is not null;

    public static DateOnly? FirstSharedDate(SessionTemplate a, SessionTemplate b)
    {
        if (a.RoomId != b.RoomId || a.DayOfWeek != b.DayOfWeek || !(a.StartTime < b.EndTime && b.StartTime < a.EndTime))
        {
            return null;
        }
        var from = a.ValidFrom > b.ValidFrom ? a.ValidFrom : b.ValidFrom;
        var first = from.AddDays(((int)a.DayOfWeek - (int)from.DayOfWeek + 7) % 7);
        for (var week = 0; week < PatternWeeks; week++)
        {
            var date = first.AddDays(7 * week);
            if ((a.ValidTo is { } aTo && date > aTo) || (b.ValidTo is { } bTo && date > bTo))
            {
                return null;
            }
            if (a.OccursOn(date) && b.OccursOn(date))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The Monday of the week a date falls in (weeks run Monday to Sunday in the UK).</summary>
    public static DateOnly WeekStarting(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
