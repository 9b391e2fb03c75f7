using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

public enum SchoolTermKind { Term, Holiday }

/// <summary>
/// One of the local authority's term or holiday date ranges, per establishment and school year. A holiday inside a
/// term (half term) wins over the term.
/// </summary>
public class SchoolTermDate : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    /// <summary>The year the school year starts in: 2025 for 2025 to 2026.</summary>
    public int SchoolYear { get; set; }
    public SchoolTermKind Kind { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    public bool Covers(DateOnly date) => StartDate <= date && date <= EndDate;
}
