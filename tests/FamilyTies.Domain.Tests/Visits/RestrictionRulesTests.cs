using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using static FamilyTies.Domain.Tests.Visits.BookingTestData;

namespace FamilyTies.Domain.Tests.Visits;

/// <summary>
/// Every restriction type the Security form allows (ban, closed, child contact, non-contact), on each thing it can be
/// set on (a contact, one prisoner–contact link, the prisoner), as the booking rules enforce it.
/// </summary>
public sealed class RestrictionRulesTests
{
    public enum Target { Contact, Link, Prisoner }

    private sealed record Person(Contact Contact, PrisonerContact Link);

    private static Person NewPerson(string firstName, int age, bool childApproved = false)
    {
        var (contact, link) = VisitorAged(age, firstName, "Visitor", childApproved: childApproved);
        return new Person(contact, link);
    }

    /// <summary>A restriction as the Security form saves it: on a contact, on a link, or on the prisoner.</summary>
    private static Restriction On(Target target, RestrictionType type, Person person, DateOnly? expiry = null, DateOnly? start = null) => new()
    {
        Type = type,
        ContactId = target == Target.Contact ? person.Contact.Id : null,
        PrisonerContactId = target == Target.Link ? person.Link.Id : null,
        PrisonerId = target == Target.Prisoner ? PrisonerId : null,
        StartDate = start ?? Today.AddDays(-10),
        ExpiryDate = expiry,
        Reason = "Test",
    };

    /// <summary>The context the loader builds: the visitor's own restrictions (contact and link), and the prisoner's.</summary>
    private static BookingContext Context(IReadOnlyList<Restriction> restrictions, params Person[] people) => new(
        Littlehey, Prisoner(), Session(), Tuesday,
        people.Select(p => new BookingVisitor(p.Contact, p.Link,
            restrictions.Where(r => r.ContactId == p.Contact.Id || r.PrisonerContactId == p.Link.Id).ToList())).ToList(),
        restrictions.Where(r => r.PrisonerId == PrisonerId).ToList(), [], 0, 0, [], [],
        VisitingOrderBalance: 2, SpendsVisitingOrder: true, Today, IsVisitsManager: false, OverbookReason: null, VisitingOrderOverrideReason: null);

    private static Refusal Refused(BookingContext context, BookingRule rule)
    {
        var decision = BookingRules.Decide(context);
        Assert.False(decision.Allowed, "the booking was allowed");
        return Assert.Single(decision.Refusals, r => r.Rule == rule);
    }

    private static BookingDecision Allowed(BookingContext context)
    {
        var decision = BookingRules.Decide(context);
        Assert.True(decision.Allowed, string.Join("; ", decision.Refusals.Select(r => r.Message)));
        return decision;
    }

    [Theory]
    [InlineData(Target.Contact, BookingRule.VisitorBanned, "Ada Visitor is banned from visiting until 11 December 2026")]
    [InlineData(Target.Link, BookingRule.VisitorBanned, "Ada Visitor is banned from visiting Tomasz Nowacki until 11 December 2026")]
    [InlineData(Target.Prisoner, BookingRule.PrisonerBanned, "Tomasz Nowacki is banned from having visits until 11 December 2026")]
    public void A_ban_covering_the_date_is_refused_on_every_target(Target target, BookingRule rule, string message)
    {
        var ada = NewPerson("Ada", 40);
        Assert.Equal(message, Refused(Context([On(target, RestrictionType.Ban, ada, Tuesday.AddDays(10))], ada), rule).Message);
    }

    [Theory]
    [InlineData(Target.Contact, "Ada Visitor has a non-contact restriction with Tomasz Nowacki")]
    [InlineData(Target.Link, "Ada Visitor has a non-contact restriction with Tomasz Nowacki")]
    [InlineData(Target.Prisoner, "Tomasz Nowacki has a non-contact restriction: no visits can be booked while it is in force")]
    public void A_non_contact_restriction_covering_the_date_is_refused_on_every_target(Target target, string message)
    {
        var ada = NewPerson("Ada", 40);
        Assert.Equal(message, Refused(Context([On(target, RestrictionType.NonContact, ada)], ada), BookingRule.NonContact).Message);
    }

