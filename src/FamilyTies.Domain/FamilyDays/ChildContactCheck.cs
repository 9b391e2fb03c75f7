using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

/// <summary>A child invited to a family day, with the prisoner–contact link it comes through.</summary>
public sealed record InvitedChild(string Name, int PrisonerContactId, int ContactId, bool ChildContactApproved);

/// <summary>
/// The public protection check. It is needed when a child is invited and a child-contact restriction is in force on
/// the day (on the prisoner, on the child, or on their link). It can pass only for a child public protection has
/// approved on the link; otherwise it refuses.
/// </summary>
public static class ChildContactCheck
{
    public static bool Needed(IReadOnlyList<InvitedChild> children, int prisonerId, IEnumerable<Restriction> restrictions, DateOnly day) =>
        children.Any(c => Restricting(c, prisonerId, restrictions, day));

    /// <summary>The children for whom a pass would be refused: restricted and not approved by public protection.</summary>
    public static IReadOnlyList<InvitedChild> Refused(IReadOnlyList<InvitedChild> children, int prisonerId, IEnumerable<Restriction> restrictions, DateOnly day) =>
        children.Where(c => Restricting(c, prisonerId, restrictions, day) && !c.ChildContactApproved).ToList();

    private static bool Restricting(InvitedChild child, int prisonerId, IEnumerable<Restriction> restrictions, DateOnly day) =>
        restrictions.Any(r => r.Type == RestrictionType.ChildContact && r.IsActiveOn(day)
                              && (r.PrisonerId == prisonerId || r.ContactId == child.ContactId || r.PrisonerContactId == child.PrisonerContactId));
}
