using System.Globalization;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Shared;

/// <summary>
/// How sessions read on every page, staff and public alike: dates and times in the one GOV.UK style of
/// <see cref="LondonTime"/> ("Tuesday 24 November 2026", "2pm to 4pm", "9:30am", "midday"), types, rooms and eligibility.
/// </summary>
public static class SessionFormat
{
    public static string Date(DateOnly date) => LondonTime.FormatDayAndDate(date);

    public static string Day(DayOfWeek day) => LondonTime.FormatDay(day);

    public static string Time(TimeOnly time) => LondonTime.FormatTime(time);

    public static string Times(TimeOnly start, TimeOnly end) => LondonTime.FormatTimes(start, end);

    public static string Times(SessionTemplate s) => Times(s.StartTime, s.EndTime);

    /// <summary>The value a time field shows when a form is filled from a saved session.</summary>
    public static string Input(TimeOnly time) => LondonTime.TimeInput(time);

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

    /// <summary>The end of a success message saying how many booked visits moved to needs review.</summary>
    public static string Flagged(int count) => count switch
    {
        0 => "",
        1 => ". 1 booked visit moved to needs review",
        _ => $". {count} booked visits moved to needs review",
    };
}
