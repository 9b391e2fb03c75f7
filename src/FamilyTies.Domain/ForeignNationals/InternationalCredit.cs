using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.ForeignNationals;

public enum CreditEntryKind { Granted, Used }

/// <summary>International phone credit granted to a prisoner (for example £5 a month when no social visits) or used.</summary>
public class InternationalCredit : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public CreditEntryKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
