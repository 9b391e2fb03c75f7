using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

public enum RoomKind { VisitsHall, ClosedVisitsArea, VideoBooth, FamilyRoom }

/// <summary>A place visits happen: a hall with tables, the closed-visit area, video booths or laptops.</summary>
public class Room : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public string Name { get; set; } = "";
    public RoomKind Kind { get; set; }
    public int Tables { get; set; }
    public int ClosedBooths { get; set; }
    public string Facilities { get; set; } = "";
    public bool Active { get; set; } = true;
}
