using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

public enum VisitStatus { Booked, Cancelled }

public enum RequestMethod { Phone, Email, InPerson, Online, ByPrisoner }

public enum CancellationReason { VisitorCancelled, PrisonerCancelled, EstablishmentCancelled, AdministrativeError, DetailsChanged }

public enum NeedsReviewReason { PrisonerReleased, PrisonerTransferred, NewRestriction, Blocked, NonAssociation, VisitorNoLongerApproved }

/// <summary>A booked social visit (or video call) for one prisoner in one session.</summary>
public class Visit : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    /// <summary>Short, unique, quotable: 8 characters from an alphabet with no look-alikes.</summary>
    public string Reference { get; set; } = "";
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public int SessionSlotId { get; set; }
    public SessionSlot? SessionSlot { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public bool Closed { get; set; }
    public VisitStatus Status { get; set; } = VisitStatus.Booked;
    public int? MainContactId { get; set; }
    public Contact? MainContact { get; set; }
    public string MainContactPhone { get; set; } = "";
    public RequestMethod RequestMethod { get; set; }

    // Additional support, structured (SPEC.md).
    public string InterpreterLanguage { get; set; } = "";
    public bool WheelchairAccess { get; set; }
    public bool HearingLoop { get; set; }
    public bool StairLift { get; set; }
    public bool QuietArea { get; set; }
    public bool FirstVisit { get; set; }
    public bool NewBaby { get; set; }
    public bool PhotoRequest { get; set; }
    public string OtherSupport { get; set; } = "";

    public string OverbookReason { get; set; } = "";
    public string VisitingOrderOverrideReason { get; set; } = "";
    /// <summary>True when a visiting order was spent on this visit (and is refunded on cancellation).</summary>
    public bool UsedVisitingOrder { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
    public CancellationReason? CancellationReason { get; set; }
    public string CancellationDetail { get; set; } = "";

    public bool NeedsReview { get; set; }
    public NeedsReviewReason? NeedsReviewReason { get; set; }
    public string NeedsReviewDetail { get; set; } = "";

    public List<VisitVisitor> Visitors { get; set; } = [];
    public List<VisitEvent> Events { get; set; } = [];

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => MainContactId;
}
