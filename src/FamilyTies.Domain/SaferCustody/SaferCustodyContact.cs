using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>
/// One call, voicemail, web form, email or visit from someone worried about a prisoner (SPEC.md Pathway 3).
/// Readable only by the safer custody team and the family lead, and every read is audited.
/// </summary>
public class SaferCustodyContact : AuditedEntity, IEstablishmentOwned, IConfidential
{
    public int EstablishmentId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public ContactChannel Channel { get; set; }

    public string CallerName { get; set; } = "";
    public string CallerRelationship { get; set; } = "";
    public string CallerPhone { get; set; } = "";
    public bool CallerWantsCallback { get; set; }

    /// <summary>Null until the prisoner is identified; <see cref="PrisonerNameGiven"/> holds what the caller said.</summary>
    public int? PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public string PrisonerNameGiven { get; set; } = "";

    public ConcernCategory Categories { get; set; }
    public bool ImminentRisk { get; set; }
    public EscalatedTo? EscalatedTo { get; set; }
    public string EscalatedToName { get; set; } = "";
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>What the caller said.</summary>
    public string CallerSaid { get; set; } = "";

    /// <summary>The voicemail check that found this message, when it came by voicemail.</summary>
    public int? VoicemailCheckId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public string Outcome { get; set; } = "";

    public List<ContactAction> Actions { get; set; } = [];
    public List<CallerFeedback> CallerFeedback { get; set; } = [];
    public List<ContactCorrection> Corrections { get; set; } = [];

    public bool IsOpen => ClosedAt is null;
    public bool IsUrgent => ServiceLevels.IsUrgent(ImminentRisk, Categories);
    public string Reference => FormatReference(Id);

    public static string FormatReference(int id) => $"SC{id:D5}";
}
