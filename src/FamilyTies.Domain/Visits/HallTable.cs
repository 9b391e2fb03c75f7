using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>One table in a visits hall, with what it offers, so officers can allocate the right one.</summary>
public class HallTable : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int RoomId { get; set; }
    public Room? Room { get; set; }
    /// <summary>The number or name painted on the table, "12".</summary>
    public string Label { get; set; } = "";
    public bool Accessible { get; set; }
    public bool NearPlayArea { get; set; }
    public bool Quiet { get; set; }
    public bool Active { get; set; } = true;

    public string Features => string.Join(", ", new[] { Accessible ? "accessible" : null, NearPlayArea ? "near the play area" : null, Quiet ? "quiet" : null }.OfType<string>());
}
