using System.Text.Json;
using FamilyTies.Data;
using FamilyTies.Domain.Auditing;

namespace FamilyTies.Web.Areas.SaferCustody.Shared;

/// <summary>The safer custody pathway's explicit audit events: audited reads and named state changes.</summary>
public static class SaferCustodyAudit
{
    public const string Read = "Read";

    /// <summary>
    /// One Read event for each record a page shows (a contact's caller or content, a case's family involvement), saved
    /// at once: an audited read, like the contact page's, whichever page it happens on.
    /// </summary>
    public static async Task Reads(FamilyTiesDbContext db, string entityType, IEnumerable<int> ids)
    {
        var any = false;
        foreach (var id in ids.Distinct())
        {
            Add(db, entityType, id, Read);
            any = true;
        }
        if (any)
        {
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// The fields a named state change set, with their values hidden as the interceptor hides a confidential row's
    /// ("(set)"): the values stay in the record itself.
    /// </summary>
    public static Dictionary<string, object> Hidden(params string[] fields) =>
        fields.ToDictionary(f => f, _ => (object)new { @new = "(set)" });

    /// <summary>
    /// An explicit audit event: a named state change (Escalated, Closed) or a read of safer custody details. It names the
    /// record only; what was read or said stays in the record itself.
    /// </summary>
    public static void Add(FamilyTiesDbContext db, string entityType, int entityId, string action, object? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = db.Clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            EstablishmentId = db.CurrentEstablishmentId,
            EntityType = entityType,
            EntityId = entityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = action,
            Changes = details is null ? null : JsonSerializer.Serialize(details),
            CorrelationId = db.CurrentUser.CorrelationId,
        });
}
