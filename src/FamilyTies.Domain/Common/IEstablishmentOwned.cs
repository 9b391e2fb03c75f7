namespace FamilyTies.Domain.Common;

/// <summary>
/// Marks data that belongs to one establishment. The data layer filters every query on it by the signed-in
/// user's current establishment and stamps it on insert, so no controller filters by hand.
/// </summary>
public interface IEstablishmentOwned
{
    int EstablishmentId { get; set; }
}
