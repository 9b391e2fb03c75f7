using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.ForeignNationals;

public enum InterpreterFor { Visit, Call }

public enum InterpreterOutcome { Pending, Met, NotMet }

/// <summary>An interpreter asked for a visit or a call, for a date, and whether the request was met.</summary>
public class InterpreterRequest : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public InterpreterFor For { get; set; }
    public string Language { get; set; } = "";
    /// <summary>The date of the visit or call the interpreter was asked for.</summary>
    public DateOnly NeededOn { get; set; }
    public InterpreterOutcome Outcome { get; set; }

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
