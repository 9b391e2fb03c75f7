using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.VideoCalls;

public enum VideoPriorityReason { Distance, IllHealth, Mobility, NoSocialVisits, ForeignNationalOrOverseasFamily, Compassionate }

/// <summary>Why a prisoner should be offered a free video slot first.</summary>
public class VideoCallPriority : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public VideoPriorityReason Reason { get; set; }
    public string Note { get; set; } = "";
    public bool Removed { get; set; }

    public static string Describe(VideoPriorityReason reason) => reason switch
    {
        VideoPriorityReason.Distance => "Family live far away",
        VideoPriorityReason.IllHealth => "Ill health",
        VideoPriorityReason.Mobility => "Mobility",
        VideoPriorityReason.NoSocialVisits => "No social visits",
        VideoPriorityReason.ForeignNationalOrOverseasFamily => "Foreign national or family overseas",
        _ => "Compassionate",
    };

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
