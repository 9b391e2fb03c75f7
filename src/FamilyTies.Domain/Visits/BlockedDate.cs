using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Visits;

/// <summary>A blocked date (whole day) or a blocked session on a date, with the reason.</summary>
public class BlockedDate : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>Null blocks every session that day.</summary>
    public int? SessionTemplateId { get; set; }
    public SessionTemplate? SessionTemplate { get; set; }
    public string Reason { get; set; } = "";
    public bool Removed { get; set; }

    public bool Blocks(int sessionTemplateId, DateOnly date) =>
        !Removed && Date == date && (SessionTemplateId is null || SessionTemplateId == sessionTemplateId);
}
