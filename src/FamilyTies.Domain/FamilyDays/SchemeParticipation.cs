using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

public enum ParticipationStatus { Started, Completed, Left }

/// <summary>A prisoner's part in a scheme: started, completed or left.</summary>
public class SchemeParticipation : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int SchemeId { get; set; }
    public Scheme? Scheme { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public DateOnly StartDate { get; set; }
    public ParticipationStatus Status { get; set; } = ParticipationStatus.Started;
    public DateOnly? EndDate { get; set; }

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;

    /// <summary>Taking part at some time in the period: started by its end and not ended before its start.</summary>
    public bool ActiveIn(DateOnly first, DateOnly last) => StartDate <= last && (EndDate is null || EndDate >= first);
}
