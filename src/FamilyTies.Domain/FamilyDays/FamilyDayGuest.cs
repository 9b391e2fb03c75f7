using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

/// <summary>A family member invited with an application: their age on the day, whether they came, and a book given to a child.</summary>
public class FamilyDayGuest : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int FamilyDayApplicationId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public Relationship Relationship { get; set; }
    public int? AgeOnDay { get; set; }
    public bool Child { get; set; }
    public bool? Attended { get; set; }
    /// <summary>The book given to a child on the day; empty when none.</summary>
    public string BookTitle { get; set; } = "";
}
