namespace FamilyTies.Domain.Common;

/// <summary>
/// One create form sent once. Each create form carries a one-time key (a random GUID in a hidden field); the row that
/// form creates and this row are saved in the same transaction, and the key is unique per establishment, user and kind
/// of record, so sending the same form again (a double click, a resubmitted page, twenty requests at once) finds the
/// first record instead of creating another (docs/decisions/0014-audit-logging-and-submissions.md).
/// </summary>
public class FormSubmission : IEstablishmentOwned
{
    public long Id { get; set; }
    public int EstablishmentId { get; set; }
    public string UserId { get; set; } = "";
    public Guid Key { get; set; }
    /// <summary>The kind of record the form creates, e.g. SaferCustodyContact.</summary>
    public string EntityType { get; set; } = "";
    /// <summary>The record created; set in the same transaction as the claim, so never seen empty once committed.</summary>
    public int? EntityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
