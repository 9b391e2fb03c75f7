namespace FamilyTies.Domain.Common;

/// <summary>Who created and last changed a row, and when (UTC). Stamped by the audit interceptor.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset? UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

public abstract class AuditedEntity : IAudited
{
    public int Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
