using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.ForeignNationals;

public enum OfficialContactKind { ConsulateNotified, HomeOfficeSurgery, BorderForceSurgery, TranslatedMaterial }

/// <summary>
/// A foreign national's contact with officials: the embassy or consulate notified on reception, a Home Office or
/// Border Force surgery (who attended), translated material given (which, in what language).
/// </summary>
public class OfficialContact : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public OfficialContactKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    /// <summary>The consulate, who attended the surgery, or which material.</summary>
    public string Detail { get; set; } = "";
    public string Language { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
