using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>An ACCT (self-harm) or CSIP (violence) plan opened here, and how the prisoner's family is involved in it.</summary>
public class SafetyCase : AuditedEntity, IEstablishmentOwned, IConfidential
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public SafetyCaseKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public List<FamilyInvolvementEntry> Entries { get; set; } = [];

    public bool IsOpen => ClosedOn is null;
}

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
