using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.SaferCustody;

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
