using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.ForeignNationals;

public enum NightCallDecision { Requested, Granted, Refused }

/// <summary>
/// A request to call family abroad outside the prison's phone hours: recorded when it is made (when, by whom, why),
/// then decided once, granted or refused (with the reason), by the member of staff signed in and on the day they
/// decide (<see cref="Decide"/>).
/// </summary>
public class NightCallOverride : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int FamilyAbroadId { get; set; }
    public FamilyAbroad? FamilyAbroad { get; set; }
    public DateOnly RequestedOn { get; set; }
    /// <summary>Who asked for it: the prisoner, a family member, a member of staff on their behalf (name and role).</summary>
    public string RequestedBy { get; set; } = "";
    public string Reason { get; set; } = "";
    public NightCallDecision Decision { get; set; }
    /// <summary>The member of staff who granted or refused it (a user id), null while requested.</summary>
    public string? DecidedByUserId { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>Why it was refused, told to the prisoner; empty unless refused.</summary>
    public string RefusalReason { get; set; } = "";
    /// <summary>Concurrency token: two people deciding the same request at once cannot both succeed.</summary>
    public int Version { get; set; }

    /// <summary>
    /// Grants or refuses a request still waiting for a decision; returns the refusal (and changes nothing) when it has
    /// been decided already or the decision is not granted or refused.
    /// </summary>
    public string? Decide(NightCallDecision decision, string? refusalReason, string? userId, DateOnly today)
    {
        if (Decision != NightCallDecision.Requested)
        {
            return $"This request was already {(Decision == NightCallDecision.Granted ? "granted" : "refused")} on {(DecidedOn is { } d ? LondonTime.FormatDate(d) : "an earlier day")}. A decided request cannot be decided again";
        }
        if (decision == NightCallDecision.Requested)
        {
            return "Select whether the request is granted or refused";
        }
        if (decision == NightCallDecision.Refused && string.IsNullOrWhiteSpace(refusalReason))
        {
            return "Enter why the request is refused";
        }
        Decision = decision;
        DecidedByUserId = userId;
        DecidedOn = today;
        RefusalReason = decision == NightCallDecision.Refused ? refusalReason!.Trim() : "";
        Version++;
        return null;
    }
}
