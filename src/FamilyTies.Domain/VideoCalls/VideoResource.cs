using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

public enum VideoResourceKind { Booth, Laptop }

/// <summary>A video booth or a laptop that calls are made on, where it is, and whether it is in use.</summary>
public class VideoResource : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public string Name { get; set; } = "";
    public VideoResourceKind Kind { get; set; }
    /// <summary>Where it is: "A wing", "Legal visits".</summary>
    public string Location { get; set; } = "";
    public bool Active { get; set; } = true;
    public List<VideoSession> Sessions { get; set; } = [];
}
