namespace FamilyTies.Domain.SaferCustody;

public static class Statistics
{
    /// <summary>The middle value (the mean of the two middle values for an even count); null when there are none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of values at or below it.</summary>
    public static TimeSpan? Percentile(IEnumerable<TimeSpan> values, int percent)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
