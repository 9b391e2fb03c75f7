using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

/// <summary>A temporary block of one resource (or every resource) over a run of dates, with the reason.</summary>
public class VideoBlock : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    /// <summary>Null blocks every resource.</summary>
    public int? VideoResourceId { get; set; }
    public VideoResource? Resource { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string Reason { get; set; } = "";

    public bool Blocks(int resourceId, DateOnly date) =>
        date >= FromDate && date <= ToDate && (VideoResourceId is null || VideoResourceId == resourceId);
}
