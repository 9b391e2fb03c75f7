using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

public class VisitVisitor
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    /// <summary>Age on the day of the visit, so books can be chosen by age.</summary>
    public int? AgeOnVisit { get; set; }
    public bool Child { get; set; }
}
