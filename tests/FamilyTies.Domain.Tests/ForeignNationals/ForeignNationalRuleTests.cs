using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Tests.ForeignNationals;

/// <summary>The one foreign-national rule, and the expression the database runs agrees with it.</summary>
public sealed class ForeignNationalRuleTests
{
    [Theory]
    [InlineData("British", NationalityStatus.British)]
    [InlineData("English", NationalityStatus.British)]
    [InlineData("Welsh", NationalityStatus.British)]
    [InlineData("Scottish", NationalityStatus.British)]
    [InlineData("Northern Irish", NationalityStatus.British)]
    [InlineData("UK", NationalityStatus.British)]
    [InlineData("United Kingdom", NationalityStatus.British)]
    [InlineData(" british ", NationalityStatus.British)]
    [InlineData("WELSH", NationalityStatus.British)]
    [InlineData("Irish", NationalityStatus.ForeignNational)]
    [InlineData("Polish", NationalityStatus.ForeignNational)]
    [InlineData("Vietnamese", NationalityStatus.ForeignNational)]
    [InlineData("", NationalityStatus.NotRecorded)]
    [InlineData("   ", NationalityStatus.NotRecorded)]
    public void One_rule_says_who_is_a_foreign_national(string nationality, NationalityStatus expected)
    {
        Assert.Equal(expected, ForeignNationalRule.Classify(nationality));
        var prisoner = new Prisoner { Nationality = nationality };
        Assert.Equal(expected == NationalityStatus.ForeignNational, Cohorts.IsForeignNational(prisoner));
        Assert.Equal(expected != NationalityStatus.ForeignNational, Cohorts.NotForeignNational.Compile()(prisoner));
        Assert.Equal(expected == NationalityStatus.ForeignNational, FamilyTies.Domain.Visits.VisitingOrderRules.IsForeignNational(prisoner));
    }
}
