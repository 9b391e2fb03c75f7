using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>What happened to a booked visit (issue 13 §4). No outcome after the visit's end is "unresolved", never attended.</summary>
public enum VisitOutcome { Completed, VisitorDidNotArrive, PrisonerRefused, TurnedAway, TerminatedByStaff }

/// <summary>
/// The visit day's record of one booked visit: its table, when the prisoner arrived, notes for officers and the
/// outcome. One row per visit, made when the day's first fact is recorded; a correction keeps its reason (the audit
/// log keeps the old values).
/// </summary>
public class VisitAttendance : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int VisitId { get; set; }
    public Visit? Visit { get; set; }
    public int PrisonerId { get; set; }
    public DateOnly Date { get; set; }
    public int? HallTableId { get; set; }
    public HallTable? HallTable { get; set; }
    public DateTimeOffset? PrisonerArrivedAt { get; set; }
    public string OfficerNotes { get; set; } = "";
    public VisitOutcome? Outcome { get; set; }
    /// <summary>Why staff ended the visit, or why the family was turned away.</summary>
    public string OutcomeReason { get; set; } = "";
    public DateTimeOffset? OutcomeAt { get; set; }
    public string CorrectionReason { get; set; } = "";
    /// <summary>The Help with Prison Visits claim form was stamped at this visit.</summary>
    public DateTimeOffset? HpvClaimStampedAt { get; set; }

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
