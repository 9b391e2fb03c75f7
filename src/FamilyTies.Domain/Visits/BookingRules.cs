using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

/// <summary>The booking rules of SPEC.md, each with a name a refusal can quote.</summary>
public enum BookingRule
{
    PrisonerActive, SessionBlocked, SessionRuns, Eligible, VisitorApproved, VisitorBanned, PrisonerBanned, NonContact, AtLeastOneAdult,
    MaxAdults, MaxVisitors, ChildContact, NonAssociation, AlreadyBooked, Capacity, VisitingOrders, NoticeWindow,
    // Video calls (issue 10, docs/decisions/0025-video-calls.md).
    MainCaller, Participants, VideoAllowance,
}

public sealed record Refusal(BookingRule Rule, string Message);

/// <summary>A visitor as the rules see them: their link to this prisoner and every restriction that could apply.</summary>
public sealed record BookingVisitor(Contact Contact, PrisonerContact? Link, IReadOnlyList<Restriction> Restrictions);

/// <summary>Everything the rules need, loaded by the caller. Plain data: the rules never touch a database.</summary>
public sealed record BookingContext(
    Establishment Establishment,
    Prisoner Prisoner,
    SessionTemplate Session,
    DateOnly Date,
    IReadOnlyList<BookingVisitor> Visitors,
    IReadOnlyList<Restriction> PrisonerRestrictions,
    IReadOnlyList<BlockedDate> Blocks,
    int BookedOpen,
    int BookedClosed,
    /// <summary>Prisoners already booked into this slot (excluding the visit being amended).</summary>
    IReadOnlyList<int> PrisonersInSlot,
    IReadOnlyList<NonAssociation> NonAssociations,
    int VisitingOrderBalance,
    bool SpendsVisitingOrder,
    DateOnly Today,
    bool IsVisitsManager,
    string? OverbookReason,
    string? VisitingOrderOverrideReason);

public sealed record BookingDecision(IReadOnlyList<Refusal> Refusals, bool Closed, bool Overbooked, bool VisitingOrderOverridden)
{
    public bool Allowed => Refusals.Count == 0;
}

