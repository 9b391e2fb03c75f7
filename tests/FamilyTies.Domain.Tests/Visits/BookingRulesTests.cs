using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using static FamilyTies.Domain.Tests.Visits.BookingTestData;

namespace FamilyTies.Domain.Tests.Visits;

/// <summary>Each booking rule of SPEC.md, allowed and refused.</summary>
public sealed class BookingRulesTests
{
    private static BookingVisitor Visitor(int age, bool approved = true, bool childApproved = false, params Restriction[] restrictions)
    {
        var (contact, link) = VisitorAged(age, approved: approved, childApproved: childApproved);
        return new BookingVisitor(contact, link, restrictions);
    }

    private static Restriction Restrict(RestrictionType type, DateOnly? expiry = null) =>
        new() { Type = type, StartDate = Today.AddDays(-10), ExpiryDate = expiry };

    private static BookingContext Context(params BookingVisitor[] visitors) => new(
        Littlehey, Prisoner(), Session(), Tuesday, visitors.Length == 0 ? [Visitor(40)] : visitors, [], [], 0, 0, [], [],
        VisitingOrderBalance: 2, SpendsVisitingOrder: true, Today, IsVisitsManager: false, OverbookReason: null, VisitingOrderOverrideReason: null);

    private static void AssertAllowed(BookingContext context)
    {
        var decision = BookingRules.Decide(context);
        Assert.True(decision.Allowed, string.Join("; ", decision.Refusals.Select(r => r.Message)));
    }

    private static Refusal AssertRefused(BookingContext context, BookingRule rule)
    {
        var decision = BookingRules.Decide(context);
        Assert.False(decision.Allowed);
        return Assert.Single(decision.Refusals, r => r.Rule == rule);
    }

    [Fact]
    public void A_plain_booking_is_allowed() => AssertAllowed(Context());

    [Theory]
    [InlineData(PrisonerStatus.Released)]
    [InlineData(PrisonerStatus.Transferred)]
    [InlineData(PrisonerStatus.Left)]
    public void The_prisoner_must_be_active_here(PrisonerStatus status)
    {
        var context = Context();
        context.Prisoner.Status = status;
        Assert.Contains("is not an active prisoner at HMP Littlehey", AssertRefused(context, BookingRule.PrisonerActive).Message);
    }

    [Fact]
    public void A_blocked_date_or_session_is_refused_with_the_reason_but_another_session_s_block_is_not()
    {
        var blockedDay = Context() with { Blocks = [new BlockedDate { Date = Tuesday, Reason = "Staff training" }] };
        Assert.Equal("Visits on 1 December 2026 are blocked: Staff training", AssertRefused(blockedDay, BookingRule.SessionBlocked).Message);
        var blockedSession = Context() with { Blocks = [new BlockedDate { Date = Tuesday, SessionTemplateId = 5, Reason = "Search" }] };
        AssertRefused(blockedSession, BookingRule.SessionBlocked);
        AssertAllowed(Context() with { Blocks = [new BlockedDate { Date = Tuesday, SessionTemplateId = 6, Reason = "Other session" }] });
        AssertAllowed(Context() with { Blocks = [new BlockedDate { Date = Tuesday, Reason = "Lifted", Removed = true }] });
    }

    [Fact]
    public void The_session_must_run_on_the_date()
    {
        var wednesday = Context() with { Date = Tuesday.AddDays(1) };
        Assert.Contains("does not run on Wednesday 2 December 2026", AssertRefused(wednesday, BookingRule.SessionRuns).Message);
    }

    [Fact]
    public void Eligibility_by_location_and_incentive_level()
    {
        var enhancedOnly = Context();
        enhancedOnly.Session.IncentiveLevels = "Enhanced";
        Assert.Contains("it is for Enhanced prisoners", AssertRefused(enhancedOnly, BookingRule.Eligible).Message);
        var wing = Context();
        wing.Session.Locations = "H2, H3";
        AssertAllowed(wing);
        wing.Session.Locations = "H1";
        AssertRefused(wing, BookingRule.Eligible);
    }

