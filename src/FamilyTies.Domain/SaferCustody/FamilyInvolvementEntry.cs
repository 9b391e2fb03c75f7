using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>One step of family involvement: the prisoner asked, a review invitation, attendance, an update.</summary>
public class FamilyInvolvementEntry : AuditedEntity, IEstablishmentOwned, ICorrectable, IConfidential
{
    public int EstablishmentId { get; set; }
    public int SafetyCaseId { get; set; }
    public SafetyCase? SafetyCase { get; set; }
    public InvolvementEntryKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    /// <summary>The prisoner's answer, when asked.</summary>
    public FamilyAnswer? Answer { get; set; }
    /// <summary>Who, for example "Sarah Quayle (wife)".</summary>
    public string FamilyMember { get; set; } = "";
    /// <summary>The review's date, for an invitation or attendance.</summary>
    public DateOnly? ReviewOn { get; set; }
    public bool? Attended { get; set; }
    public string Notes { get; set; } = "";
    public int? CorrectsId { get; set; }
    public string CorrectionReason { get; set; } = "";
}
