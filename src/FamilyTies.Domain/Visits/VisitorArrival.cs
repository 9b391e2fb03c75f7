using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>The identification a visitor showed, against the national rules.</summary>
public enum IdEvidence { None, ListA, ListBAndC, Exceptional }

/// <summary>Why a visitor was refused entry.</summary>
public enum RefusalReason { Id, DressCode, DrugsDogIndication, LateArrival, UnderTheInfluence, Other }

/// <summary>
/// One visitor at the gate: when they arrived, the ID they showed and the rule that decided it (so a baby is never
/// refused for having no ID), or why they were refused entry and what the family was told; and, at the end, whether
/// they attended.
/// </summary>
public class VisitorArrival : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int VisitId { get; set; }
    public Visit? Visit { get; set; }
    public int VisitVisitorId { get; set; }
    public VisitVisitor? VisitVisitor { get; set; }
    public int ContactId { get; set; }
    public DateTimeOffset? ArrivedAt { get; set; }
    public IdEvidence IdEvidence { get; set; }
    /// <summary>The rule applied, in words, as decided at the gate ("Under 16 and with an adult: no ID needed").</summary>
    public string IdRule { get; set; } = "";
    public bool IdAccepted { get; set; }
    public bool Refused { get; set; }
    public RefusalReason? RefusalReason { get; set; }
    public string RefusalDetail { get; set; } = "";
    public string FamilyTold { get; set; } = "";
    /// <summary>Null until the visit's outcome is recorded.</summary>
    public bool? Attended { get; set; }

    int? IAuditSubject.AuditPrisonerId => null;
    int? IAuditSubject.AuditContactId => ContactId;
}