    [Fact]
    public void Every_visitor_must_be_approved_for_this_prisoner()
    {
        var refusal = AssertRefused(Context(Visitor(40), Visitor(35, approved: false)), BookingRule.VisitorApproved);
        Assert.EndsWith("is not an approved visitor for Tomasz Nowacki", refusal.Message);
    }

    [Fact]
    public void A_ban_covering_the_date_is_refused_but_an_expired_or_ended_one_is_not()
    {
        var banned = Visitor(40, restrictions: Restrict(RestrictionType.Ban, Tuesday.AddDays(10)));
        Assert.EndsWith("is banned from visiting until 11 December 2026", AssertRefused(Context(banned), BookingRule.VisitorBanned).Message);
        AssertAllowed(Context(Visitor(40, restrictions: Restrict(RestrictionType.Ban, Tuesday.AddDays(-1)))));
        var ended = Restrict(RestrictionType.Ban, Tuesday.AddDays(10));
        ended.EndedAt = DateTimeOffset.UtcNow;
        AssertAllowed(Context(Visitor(40, restrictions: ended)));
    }

    [Fact]
    public void A_non_contact_restriction_is_refused() =>
        AssertRefused(Context(Visitor(40, restrictions: Restrict(RestrictionType.NonContact))), BookingRule.NonContact);

    [Fact]
    public void At_least_one_adult_must_come()
    {
        Assert.Equal("At least one visitor must be an adult (aged 18 or over)", AssertRefused(Context(Visitor(15), Visitor(9)), BookingRule.AtLeastOneAdult).Message);
        AssertAllowed(Context(Visitor(18), Visitor(9)));
    }

    [Fact]
    public void Adults_are_limited_by_the_establishment_setting()
    {
        Assert.Contains("No more than 3 adults", AssertRefused(Context(Visitor(40), Visitor(41), Visitor(42), Visitor(43)), BookingRule.MaxAdults).Message);
        AssertAllowed(Context(Visitor(40), Visitor(41), Visitor(42), Visitor(4)));
    }

    [Fact]
    public void Visitors_in_total_are_limited_by_the_establishment_setting()
    {
        Assert.Contains("No more than 4 visitors", AssertRefused(Context(Visitor(40), Visitor(4), Visitor(5), Visitor(6), Visitor(7)), BookingRule.MaxVisitors).Message);
        AssertAllowed(Context(Visitor(40), Visitor(4), Visitor(5), Visitor(6)));
    }

    [Fact]
    public void A_child_contact_restriction_blocks_children_unless_public_protection_approved()
    {
        var context = Context(Visitor(40), Visitor(8)) with { PrisonerRestrictions = [Restrict(RestrictionType.ChildContact)] };
        Assert.Contains("public protection has not approved", AssertRefused(context, BookingRule.ChildContact).Message);
        AssertAllowed(Context(Visitor(40), Visitor(8, childApproved: true)) with { PrisonerRestrictions = [Restrict(RestrictionType.ChildContact)] });
        AssertAllowed(Context(Visitor(40)) with { PrisonerRestrictions = [Restrict(RestrictionType.ChildContact)] });
    }

    [Fact]
    public void Any_visitor_with_a_closed_restriction_makes_it_a_closed_visit()
    {
        var decision = BookingRules.Decide(Context(Visitor(40), Visitor(41, restrictions: Restrict(RestrictionType.Closed))));
        Assert.True(decision.Allowed);
        Assert.True(decision.Closed);
        Assert.False(BookingRules.Decide(Context()).Closed);
        Assert.True(BookingRules.Decide(Context() with { PrisonerRestrictions = [Restrict(RestrictionType.Closed)] }).Closed);
    }

