using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>A correction to the contact's own details (caller, prisoner, concerns), kept with the reason.</summary>
public class ContactCorrection : AuditedEntity, IEstablishmentOwned, IConfidential
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public SaferCustodyContact? Contact { get; set; }
    /// <summary>"Field: old → new" lines.</summary>
    public string Changes { get; set; } = "";
    public string Reason { get; set; } = "";
}
