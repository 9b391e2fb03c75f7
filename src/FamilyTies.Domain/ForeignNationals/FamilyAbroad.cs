using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.ForeignNationals;

/// <summary>A foreign national's family member abroad: where they live and their time zone (IANA, such as Asia/Ho_Chi_Minh).</summary>
public class FamilyAbroad : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public string Name { get; set; } = "";
    public string Relationship { get; set; } = "";
    public string Country { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public List<NightCallOverride> NightCalls { get; set; } = [];

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
