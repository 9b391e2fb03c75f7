using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

public enum VisitingOrderEntryType
{
    Allocation, UsedForVisit, RefundedOnCancellation, Accumulation, ExchangedForPhoneCredit, ExchangedForLetter,
    ForeignNationalSubstitution, ManualAdjustment,
}

/// <summary>One line of a prisoner's visiting-order ledger. The balance is the running sum; nothing is edited or deleted.</summary>
public class VisitingOrderEntry : IEstablishmentOwned, IAuditSubject
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public VisitingOrderEntryType Type { get; set; }
    /// <summary>Orders added (positive) or taken (negative).</summary>
    public int Change { get; set; }
    public int BalanceAfter { get; set; }
    /// <summary>For allocations, the month allocated (yyyy-MM): allocation is once per prisoner per period.</summary>
    public string? Period { get; set; }
    public int? VisitId { get; set; }
    public Visit? Visit { get; set; }
    public string Reason { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
