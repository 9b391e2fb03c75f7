using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.VideoCalls;

public enum VideoCallStatus { Booked, NeedsReview, Cancelled }

/// <summary>Inside the month's allowance, or a compassionate call (a funeral, arranged by the chaplaincy) outside it.</summary>
public enum VideoCallKind { Allowance, Compassionate }

/// <summary>What happened: delivered (in full or in part) or the call never took place.</summary>
public enum VideoCallOutcome { Delivered, NoShow, NotConnected }

public enum VideoCallEndedEarly { Network, MovementDetection, TerminatedByStaff, ParticipantLeft, NoShow }

/// <summary>A video call booked for a prisoner on one resource's session, and the record of what it delivered.</summary>
public class VideoCall : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public string Reference { get; set; } = "";
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public int VideoSlotId { get; set; }
    public VideoSlot? Slot { get; set; }
    public int VideoResourceId { get; set; }
    public VideoResource? Resource { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public VideoCallStatus Status { get; set; }
    public VideoCallKind Kind { get; set; }
    /// <summary>Who arranged a compassionate call ("Chaplaincy, Revd Ann Smith").</summary>
    public string ArrangedBy { get; set; } = "";
    public string ReviewReason { get; set; } = "";
    public List<VideoCallParticipant> Participants { get; set; } = [];

    // The record of the call (null until recorded: a call past its end with no record is unresolved).
    public VideoCallOutcome? Outcome { get; set; }
    public int? DeliveredMinutes { get; set; }
    public int StartedLateMinutes { get; set; }
    public VideoCallEndedEarly? EndedEarly { get; set; }
    public string EndedEarlyDetail { get; set; } = "";
    public bool Dropped { get; set; }
    public bool Buffering { get; set; }
    public bool FrozenVideo { get; set; }
    public bool NoAudio { get; set; }
    /// <summary>The family's rating, 1 (poor) to 5 (very good), if they gave one.</summary>
    public int? FamilyRating { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }

    public int BookedMinutes => (int)(EndTime - StartTime).TotalMinutes;

    public bool QualityProblem => Dropped || Buffering || FrozenVideo || NoAudio;

    /// <summary>Booked (or needing review), past its end and nothing recorded: never assumed delivered.</summary>
    public bool IsUnresolved(DateTimeOffset now) =>
        Status != VideoCallStatus.Cancelled && Outcome is null && LondonTime.ToInstant(Date, EndTime) <= now;

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}

/// <summary>One person on a call: the main caller (18 or over) or another approved visitor, and when they joined and left.</summary>
public class VideoCallParticipant
{
    public int Id { get; set; }
    public int VideoCallId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public bool MainCaller { get; set; }
    public TimeOnly? JoinedAt { get; set; }
    public TimeOnly? LeftAt { get; set; }
}
