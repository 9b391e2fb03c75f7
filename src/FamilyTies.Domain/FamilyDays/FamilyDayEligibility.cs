using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

/// <summary>A family member as the eligibility rules see them.</summary>
public sealed record GuestFacts(string Name, Relationship Relationship, int? Age, bool ApprovedVisitor);

/// <summary>Why an application is refused, keyed by the form field it concerns.</summary>
public sealed record EligibilityRefusal(string Field, string Message);

/// <summary>
/// The family day's eligibility rules for one prisoner and the family members they ask to bring: the cohort, the
/// incentive level, no proven adjudication within the months set, approved visitors only, and adult children or
/// extended family only when the day allows them.
/// </summary>
public static class FamilyDayEligibility
{
    private static readonly Relationship[] Children = [Relationship.Son, Relationship.Daughter, Relationship.StepChild];

    private static readonly Relationship[] Immediate =
    [
        Relationship.Wife, Relationship.Husband, Relationship.Partner, Relationship.Mother, Relationship.Father,
        Relationship.StepParent, Relationship.FosterCarer, Relationship.Carer, Relationship.Guardian,
    ];

    public enum Kin { Immediate, Child, AdultChild, Extended }

    public static Kin KinOf(Relationship relationship, int? age, int adultAge) =>
        Children.Contains(relationship) ? (age is { } a && a < adultAge ? Kin.Child : Kin.AdultChild)
        : Immediate.Contains(relationship) ? Kin.Immediate
        : relationship == Relationship.Grandchild && age is { } g && g < adultAge ? Kin.Child
        : Kin.Extended;

    public static IReadOnlyList<EligibilityRefusal> Decide(FamilyDay day, Prisoner prisoner, IReadOnlyList<GuestFacts> guests, int adultAge)
    {
        var refusals = new List<EligibilityRefusal>();
        var cohortOk = day.Cohort switch
        {
            FamilyDayCohort.ParentsOfChildrenUnder18 => prisoner.ChildrenUnder18 > 0,
            FamilyDayCohort.CareExperienced => prisoner.CareExperienced,
            FamilyDayCohort.ForeignNationals => Cohorts.IsForeignNational(prisoner),
            _ => true,
        };
        if (!cohortOk)
        {
            refusals.Add(new("PrisonNumber", $"{prisoner.FullName} is not in the day's group: {FamilyDay.Describe(day.Cohort).ToLowerInvariant()}"));
        }
        if (!day.IncentiveEligible(prisoner.IncentiveLevel))
        {
            refusals.Add(new("PrisonNumber", $"{prisoner.FullName} is on {prisoner.IncentiveLevel.ToString().ToLowerInvariant()}, which this day does not admit"));
        }
        if (day.NoProvenAdjudicationMonths is { } months && prisoner.LastProvenAdjudication is { } last && last > day.Date.AddMonths(-months))
        {
            refusals.Add(new("PrisonNumber", $"{prisoner.FullName} had a proven adjudication within {months} months of the day"));
        }
        if (guests.Count == 0)
        {
            refusals.Add(new("ContactIds", "Select the family members to invite"));
        }
        foreach (var g in guests)
        {
            if (!g.ApprovedVisitor)
            {
                refusals.Add(new("ContactIds", $"{g.Name} is not an approved visitor"));
                continue;
            }
            var kin = KinOf(g.Relationship, g.Age, adultAge);
            if (kin == Kin.AdultChild && !day.AdultChildrenAllowed)
            {
                refusals.Add(new("ContactIds", $"{g.Name} is an adult child, and this day does not admit adult children"));
            }
            else if (kin == Kin.Extended && !day.ExtendedFamilyAllowed)
            {
                refusals.Add(new("ContactIds", $"{g.Name} is extended family, and this day does not admit extended family"));
            }
        }
        return refusals;
    }
}
