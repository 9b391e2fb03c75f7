using System.Globalization;
using System.Text.RegularExpressions;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Shared;

/// <summary>
/// How sessions read on every page, staff and public alike (GOV.UK style): "Tuesday 24 November 2026",
/// "2pm to 4pm", "9:30am", "midday".
/// </summary>
public static partial class SessionFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    public static string Day(DayOfWeek day) => EnGb.DateTimeFormat.GetDayName(day);

    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 12, Minute: 0 } => "midday",
        { Hour: 0, Minute: 0 } => "midnight",
        _ => (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString(CultureInfo.InvariantCulture)
             + (time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture))
             + (time.Hour < 12 ? "am" : "pm"),
    };

    public static string Times(TimeOnly start, TimeOnly end) => $"{Time(start)} to {Time(end)}";

    public static string Times(SessionTemplate s) => Times(s.StartTime, s.EndTime);

    /// <summary>The value a time field shows when a form is filled from a saved session.</summary>
    public static string Input(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Type(VisitType type) => type switch
    {
        VisitType.Social => "Social visit",
        VisitType.Enhanced => "Enhanced (privilege) visit",
        VisitType.Family => "Family visit",
        VisitType.Video => "Video call",
        _ => type.ToString(),
    };

    public static string Frequency(int weeks) => weeks <= 1 ? "Every week" : $"Every {weeks} weeks";

    /// <summary>Who may use a session: "All prisoners", or the incentive levels and locations it is limited to.</summary>
    public static string Eligibility(SessionTemplate s)
    {
        var parts = new List<string>();
        var levels = s.IncentiveLevelList.ToList();
        if (levels.Count > 0)
        {
            parts.Add($"{List(levels.Order().Select(l => l.ToString()))} only");
        }
        var locations = s.LocationList.ToList();
        if (locations.Count > 0)
        {
            parts.Add($"{(locations.Count == 1 ? "location" : "locations")} {string.Join(", ", locations)} only");
        }
        if (parts.Count == 0)
        {
            return "All prisoners";
        }
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string RoomKind(RoomKind kind) => kind switch
    {
        Domain.Visits.RoomKind.VisitsHall => "Visits hall",
        Domain.Visits.RoomKind.ClosedVisitsArea => "Closed-visit area",
        Domain.Visits.RoomKind.VideoBooth => "Video booths or laptops",
        Domain.Visits.RoomKind.FamilyRoom => "Family room",
        _ => kind.ToString(),
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }

    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount) ? "£" + amount.ToString("0", CultureInfo.InvariantCulture) : "£" + amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a time typed the ways people write them: 14:00, 14.00, 14, 2pm, 2:30pm, 2.30 pm, 9am, midday, noon.
    /// </summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        var value = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (value is "midday" or "noon" or "12noon")
        {
            time = new TimeOnly(12, 0);
            return true;
        }
        var match = TimePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
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

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<s>am|pm)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimePattern();

    /// <summary>The end of a success message saying how many booked visits moved to needs review.</summary>
    public static string Flagged(int count) => count switch
    {
        0 => "",
        1 => ". 1 booked visit moved to needs review",
        _ => $". {count} booked visits moved to needs review",
    };
}
