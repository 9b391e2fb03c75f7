using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Tests.Establishments;

public sealed class EstablishmentTests
{
    [Fact]
    public void Visiting_orders_follow_the_incentive_level_settings()
    {
        var wymott = new Establishment { VisitingOrdersBasic = 1, VisitingOrdersStandard = 2, VisitingOrdersEnhanced = 3 };
        Assert.Equal(1, wymott.VisitingOrdersFor(IncentiveLevel.Basic));
        Assert.Equal(2, wymott.VisitingOrdersFor(IncentiveLevel.Standard));
        Assert.Equal(3, wymott.VisitingOrdersFor(IncentiveLevel.Enhanced));
    }

    [Fact]
    public void National_policy_caps_video_calls_at_60_minutes_a_month() =>
        Assert.Equal(60, Establishment.PolicyMaxVideoCallMinutes);
}

public sealed class RolesTests
{
    [Fact]
    public void Every_role_in_the_specification_exists_once()
    {
        Assert.Equal(
            ["VisitsStaff", "VisitsManager", "Security", "SaferCustody", "FamilyServices", "FamilyLead", "EstablishmentAdmin", "NationalViewer", "PrisonGroupDirector"],
            Roles.All);
        Assert.DoesNotContain(Roles.NationalViewer, Roles.Establishment);
        Assert.Equal(Roles.All.Count - 1, Roles.Establishment.Count);
    }

    [Fact]
    public void Every_role_has_its_own_readable_name()
    {
        var names = Roles.All.Select(Roles.DisplayName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("Visits manager", Roles.DisplayName(Roles.VisitsManager));
        Assert.All(names, n => Assert.DoesNotContain(n, c => char.IsUpper(c) && n.IndexOf(c) > 0));
    }
}
