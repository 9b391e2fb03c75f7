using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

/// <summary>How a family was told about Help with Prison Visits.</summary>
public enum HpvToldHow { InPerson, Phone, Leaflet, Letter, Email }

/// <summary>A family (by its contact) told about the Help with Prison Visits scheme: when and how (issue 13 §6).</summary>
public class HpvTold : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int? VisitId { get; set; }
    public DateOnly ToldOn { get; set; }
    public HpvToldHow How { get; set; }

    int? IAuditSubject.AuditPrisonerId => null;
    int? IAuditSubject.AuditContactId => ContactId;
}
