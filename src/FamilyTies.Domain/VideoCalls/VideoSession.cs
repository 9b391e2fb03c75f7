using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.VideoCalls;

/// <summary>
/// One weekly video-call session on one resource (a booth or laptop): the day, the times and who may use it
/// (locations, empty for everyone). One call at a time: a session on a date is one call's capacity.
/// </summary>
public class VideoSession : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int VideoResourceId { get; set; }
    public VideoResource? Resource { get; set; }
    public DayOfWeek DayOfWeek { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    /// <summary>Comma-separated locations whose prisoners may use it ("A, B"); empty for everyone.</summary>
    public string Locations { get; set; } = "";
    public bool Active { get; set; } = true;

    public static readonly TimeOnly EveningStarts = new(17, 0);

    public int Minutes => (int)(EndTime - StartTime).TotalMinutes;

    public bool OccursOn(DateOnly date) => Active && date.DayOfWeek == DayOfWeek;

    public IEnumerable<string> LocationList => Locations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsEligible(Prisoner prisoner) =>
        !LocationList.Any() || LocationList.Any(l => prisoner.Location.StartsWith(l, StringComparison.OrdinalIgnoreCase));

    /// <summary>An evening (from 5pm) or weekend session: what families who work or are at school can use.</summary>
    public static bool IsEveningOrWeekend(DateOnly date, TimeOnly start) =>
        start >= EveningStarts || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