public static class BookingRules
{
    /// <summary>Checks every rule and returns every refusal (not just the first), so staff can fix them all at once.</summary>
    public static BookingDecision Decide(BookingContext c)
    {
        var refusals = new List<Refusal>();
        void Refuse(BookingRule rule, string message) => refusals.Add(new Refusal(rule, message));
        var s = c.Establishment;
        var date = c.Date;

        if (c.Prisoner.Status != PrisonerStatus.Active || c.Prisoner.EstablishmentId != s.Id)
        {
            Refuse(BookingRule.PrisonerActive, $"{c.Prisoner.FullName} is not an active prisoner at {s.Name}");
        }
        if (!c.Session.OccursOn(date))
        {
            Refuse(BookingRule.SessionRuns, $"The {c.Session.Name} session does not run on {date:dddd d MMMM yyyy}");
        }
        if (c.Blocks.FirstOrDefault(b => b.Blocks(c.Session.Id, date)) is { } block)
        {
            Refuse(BookingRule.SessionBlocked, $"Visits on {date:d MMMM yyyy} are blocked: {block.Reason}");
        }
        if (!c.Session.IsEligible(c.Prisoner))
        {
            Refuse(BookingRule.Eligible, $"{c.Prisoner.FullName} cannot use this session: it is for {Describe(c.Session)}");
        }
        var earliest = c.Today.AddDays(s.MinBookingNoticeDays);
        var latest = c.Today.AddDays(s.MaxBookingNoticeDays);
        if (date < earliest || date > latest)
        {
            Refuse(BookingRule.NoticeWindow, $"Visits can be booked from {earliest:d MMMM yyyy} to {latest:d MMMM yyyy} ({s.MinBookingNoticeDays} to {s.MaxBookingNoticeDays} days ahead)");
        }

        var people = People(s, c.Prisoner, date, c.Visitors, c.PrisonerRestrictions);
        refusals.AddRange(people.Refusals);
        var closed = people.Closed;
        var adults = people.Adults;
        if (adults > s.MaxAdultsPerVisit)
        {
            Refuse(BookingRule.MaxAdults, $"No more than {s.MaxAdultsPerVisit} adults can come on one visit at {s.Name}; {adults} are selected");
        }
        if (c.Visitors.Count > s.MaxVisitorsPerVisit)
        {
            Refuse(BookingRule.MaxVisitors, $"No more than {s.MaxVisitorsPerVisit} visitors can come on one visit at {s.Name}; {c.Visitors.Count} are selected");
        }

        if (c.PrisonersInSlot.Contains(c.Prisoner.Id))
        {
            Refuse(BookingRule.AlreadyBooked, $"{c.Prisoner.FullName} already has a visit in this session");
        }
        foreach (var n in c.NonAssociations.Where(n => n.Involves(c.Prisoner.Id) && n.IsActiveOn(date)))
        {
            if (c.PrisonersInSlot.Contains(n.OtherThan(c.Prisoner.Id)))
            {
                Refuse(BookingRule.NonAssociation, $"{c.Prisoner.FullName} has a non-association with a prisoner already booked into this session");
                break;
            }
        }

        var capacity = closed ? c.Session.ClosedCapacity : c.Session.OpenCapacity;
        var booked = closed ? c.BookedClosed : c.BookedOpen;
        var overbooked = false;
        if (booked >= capacity)
        {
            var kind = closed ? "closed" : "open";
            if (!c.IsVisitsManager)
            {
                Refuse(BookingRule.Capacity, $"The session is full: all {capacity} {kind} tables are booked. Only a visits manager can overbook");
            }
            else if (string.IsNullOrWhiteSpace(c.OverbookReason))
            {
                Refuse(BookingRule.Capacity, $"The session is full: all {capacity} {kind} tables are booked. Give a reason to overbook it");
            }
            else
            {
                overbooked = true;
            }
        }

        var voOverridden = false;
        if (c.SpendsVisitingOrder && c.VisitingOrderBalance <= 0)
        {
            // SPEC.md: allowance overrides are the visits manager's (docs/decisions/0007-visiting-orders.md).
            if (!c.IsVisitsManager)
            {
                Refuse(BookingRule.VisitingOrders, $"{c.Prisoner.FullName} has no visiting orders left. Only a visits manager can book without a visiting order");
            }
            else if (string.IsNullOrWhiteSpace(c.VisitingOrderOverrideReason))
            {
                Refuse(BookingRule.VisitingOrders, $"{c.Prisoner.FullName} has no visiting orders left. Give a reason to book without one");
            }
            else
            {
                voOverridden = true;
            }
        }
        return new BookingDecision(refusals, closed, overbooked, voOverridden);
    }

    /// <summary>The outcome of the people rules: refusals, whether the visit must be closed, and how many adults.</summary>
    public sealed record PeopleDecision(IReadOnlyList<Refusal> Refusals, bool Closed, int Adults, int Children);