    [Fact]
    public void A_non_association_with_a_prisoner_already_in_the_session_is_refused()
    {
        var na = new NonAssociation { PrisonerAId = PrisonerId, PrisonerBId = 77, StartDate = Today.AddDays(-5) };
        AssertRefused(Context() with { NonAssociations = [na], PrisonersInSlot = [77] }, BookingRule.NonAssociation);
        AssertAllowed(Context() with { NonAssociations = [na], PrisonersInSlot = [78] });
    }

    [Fact]
    public void A_prisoner_cannot_be_booked_twice_into_one_session() =>
        Assert.Equal("Tomasz Nowacki already has a visit in this session",
            AssertRefused(Context() with { PrisonersInSlot = [10] }, BookingRule.AlreadyBooked).Message);

    [Fact]
    public void A_full_session_is_refused_unless_a_visits_manager_overbooks_with_a_reason()
    {
        var full = Context() with { BookedOpen = 2 };
        Assert.Contains("Only a visits manager can overbook", AssertRefused(full, BookingRule.Capacity).Message);
        Assert.Contains("Give a reason to overbook", AssertRefused(full with { IsVisitsManager = true }, BookingRule.Capacity).Message);
        var overbooked = BookingRules.Decide(full with { IsVisitsManager = true, OverbookReason = "Family travelling from abroad" });
        Assert.True(overbooked.Allowed);
        Assert.True(overbooked.Overbooked);
        AssertAllowed(Context() with { BookedOpen = 1 });
    }

    [Fact]
    public void Closed_visits_count_against_closed_capacity()
    {
        var closed = Context(Visitor(40, restrictions: Restrict(RestrictionType.Closed)));
        AssertAllowed(closed with { BookedOpen = 2 });
        AssertRefused(closed with { BookedClosed = 1 }, BookingRule.Capacity);
    }

    [Fact]
    public void No_visiting_orders_left_only_a_visits_manager_overrides_with_a_reason()
    {
        var none = Context() with { VisitingOrderBalance = 0 };
        Assert.Equal("Tomasz Nowacki has no visiting orders left. Only a visits manager can book without a visiting order",
            AssertRefused(none, BookingRule.VisitingOrders).Message);
        var staffWithReason = none with { VisitingOrderOverrideReason = "Compassionate: father seriously ill" };
        Assert.Contains("Only a visits manager", AssertRefused(staffWithReason, BookingRule.VisitingOrders).Message);

        var manager = none with { IsVisitsManager = true };
        Assert.Contains("Give a reason to book without one", AssertRefused(manager, BookingRule.VisitingOrders).Message);
        var overridden = BookingRules.Decide(manager with { VisitingOrderOverrideReason = "Compassionate: father seriously ill" });
        Assert.True(overridden.Allowed);
        Assert.True(overridden.VisitingOrderOverridden);
        AssertAllowed(none with { SpendsVisitingOrder = false });
    }

    [Fact]
    public void The_date_must_be_inside_the_notice_window()
    {
        AssertRefused(Context() with { Today = Tuesday }, BookingRule.NoticeWindow);
        AssertRefused(Context() with { Today = Tuesday.AddDays(-29) }, BookingRule.NoticeWindow);
        AssertAllowed(Context() with { Today = Tuesday.AddDays(-28) });
        AssertAllowed(Context() with { Today = Tuesday.AddDays(-1) });
    }

    [Fact]
    public void Every_refusal_is_reported_at_once()
    {
        var decision = BookingRules.Decide(Context(Visitor(10, approved: false)) with { BookedOpen = 5, VisitingOrderBalance = 0 });
        Assert.Equal(
            [BookingRule.VisitorApproved, BookingRule.AtLeastOneAdult, BookingRule.Capacity, BookingRule.VisitingOrders],
            decision.Refusals.Select(r => r.Rule));
    }

    [Fact]
    public void References_are_eight_unambiguous_characters_and_differ()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => VisitReference.New()).ToList();
        Assert.All(references, r => Assert.Matches("^[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$", r));
        Assert.Equal(references.Count, references.Distinct().Count());
    }
}
