using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

/// <summary>
/// The capacity row of one video session on one date (unique per session and date): how many calls hold it (0 or 1)
/// with a concurrency token, so two staff taking the last booth at once cannot both succeed (decisions 0016, 0017).
/// </summary>
public class VideoSlot : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int VideoSessionId { get; set; }
    public VideoSession? Session { get; set; }
    public DateOnly Date { get; set; }
    public int Booked { get; set; }
    public int Version { get; set; }
}
