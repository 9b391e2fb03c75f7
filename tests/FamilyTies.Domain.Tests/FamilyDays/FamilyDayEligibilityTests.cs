using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Tests.FamilyDays;

/// <summary>Each eligibility rule of a family day, allowed and refused, and the public protection check for children.</summary>
public sealed class FamilyDayEligibilityTests
{
    private static readonly DateOnly Day = new(2026, 8, 15);

    private static FamilyDay NewDay(Action<FamilyDay>? change = null)
    {
        var day = new FamilyDay { Title = "Summer", Date = Day, StartTime = new(10, 0), EndTime = new(15, 0), CapacityFamilies = 10, CapacityPeople = 30 };
        change?.Invoke(day);
        return day;
    }

    private static Prisoner NewPrisoner(Action<Prisoner>? change = null)
    {
        var p = new Prisoner { Id = 1, FirstName = "Tobias", LastName = "Rule", IncentiveLevel = IncentiveLevel.Standard, Nationality = "British", ChildrenUnder18 = 1 };
        change?.Invoke(p);
        return p;
    }

    private static readonly GuestFacts Partner = new("Pat Partner", Relationship.Partner, 35, true);
    private static readonly GuestFacts Child = new("Cara Child", Relationship.Daughter, 7, true);
    private static readonly GuestFacts AdultSon = new("Adam Adult", Relationship.Son, 22, true);
    private static readonly GuestFacts Sister = new("Sue Sister", Relationship.Sister, 40, true);

    private static IReadOnlyList<EligibilityRefusal> Decide(FamilyDay day, Prisoner prisoner, params GuestFacts[] guests) =>
        FamilyDayEligibility.Decide(day, prisoner, guests, 18);

    [Fact]
    public void A_prisoner_on_an_admitted_level_with_partner_and_child_is_allowed() =>
        Assert.Empty(Decide(NewDay(), NewPrisoner(), Partner, Child));

    [Fact]
    public void An_incentive_level_the_day_does_not_admit_is_refused()
    {
        var day = NewDay(d => d.BasicEligible = false);
        Assert.Contains(Decide(day, NewPrisoner(p => p.IncentiveLevel = IncentiveLevel.Basic), Partner), r => r.Message.Contains("basic"));
        Assert.Empty(Decide(day, NewPrisoner(p => p.IncentiveLevel = IncentiveLevel.Enhanced), Partner));
    }

    [Fact]
    public void A_proven_adjudication_within_the_months_is_refused_and_one_before_is_allowed()
    {
        var day = NewDay(d => d.NoProvenAdjudicationMonths = 3);
        Assert.Contains(Decide(day, NewPrisoner(p => p.LastProvenAdjudication = Day.AddMonths(-3).AddDays(1)), Partner), r => r.Message.Contains("adjudication"));
        Assert.Empty(Decide(day, NewPrisoner(p => p.LastProvenAdjudication = Day.AddMonths(-3)), Partner));
        Assert.Empty(Decide(NewDay(), NewPrisoner(p => p.LastProvenAdjudication = Day.AddDays(-1)), Partner));
    }

    [Fact]
    public void A_cohort_day_refuses_prisoners_outside_it()
    {
        var day = NewDay(d => d.Cohort = FamilyDayCohort.ParentsOfChildrenUnder18);
        Assert.Contains(Decide(day, NewPrisoner(p => p.ChildrenUnder18 = 0), Partner), r => r.Message.Contains("not in the day's group"));
        Assert.Empty(Decide(day, NewPrisoner(), Partner));
        var care = NewDay(d => d.Cohort = FamilyDayCohort.CareExperienced);
        Assert.NotEmpty(Decide(care, NewPrisoner(), Partner));
        Assert.Empty(Decide(care, NewPrisoner(p => p.CareExperienced = true), Partner));
    }

    [Fact]
    public void Adult_children_come_only_when_the_day_allows_them()
    {
        Assert.Contains(Decide(NewDay(), NewPrisoner(), AdultSon), r => r.Message.Contains("adult child"));
        Assert.Empty(Decide(NewDay(d => d.AdultChildrenAllowed = true), NewPrisoner(), AdultSon));
    }

    [Fact]
    public void Extended_family_come_only_when_the_day_allows_them()
    {
        Assert.Contains(Decide(NewDay(), NewPrisoner(), Sister), r => r.Message.Contains("extended family"));
        Assert.Empty(Decide(NewDay(d => d.ExtendedFamilyAllowed = true), NewPrisoner(), Sister));
    }

    [Fact]
    public void Only_approved_visitors_and_at_least_one_member_are_allowed()
    {
        Assert.Contains(Decide(NewDay(), NewPrisoner(), Partner with { ApprovedVisitor = false }), r => r.Message.Contains("not an approved visitor"));
        Assert.Contains(Decide(NewDay(), NewPrisoner()), r => r.Field == "ContactIds");
    }

    [Fact]
    public void The_child_check_is_needed_under_a_child_contact_restriction_and_refuses_unless_public_protection_approved()
    {
        var restriction = new Restriction { Type = RestrictionType.ChildContact, PrisonerId = 1, StartDate = Day.AddYears(-1) };
        var approved = new InvitedChild("Cara", 10, 20, ChildContactApproved: true);
        var notApproved = new InvitedChild("Cody", 11, 21, ChildContactApproved: false);
        Assert.False(ChildContactCheck.Needed([notApproved], 1, [], Day));
        Assert.True(ChildContactCheck.Needed([notApproved], 1, [restriction], Day));
        Assert.Empty(ChildContactCheck.Refused([approved], 1, [restriction], Day));
        Assert.Equal("Cody", Assert.Single(ChildContactCheck.Refused([approved, notApproved], 1, [restriction], Day)).Name);
        var ended = new Restriction { Type = RestrictionType.ChildContact, PrisonerId = 1, StartDate = Day.AddYears(-1), ExpiryDate = Day.AddDays(-1) };
        Assert.False(ChildContactCheck.Needed([notApproved], 1, [ended], Day));
        var onTheLink = new Restriction { Type = RestrictionType.ChildContact, PrisonerContactId = 11, StartDate = Day.AddYears(-1) };
        Assert.Single(ChildContactCheck.Refused([approved, notApproved], 1, [onTheLink], Day));
    }

    [Fact]
    public void Forum_actions_are_overdue_after_their_due_date_until_done()
    {
        var action = new ForumAction { DueDate = Day, Status = ForumActionStatus.Open };
        Assert.False(action.IsOverdue(Day));
        Assert.True(action.IsOverdue(Day.AddDays(1)));
        action.Status = ForumActionStatus.Done;
        action.DoneOn = Day.AddDays(5);
        Assert.True(action.IsOverdue(Day.AddDays(3)));
        Assert.False(action.IsOverdue(Day.AddDays(5)));
        Assert.Equal(new DateOnly(2026, 11, 15), Forum.NextDue(Day, 3, Day));
    }
}
