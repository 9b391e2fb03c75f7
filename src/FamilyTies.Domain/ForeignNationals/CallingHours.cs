using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.ForeignNationals;

/// <summary>A stretch of the prison's phone hours when the family is awake: London times and the family's own.</summary>
public sealed record CallWindow(DateTimeOffset From, DateTimeOffset To, TimeOnly LondonFrom, TimeOnly LondonTo, TimeOnly FamilyFrom, TimeOnly FamilyTo)
{
    public TimeSpan Length => To - From;
}

/// <summary>The overlap on one London date, and the family's offset from London then.</summary>
public sealed record CallingHoursOverlap(IReadOnlyList<CallWindow> Windows, TimeSpan DifferenceFromLondon)
{
    public TimeSpan Total => Windows.Aggregate(TimeSpan.Zero, (t, w) => t + w.Length);
    public bool None => Windows.Count == 0;
}

/// <summary>
/// When a prisoner can call family abroad: the prison's phone hours (London, an establishment setting) on a date,
/// overlapped with the family's waking hours (08:00 to 22:00 in their time zone) on every local date they touch.
/// Computed on real instants, so each side's clock changes fall where they do.
/// </summary>
public static class CallingHours
{
    public static readonly TimeOnly WakingFrom = new(8, 0);
    public static readonly TimeOnly WakingTo = new(22, 0);

    /// <summary>An IANA time zone this machine knows ("Europe/Warsaw"), or null.</summary>
    public static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    public static CallingHoursOverlap Overlap(DateOnly londonDate, TimeOnly phoneOpens, TimeOnly phoneCloses, TimeZoneInfo family)
    {
        var open = LondonTime.ToInstant(londonDate, phoneOpens);
        var close = LondonTime.ToInstant(londonDate, phoneCloses);
        var windows = new List<CallWindow>();
        var familyDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(open, family).DateTime);
        for (var d = familyDate.AddDays(-1); d <= familyDate.AddDays(1); d = d.AddDays(1))
        {
            var from = Max(open, At(d, WakingFrom, family));
            var to = Min(close, At(d, WakingTo, family));
            if (to > from)
            {
                windows.Add(new CallWindow(from, to, LondonTime.TimeOf(from), LondonTime.TimeOf(to),
                    TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, family).DateTime), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, family).DateTime)));
            }
        }
        var difference = family.GetUtcOffset(open) - LondonTime.Zone.GetUtcOffset(open);
        return new CallingHoursOverlap(windows, difference);
    }

    /// <summary>"2 hours ahead of London", "5 hours 30 minutes behind London", "the same time as London".</summary>
    public static string DescribeDifference(TimeSpan difference)
    {
        if (difference == TimeSpan.Zero)
        {
            return "the same time as London";
        }
        var abs = difference.Duration();
        var parts = new List<string>();
        if ((int)abs.TotalHours > 0)
        {
            parts.Add((int)abs.TotalHours == 1 ? "1 hour" : $"{(int)abs.TotalHours} hours");
        }
        if (abs.Minutes > 0)
        {
            parts.Add($"{abs.Minutes} minutes");
        }
        var text = string.Join(" ", parts);
        return text + (difference > TimeSpan.Zero ? " ahead of London" : " behind London");
    }

    /// <summary>The instant of a local time in a zone: a time skipped by the clocks going forward moves on by the gap; a repeated time is the first.</summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
