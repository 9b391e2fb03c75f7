using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

public enum VideoTimeBand { Any, Daytime, Evening, Weekend }

/// <summary>An unmet request: staff searched for a prisoner's call and no slot was free in the booking window.</summary>
public class VideoCallDemand : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public DateOnly Date { get; set; }
    public VideoTimeBand Band { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }

    /// <summary>Whether a session start on a date falls in the band.</summary>
    public static bool InBand(VideoTimeBand band, DateOnly date, TimeOnly start) => band switch
    {
        VideoTimeBand.Evening => start >= VideoSession.EveningStarts,
        VideoTimeBand.Weekend => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday,
        VideoTimeBand.Daytime => start < VideoSession.EveningStarts && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
        _ => true,
    };
}
