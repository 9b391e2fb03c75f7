using FamilyTies.Domain.Visits;

namespace FamilyTies.Domain.Tests.Visits;

/// <summary>The visit day's rules at their edges: ID by age, lateness, minutes lost, outcomes.</summary>
public sealed class VisitDayRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(2);

    [Theory]
    [InlineData(0, true, IdEvidence.None, true, true)]    // a baby with an adult is never refused for having no ID
    [InlineData(15, true, IdEvidence.None, true, true)]   // the last year under the ID age
    [InlineData(16, true, IdEvidence.None, false, false)] // at the ID age: ID needed
    [InlineData(15, false, IdEvidence.None, false, false)] // a child without an adult shows ID
    [InlineData(15, false, IdEvidence.ListA, true, false)]
    [InlineData(40, true, IdEvidence.ListA, true, false)]
    [InlineData(40, true, IdEvidence.ListBAndC, true, false)]
    [InlineData(40, true, IdEvidence.Exceptional, true, false)]
    [InlineData(40, true, IdEvidence.None, false, false)]
    [InlineData(null, true, IdEvidence.None, false, false)] // age not known: treated as needing ID
    public void Id_rule_by_age(int? age, bool withAnAdult, IdEvidence evidence, bool accepted, bool noneNeeded)
    {
        var decision = VisitDayRules.CheckId(age, withAnAdult, childIdAge: 16, evidence);
        Assert.Equal((accepted, noneNeeded), (decision.Accepted, decision.NoneNeeded));
        Assert.NotEmpty(decision.Rule);
    }

    [Theory]
    [InlineData(-10, 0, false)]
    [InlineData(0, 0, false)]
    [InlineData(5, 5, false)]   // exactly 5 minutes: on time
    [InlineData(6, 6, true)]    // more than 5: late, needs a cause
    [InlineData(30, 30, true)]
    public void A_start_more_than_five_minutes_late_is_late(int minutes, int late, bool needsCause)
    {
        Assert.Equal(late, VisitDayRules.MinutesLate(Start, Start.AddMinutes(minutes)));
        Assert.Equal(needsCause, VisitDayRules.IsLate(Start, Start.AddMinutes(minutes)));
    }

    [Theory]
    [InlineData(20, null, 20)]
    [InlineData(20, 110, 30)]   // 20 late and ended 10 early
    [InlineData(0, 120, 0)]
    [InlineData(-5, 125, 0)]
    [InlineData(100, 110, 110)] // late start and early end
    [InlineData(150, null, 120)] // never more than the session
    public void Minutes_lost_per_family(int startedAfter, int? endedAfter, int lost) =>
        Assert.Equal(lost, VisitDayRules.MinutesLost(Start, End, Start.AddMinutes(startedAfter), endedAfter is { } e ? Start.AddMinutes(e) : null));

    [Fact]
    public void A_cancelled_visit_or_one_not_started_takes_no_outcome()
    {
        Assert.NotNull(VisitDayRules.OutcomeRefusal(VisitStatus.Cancelled, Start, End));
        Assert.NotNull(VisitDayRules.OutcomeRefusal(VisitStatus.Booked, Start, Start.AddSeconds(-1)));
        Assert.Null(VisitDayRules.OutcomeRefusal(VisitStatus.Booked, Start, Start));
    }

    [Fact]
    public void A_visit_past_its_end_with_no_outcome_is_unresolved_and_never_attended()
    {
        Assert.True(VisitDayRules.IsUnresolved(VisitStatus.Booked, null, End, End));
        Assert.False(VisitDayRules.IsUnresolved(VisitStatus.Booked, null, End, End.AddSeconds(-1)));
        Assert.False(VisitDayRules.IsUnresolved(VisitStatus.Cancelled, null, End, End.AddDays(1)));
        Assert.False(VisitDayRules.IsUnresolved(VisitStatus.Booked, VisitOutcome.VisitorDidNotArrive, End, End.AddDays(1)));
        Assert.False(VisitDayRules.Attended(null));
        Assert.True(VisitDayRules.Attended(VisitOutcome.TerminatedByStaff));
        Assert.False(VisitDayRules.Attended(VisitOutcome.TurnedAway));
    }

    [Fact]
    public void All_who_arrived_completed()
    {
        Assert.Equal(VisitOutcome.Completed, VisitDayRules.BulkOutcome([(true, false), (true, true)]));
        Assert.Equal(VisitOutcome.TurnedAway, VisitDayRules.BulkOutcome([(true, true), (false, false)]));
        Assert.Equal(VisitOutcome.VisitorDidNotArrive, VisitDayRules.BulkOutcome([(false, false)]));
        Assert.Equal(VisitOutcome.VisitorDidNotArrive, VisitDayRules.BulkOutcome([]));
    }
}
