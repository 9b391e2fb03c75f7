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
        var first = start.DayNumber + ((int)session.DayOfWeek - (int)start.DayOfWeek + 7) % 7;
        for (var week = 0; week < Math.Max(1, session.WeeklyFrequency); week++)
        {
            if (Day(first + 7 * week) is not { } date)
            {
                return null; // past the last date the calendar has
            }
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
        var first = from.DayNumber + ((int)a.DayOfWeek - (int)from.DayOfWeek + 7) % 7;
        for (var week = 0; week < PatternWeeks; week++)
        {
            if (Day(first + 7 * week) is not { } date)
            {
                return null; // past the last date the calendar has
            }
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

    /// <summary>The date with that day number, or null past the end of the calendar (31 December 9999).</summary>
    private static DateOnly? Day(int dayNumber) => dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(dayNumber) : null;

    /// <summary>The first and last dates the timetable shows a week for; weeks outside are not real planning.</summary>
    public static readonly DateOnly FirstTimetableDate = new(2000, 1, 1);

    public static readonly DateOnly LastTimetableDate = new(2099, 12, 31);

    /// <summary>Whether the week starting on this Monday has any day from <see cref="FirstTimetableDate"/> to <see cref="LastTimetableDate"/>.</summary>
    public static bool TimetableShows(DateOnly monday) =>
        monday <= LastTimetableDate && monday.DayNumber + 6 >= FirstTimetableDate.DayNumber;

    /// <summary>The Monday of the week a date falls in (weeks run Monday to Sunday in the UK).</summary>
    public static DateOnly WeekStarting(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
