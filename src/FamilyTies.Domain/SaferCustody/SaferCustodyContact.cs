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

/// <summary>Something done about a contact: a welfare check, the prisoner spoken to, a referral.</summary>
public class ContactAction : AuditedEntity, IEstablishmentOwned, ICorrectable, IConfidential
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public SaferCustodyContact? Contact { get; set; }
    public ActionKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>Recorded when the prisoner is spoken to: may the caller be told anything about them?</summary>
    public PrisonerConsent? Consent { get; set; }
    public string Notes { get; set; } = "";
    public int? CorrectsId { get; set; }
    public string CorrectionReason { get; set; } = "";
}

/// <summary>The caller told the outcome, or why not: its own recorded step.</summary>
public class CallerFeedback : AuditedEntity, IEstablishmentOwned, ICorrectable, IConfidential
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public SaferCustodyContact? Contact { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public CallerFeedbackResult Result { get; set; }
    /// <summary>What the caller was told, when they were told.</summary>
    public Disclosure? Disclosure { get; set; }
    /// <summary>Calls made without an answer, when there was none.</summary>
    public int? Attempts { get; set; }
    /// <summary>What was said, or why the caller was not told.</summary>
    public string Notes { get; set; } = "";
    public int? CorrectsId { get; set; }
    public string CorrectionReason { get; set; } = "";
}

/// <summary>A correction to the contact's own details (caller, prisoner, concerns), kept with the reason.</summary>
public class ContactCorrection : AuditedEntity, IEstablishmentOwned, IConfidential
{
    public int EstablishmentId { get; set; }
    public int ContactId { get; set; }
    public SaferCustodyContact? Contact { get; set; }
    /// <summary>"Field: old → new" lines.</summary>
    public string Changes { get; set; } = "";
    public string Reason { get; set; } = "";
}

/// <summary>One check of the safer custody voicemail. Each message found becomes a contact.</summary>
public class VoicemailCheck : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
    public int MessagesFound { get; set; }
}
