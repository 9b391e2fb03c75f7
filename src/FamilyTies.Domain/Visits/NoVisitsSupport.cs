using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

/// <summary>Support for a prisoner who gets no visits (issue 13 §5).</summary>
public enum NoVisitsSupportKind { NewBridgeBefriending, OfficialPrisonVisitor, PatDog, CommunityDay, PenPal, ExtraPhoneCredit, Samaritans, Other }

/// <summary>Support offered to a prisoner with no visits, and whether and when it was taken up.</summary>
public class NoVisitsSupport : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public NoVisitsSupportKind Kind { get; set; }
    public string Detail { get; set; } = "";
    public DateOnly OfferedOn { get; set; }
    public DateOnly? TakenUpOn { get; set; }

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
