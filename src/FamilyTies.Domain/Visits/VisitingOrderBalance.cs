using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>A prisoner's current visiting-order balance: the counted row two bookings race for.</summary>
public class VisitingOrderBalance : IEstablishmentOwned
{
    public int PrisonerId { get; set; }
    public int EstablishmentId { get; set; }
    public int Balance { get; set; }
    public string? LastAllocatedPeriod { get; set; }
    public int Version { get; set; }
}
