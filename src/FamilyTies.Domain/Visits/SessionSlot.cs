using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>One dated occurrence of a template. Its counters are the row two bookings race for.</summary>
public class SessionSlot : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int SessionTemplateId { get; set; }
    public SessionTemplate? SessionTemplate { get; set; }
    public DateOnly Date { get; set; }
    public int BookedOpen { get; set; }
    public int BookedClosed { get; set; }
    /// <summary>Concurrency token: incremented on every change, checked on save.</summary>
    public int Version { get; set; }
}