    [Theory]
    [InlineData(Target.Contact)]
    [InlineData(Target.Link)]
    [InlineData(Target.Prisoner)]
    public void A_closed_restriction_makes_the_visit_closed_on_every_target_and_a_full_closed_area_refuses_it(Target target)
    {
        var ada = NewPerson("Ada", 40);
        var context = Context([On(target, RestrictionType.Closed, ada)], ada);
        Assert.True(Allowed(context).Closed);
        var full = context with { BookedClosed = 1 };
        Assert.Equal("The session is full: all 1 closed tables are booked. Only a visits manager can overbook", Refused(full, BookingRule.Capacity).Message);
    }

    [Theory]
    [InlineData(Target.Contact, "Ada Visitor")]
    [InlineData(Target.Link, "Ada Visitor")]
    [InlineData(Target.Prisoner, "Tomasz Nowacki")]
    public void A_child_contact_restriction_on_an_adult_visitor_or_the_prisoner_stops_unapproved_children(Target target, string restricted)
    {
        var ada = NewPerson("Ada", 40);
        var child = NewPerson("Billy", 8);
        var restriction = On(target, RestrictionType.ChildContact, ada);
        Assert.Equal($"Billy Visitor is a child and {restricted} has a child-contact restriction: public protection has not approved this child's contact",
            Refused(Context([restriction], ada, child), BookingRule.ChildContact).Message);
        Allowed(Context([restriction], ada, NewPerson("Cara", 8, childApproved: true)));
        Allowed(Context([restriction], ada));
    }

    [Theory]
    [InlineData(Target.Contact)]
    [InlineData(Target.Link)]
    public void A_child_contact_restriction_on_the_child_stops_that_child_unless_approved(Target target)
    {
        var ada = NewPerson("Ada", 40);
        var child = NewPerson("Billy", 8);
        Assert.Equal("Billy Visitor has a child-contact restriction: public protection has not approved this child's contact",
            Refused(Context([On(target, RestrictionType.ChildContact, child)], ada, child), BookingRule.ChildContact).Message);
        var approved = NewPerson("Cara", 8, childApproved: true);
        Allowed(Context([On(target, RestrictionType.ChildContact, approved)], ada, approved));
    }

    public static TheoryData<Target, RestrictionType> EveryTypeOnEveryTarget()
    {
        var data = new TheoryData<Target, RestrictionType>();
        foreach (var target in Enum.GetValues<Target>())
        {
            foreach (var type in Enum.GetValues<RestrictionType>())
            {
                data.Add(target, type);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypeOnEveryTarget))]
    public void A_restriction_that_does_not_cover_the_date_changes_nothing(Target target, RestrictionType type)
    {
        var ada = NewPerson("Ada", 40);
        var child = NewPerson("Billy", 8);
        var expired = On(target, type, ada, expiry: Tuesday.AddDays(-1));
        var notYet = On(target, type, ada, start: Tuesday.AddDays(1), expiry: Tuesday.AddDays(30));
        var ended = On(target, type, ada, expiry: Tuesday.AddDays(30));
        ended.EndedAt = DateTimeOffset.UtcNow;
        foreach (var restriction in new[] { expired, notYet, ended })
        {
            Assert.False(Allowed(Context([restriction], ada, child)).Closed);
        }
    }

    [Theory]
    [MemberData(nameof(EveryTypeOnEveryTarget))]
    public void Every_restriction_type_on_every_target_changes_the_decision(Target target, RestrictionType type)
    {
        var ada = NewPerson("Ada", 40);
        var child = NewPerson("Billy", 8);
        var decision = BookingRules.Decide(Context([On(target, type, ada, Tuesday.AddDays(10))], ada, child));
        Assert.True(!decision.Allowed || decision.Closed, $"{type} on the {target} changed nothing");
    }
}
