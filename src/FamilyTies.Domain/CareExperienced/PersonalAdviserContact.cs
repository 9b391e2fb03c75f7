using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.CareExperienced;

public enum AdviserContactMethod { Visit, Phone, VideoCall, Letter, Email }

/// <summary>A contact between a registered prisoner and the personal adviser (or local authority): date, how, who, what.</summary>
public class PersonalAdviserContact : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int RecordId { get; set; }
    public CareExperiencedRecord? Record { get; set; }
    public DateOnly OccurredOn { get; set; }
    public AdviserContactMethod Method { get; set; }
    public string Who { get; set; } = "";
    public string Notes { get; set; } = "";
}
