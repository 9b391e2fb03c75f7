using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.ForeignNationals;

public enum NightCallDecision { Requested, Granted, Refused }

/// <summary>A request to call family abroad outside the prison's phone hours: requested, then granted or refused, by whom.</summary>
public class NightCallOverride : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int FamilyAbroadId { get; set; }
    public FamilyAbroad? FamilyAbroad { get; set; }
    public DateOnly RequestedOn { get; set; }
    public string Reason { get; set; } = "";
    public NightCallDecision Decision { get; set; }
    /// <summary>Who granted or refused it (name and role), empty while requested.</summary>
    public string DecidedBy { get; set; } = "";
    public DateOnly? DecidedOn { get; set; }
}
