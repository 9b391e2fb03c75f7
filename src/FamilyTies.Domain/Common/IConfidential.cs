namespace FamilyTies.Domain.Common;

/// <summary>
/// Rows whose content only some roles may read (safer custody). The audit trail records that they were created or
/// changed, and which fields, but never their values, so the audit log cannot become a way round the restriction.
/// </summary>
public interface IConfidential;
