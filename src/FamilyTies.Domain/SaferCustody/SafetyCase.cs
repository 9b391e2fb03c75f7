using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>An ACCT (self-harm) or CSIP (violence) plan opened here, and how the prisoner's family is involved in it.</summary>
public class SafetyCase : AuditedEntity, IEstablishmentOwned, IConfidential
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public SafetyCaseKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public List<FamilyInvolvementEntry> Entries { get; set; } = [];

    public bool IsOpen => ClosedOn is null;
}
