using System.Globalization;

namespace FamilyTies.Domain.Common;

public static class Durations
{
    /// <summary>"2 days 3 hours", "1 hour 5 minutes", "45 minutes", "less than a minute". The sign is ignored.</summary>
    public static string Describe(TimeSpan span)
    {
        span = span.Duration();
        if (span < TimeSpan.FromMinutes(1))
        {
            return "less than a minute";
        }
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(Plural(span.Days, "day"));
            if (span.Hours > 0)
            {
                parts.Add(Plural(span.Hours, "hour"));
            }
            return string.Join(" ", parts);
        }
        if (span.Hours > 0)
        {
            parts.Add(Plural(span.Hours, "hour"));
        }
        if (span.Minutes > 0)
        {
            parts.Add(Plural(span.Minutes, "minute"));
        }
        return string.Join(" ", parts);
    }

    private static string Plural(int n, string unit) => n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
