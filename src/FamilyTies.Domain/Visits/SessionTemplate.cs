using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

public enum VisitType { Social, Enhanced, Family, Video }

/// <summary>
/// A repeating visits session: a room, a weekday and times, valid between two dates, every N weeks, with open and
/// closed capacity and who may use it (locations and incentive levels; empty means everyone).
/// </summary>
public class SessionTemplate : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public string Name { get; set; } = "";
    public int RoomId { get; set; }
    public Room? Room { get; set; }
    public DayOfWeek DayOfWeek { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int WeeklyFrequency { get; set; } = 1;
    public int OpenCapacity { get; set; }
    public int ClosedCapacity { get; set; }
    public VisitType VisitType { get; set; } = VisitType.Social;
    /// <summary>Comma-separated location prefixes (e.g. "A,B-1"); empty for every location.</summary>
    public string Locations { get; set; } = "";
    /// <summary>Comma-separated incentive levels; empty for every level.</summary>
    public string IncentiveLevels { get; set; } = "";
    public bool Active { get; set; } = true;

    public static readonly TimeOnly EveningStarts = new(17, 0);

    public bool IsEvening => StartTime >= EveningStarts;

    public bool IsWeekend => DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Whether the session runs on a date (ignoring blocks).</summary>
    public bool OccursOn(DateOnly date)
    {
        if (!Active || date.DayOfWeek != DayOfWeek || date < ValidFrom || (ValidTo is { } to && date > ValidTo))
        {
            return false;
        }
        var weeks = (date.DayNumber - ValidFrom.DayNumber) / 7;
        return weeks % Math.Max(1, WeeklyFrequency) == 0;
    }

    public IEnumerable<string> LocationList => Split(Locations);

    public IEnumerable<People.IncentiveLevel> IncentiveLevelList =>
        Split(IncentiveLevels).Select(l => Enum.Parse<People.IncentiveLevel>(l, ignoreCase: true));

    /// <summary>Whether a prisoner may use this session (location and incentive level).</summary>
    public bool IsEligible(People.Prisoner prisoner)
    {
        var locations = LocationList.ToList();
        var levels = IncentiveLevelList.ToList();
        var locationOk = locations.Count == 0 || locations.Any(l => prisoner.Location.StartsWith(l, StringComparison.OrdinalIgnoreCase));
        var levelOk = levels.Count == 0 || levels.Contains(prisoner.IncentiveLevel);
        return locationOk && levelOk;
    }

    private static string[] Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
