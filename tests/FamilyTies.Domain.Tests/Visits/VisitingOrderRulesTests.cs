using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Domain.Tests.Visits;

public sealed class VisitingOrderRulesTests
{
    [Theory]
    [InlineData("2026-01-31T23:59:59Z", "2026-01")] // GMT: London is UTC
    [InlineData("2026-02-01T00:00:00Z", "2026-02")]
    [InlineData("2026-03-31T22:59:59Z", "2026-03")] // BST: 23:59:59 in London
    [InlineData("2026-03-31T23:00:00Z", "2026-04")] // midnight on 1 April in London
    [InlineData("2026-12-31T23:30:00Z", "2026-12")]
    public void The_period_is_the_calendar_month_in_London(string instant, string period) =>
        Assert.Equal(period, VisitingOrderRules.PeriodOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-15T12:00:00Z", "2026-03-31T23:00:00Z")] // April starts in summer time
    [InlineData("2026-10-15T12:00:00Z", "2026-11-01T00:00:00Z")] // November starts in winter time
    [InlineData("2026-12-31T23:59:00Z", "2027-01-01T00:00:00Z")]
    public void The_next_period_starts_at_midnight_on_the_1st_in_London(string instant, string next) =>
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture),
            VisitingOrderRules.NextPeriodStart(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(PrisonerStatus.Active, LegalStatus.Convicted, true)]
    [InlineData(PrisonerStatus.Active, LegalStatus.Remand, false)]
    [InlineData(PrisonerStatus.Released, LegalStatus.Convicted, false)]
    [InlineData(PrisonerStatus.Transferred, LegalStatus.Convicted, false)]
    [InlineData(PrisonerStatus.Left, LegalStatus.Convicted, false)]
    public void Only_active_convicted_prisoners_are_allocated(PrisonerStatus status, LegalStatus legal, bool allocated) =>
        Assert.Equal(allocated, VisitingOrderRules.IsAllocated(status, legal));

    [Theory]
    [InlineData("Polish", true)]
    [InlineData("Jamaican", true)]
    [InlineData("British", false)]
    [InlineData(" british ", false)]
    [InlineData("", false)]
    public void Substitutions_are_for_prisoners_recorded_as_foreign_nationals(string nationality, bool foreign) =>
        Assert.Equal(foreign, VisitingOrderRules.IsForeignNational(new Prisoner { Nationality = nationality }));

    [Fact]
    public void Periods_are_described_in_plain_English() =>
        Assert.Equal(("March 2026", "", "1 visiting order", "3 visiting orders"),
            (VisitingOrderRules.DescribePeriod("2026-03"), VisitingOrderRules.DescribePeriod("2026-13"), VisitingOrderRules.Orders(1), VisitingOrderRules.Orders(3)));
}
