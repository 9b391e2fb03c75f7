using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.People;

/// <summary>Two prisoners who must not be in the visits hall at the same session.</summary>
public class NonAssociation : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerAId { get; set; }
    public Prisoner? PrisonerA { get; set; }
    public int PrisonerBId { get; set; }
    public Prisoner? PrisonerB { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedBy { get; set; }
    public string EndedReason { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerAId;
    int? IAuditSubject.AuditContactId => null;

    public bool IsActiveOn(DateOnly date) => EndedAt is null && StartDate <= date && (EndDate is null || EndDate >= date);

    public bool Involves(int prisonerId) => PrisonerAId == prisonerId || PrisonerBId == prisonerId;

    public int OtherThan(int prisonerId) => PrisonerAId == prisonerId ? PrisonerBId : PrisonerAId;
}