    /// <summary>
    /// The rules about who may come, shared by visits and video calls (issue 10): the prisoner's ban or non-contact
    /// restriction, each visitor approved for this prisoner, their bans and non-contact restrictions, child contact,
    /// and at least one adult.
    /// </summary>
    public static PeopleDecision People(Establishment s, Prisoner prisoner, DateOnly date, IReadOnlyList<BookingVisitor> visitors,
        IReadOnlyList<Restriction> prisonerRestrictions)
    {
        var refusals = new List<Refusal>();
        void Refuse(BookingRule rule, string message) => refusals.Add(new Refusal(rule, message));
        // The prisoner's own restrictions: a ban or a non-contact restriction stops every visit; closed and child
        // contact shape it (below).
        var prisonerApplying = prisonerRestrictions.Where(r => r.Covers(date)).ToList();
        if (prisonerApplying.FirstOrDefault(r => r.Type == RestrictionType.Ban) is { } prisonerBan)
        {
            Refuse(BookingRule.PrisonerBanned, $"{prisoner.FullName} is banned from having visits {Until(prisonerBan)}");
        }
        if (prisonerApplying.Any(r => r.Type == RestrictionType.NonContact))
        {
            Refuse(BookingRule.NonContact, $"{prisoner.FullName} has a non-contact restriction: no visits can be booked while it is in force");
        }
        var closed = prisonerApplying.Any(r => r.Type == RestrictionType.Closed);
        // A child-contact restriction on the prisoner or on an adult coming with them: every child on the visit needs
        // public protection's approval. On a child: that child does.
        var childContactBy = prisonerApplying.Any(r => r.Type == RestrictionType.ChildContact) ? prisoner.FullName
            : visitors.FirstOrDefault(v => !v.Contact.IsChildOn(date, s.AdultAge)
                                             && v.Restrictions.Any(r => r.Type == RestrictionType.ChildContact && r.Covers(date)))?.Contact.FullName;
        var adults = 0;
        var children = 0;
        foreach (var v in visitors)
        {
            var name = v.Contact.FullName;
            if (v.Link is not { Active: true, ApprovedVisitor: true } || v.Link.PrisonerId != prisoner.Id)
            {
                Refuse(BookingRule.VisitorApproved, $"{name} is not an approved visitor for {prisoner.FullName}");
            }
            // The visitor's restrictions: on the contact (any prisoner) or on their link to this prisoner.
            var applying = v.Restrictions.Where(r => r.Covers(date)).ToList();
            if (applying.FirstOrDefault(r => r.Type == RestrictionType.Ban) is { } ban)
            {
                Refuse(BookingRule.VisitorBanned, ban.PrisonerContactId is null
                    ? $"{name} is banned from visiting {Until(ban)}"
                    : $"{name} is banned from visiting {prisoner.FullName} {Until(ban)}");
            }
            if (applying.Any(r => r.Type == RestrictionType.NonContact))
            {
                Refuse(BookingRule.NonContact, $"{name} has a non-contact restriction with {prisoner.FullName}");
            }
            if (applying.Any(r => r.Type == RestrictionType.Closed))
            {
                closed = true;
            }
            var child = v.Contact.IsChildOn(date, s.AdultAge);
            if (child)
            {
                children++;
                if (v.Link?.ChildContactApproved != true)
                {
                    if (applying.Any(r => r.Type == RestrictionType.ChildContact))
                    {
                        Refuse(BookingRule.ChildContact, $"{name} has a child-contact restriction: public protection has not approved this child's contact");
                    }
                    else if (childContactBy is not null)
                    {
                        Refuse(BookingRule.ChildContact, $"{name} is a child and {childContactBy} has a child-contact restriction: public protection has not approved this child's contact");
                    }
                }
            }
            else
            {
                adults++;
            }
        }
        if (visitors.Count > 0 && adults == 0)
        {
            Refuse(BookingRule.AtLeastOneAdult, $"At least one visitor must be an adult (aged {s.AdultAge} or over)");
        }
        return new PeopleDecision(refusals, closed, adults, children);
    }

    /// <summary>"until 11 December 2026", or "until it is ended" for a restriction with no expiry.</summary>
    private static string Until(Restriction r) => r.ExpiryDate is { } expiry ? $"until {expiry:d MMMM yyyy}" : "until it is ended";

    public static string Describe(SessionTemplate session)
    {
        var parts = new List<string>();
        if (session.LocationList.Any())
        {
            parts.Add("locations " + string.Join(", ", session.LocationList));
        }
        if (session.IncentiveLevelList.Any())
        {
            parts.Add(string.Join(" or ", session.IncentiveLevelList) + " prisoners");
        }
        return parts.Count == 0 ? "everyone" : string.Join(", ", parts);
    }
}
