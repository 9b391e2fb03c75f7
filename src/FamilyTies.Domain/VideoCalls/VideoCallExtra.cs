using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

/// <summary>A wellbeing extra a visits manager grants for one London month: more calls and minutes, with the reason.</summary>
public class VideoCallExtra : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    /// <summary>The London month (yyyy-MM).</summary>
    public string Month { get; set; } = "";
    public int Calls { get; set; }
    public int Minutes { get; set; }
    public string Reason { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
