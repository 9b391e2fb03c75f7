using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

/// <summary>A scheme or intervention (Storybook Dads, Raising Readers, a parenting course...), seeded or added by the establishment.</summary>
public class Scheme : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool Active { get; set; } = true;

    /// <summary>The schemes every establishment starts with.</summary>
    public static readonly IReadOnlyList<string> Seeded =
    [
        "Storybook Dads", "Raising Readers", "Parenting course", "Homework club", "Angel Tree", "Send a Selfie", "Within My Reach", "Coming Home",
    ];
}
