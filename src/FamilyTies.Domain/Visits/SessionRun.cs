using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>Why a session started late (issue 13 §3).</summary>
public enum DelayCause { RollCheck, NoEscortStaff, SearchQueue, IdProblems, IT, Other }

/// <summary>
/// How one dated session really ran: its scheduled start and end (copied from the session when the run is first
/// recorded) and the actual times. A start more than <see cref="VisitDayRules.LateAfterMinutes"/> minutes late needs a
/// delay cause.
/// </summary>
public class SessionRun : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int SessionSlotId { get; set; }
    public SessionSlot? SessionSlot { get; set; }
    public DateOnly Date { get; set; }
    public DateTimeOffset ScheduledStart { get; set; }
    public DateTimeOffset ScheduledEnd { get; set; }
    public DateTimeOffset? HallOpenedAt { get; set; }
    public DateTimeOffset? PrisonersUnlockedAt { get; set; }
    public DateTimeOffset? FirstPrisonerInHallAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DelayCause? DelayCause { get; set; }
    public string DelayDetail { get; set; } = "";

    public int? MinutesLate => StartedAt is { } s ? VisitDayRules.MinutesLate(ScheduledStart, s) : null;

    public int? MinutesLostPerFamily => StartedAt is { } s ? VisitDayRules.MinutesLost(ScheduledStart, ScheduledEnd, s, EndedAt) : null;
}
