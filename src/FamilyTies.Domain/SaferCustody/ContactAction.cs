using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>Something done about a contact: a welfare check, the prisoner spoken to, a referral.</summary>
public class ContactAction : AuditedEntity, IEstablishmentOwned, ICorrectable, IConfidential
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public SaferCustodyContact? Contact { get; set; }
    public ActionKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>Recorded when the prisoner is spoken to: may the caller be told anything about them?</summary>
    public PrisonerConsent? Consent { get; set; }
    public string Notes { get; set; } = "";
    public int? CorrectsId { get; set; }
    public string CorrectionReason { get; set; } = "";
}
