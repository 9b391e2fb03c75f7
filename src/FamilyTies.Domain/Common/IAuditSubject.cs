namespace FamilyTies.Domain.Common;

/// <summary>The person (prisoner and/or contact) a row is about, so the audit log can be searched by person.</summary>
public interface IAuditSubject
{
    int? AuditPrisonerId { get; }
    int? AuditContactId { get; }
}
