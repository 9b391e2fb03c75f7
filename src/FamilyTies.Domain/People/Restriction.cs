using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.People;

public enum RestrictionType
{
    /// <summary>Banned from visiting, from a start date to an expiry date.</summary>
    Ban,
    /// <summary>Visits must be closed (no physical contact, in the closed-visit area).</summary>
    Closed,
    /// <summary>Public protection: children only with PPU approval / supervised.</summary>
    ChildContact,
    /// <summary>No contact: victim, harassment or restraining order.</summary>
    NonContact,
}

/// <summary>
/// A restriction set by security on a contact, a prisoner, or one prisoner–contact link. Never deleted: ending one
/// early records who ended it, when and why, and the history stays.
/// </summary>
public class Restriction : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public RestrictionType Type { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int? PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public int? PrisonerContactId { get; set; }
    public PrisonerContact? PrisonerContact { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedBy { get; set; }
    public string EndedReason { get; set; } = "";

    int? IAuditSubject.AuditPrisonerId => PrisonerId ?? PrisonerContact?.PrisonerId;
    int? IAuditSubject.AuditContactId => ContactId ?? PrisonerContact?.ContactId;

    /// <summary>In force on a date: started, not expired, not ended early.</summary>
    public bool IsActiveOn(DateOnly date) =>
        EndedAt is null && StartDate <= date && (ExpiryDate is null || ExpiryDate >= date);

    /// <summary>In force at any time in a period (for a visit date, a single day).</summary>
    public bool Covers(DateOnly date) => IsActiveOn(date);

    public static string Describe(RestrictionType type) => type switch
    {
        RestrictionType.Ban => "Banned",
        RestrictionType.Closed => "Closed visits",
        RestrictionType.ChildContact => "Child contact",
        RestrictionType.NonContact => "Non-contact",
        _ => type.ToString(),
    };
}
