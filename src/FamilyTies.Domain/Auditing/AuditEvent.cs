namespace FamilyTies.Domain.Auditing;

/// <summary>
/// One recorded change or sensitive read. Written by the audit interceptor for every insert, update and
/// delete, and explicitly by handlers for state changes (booked, cancelled, escalated) and audited reads.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? UserId { get; set; }
    public int? EstablishmentId { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>Created, Updated, Deleted, Read, or a named state change such as Booked.</summary>
    public string Action { get; set; } = "";
    /// <summary>JSON object of changed fields: {"Field": {"old": ..., "new": ...}}.</summary>
    public string? Changes { get; set; }
    public string? CorrelationId { get; set; }
    /// <summary>The prisoner the change is about, when there is one (for searching the log by person).</summary>
    public int? PrisonerId { get; set; }
    /// <summary>The contact the change is about, when there is one.</summary>
    public int? ContactId { get; set; }
}
