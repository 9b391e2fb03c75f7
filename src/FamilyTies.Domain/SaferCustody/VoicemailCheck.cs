using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>One check of the safer custody voicemail. Each message found becomes a contact.</summary>
public class VoicemailCheck : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
    public int MessagesFound { get; set; }
}
