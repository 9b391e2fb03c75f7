using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.CareForeign;

/// <summary>The demo data looks like a real prison's: proportions, care leavers with advisers, families in several zones.</summary>
[Collection("App")]
public sealed class DemoCareForeignTests(AppFixture fixture)
{
    [Theory]
    [InlineData("WYI", 4, 7, 8)]
    [InlineData("SHI", 5, 11, 12)]
    [InlineData("LHI", 7, 8, 9)]
    public async Task Foreign_nationals_and_care_experienced_prisoners_are_in_proportion(string code, int foreignPercent, int careFrom, int careTo)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var establishment = await app.EstablishmentId(code);
        await using var db = app.Db(establishment);
        // The demo roll only (the tests' own prisoners have numbers starting X or Z).
        var demo = await db.Prisoners.Where(p => p.PrisonNumber.CompareTo("I") < 0).ToListAsync();
        var foreign = demo.Count(Cohorts.IsForeignNational);
        var care = demo.Count(p => p.CareExperienced);
        Assert.Equal(foreignPercent * demo.Count / 100, foreign);
        Assert.InRange(100.0 * care / demo.Count, careFrom - 0.5, careTo + 0.5);
    }

    [Fact]
    public async Task Wymott_has_care_leavers_with_advisers_and_overdue_contacts_and_families_in_several_time_zones()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        var today = TestClock.Today;
        var records = await db.CareExperiencedRecords.Include(r => r.Prisoner).Include(r => r.Contacts)
            .Where(r => r.Prisoner!.PrisonNumber.CompareTo("I") < 0).ToListAsync();
        var leavers = records.Where(r => CareLeaverStatus.On(r.Prisoner!.DateOfBirth, r.LookedAfter, today).Category != CareLeaverCategory.None).ToList();
        Assert.True(leavers.Count >= 2, $"{leavers.Count} care leavers under 25");
        Assert.All(leavers, r => Assert.NotEqual("", r.PersonalAdviserName));
        Assert.Contains(leavers, r => PersonalAdviserContactRule.Due(r.Prisoner!.ReceptionDate, r.RegisteredOn, r.Contacts.Select(c => c.OccurredOn), 8, today).Overdue);
        var zones = await db.FamilyAbroad.Select(f => f.TimeZone).Distinct().CountAsync();
        Assert.True(zones >= 2, $"{zones} time zones");
        var outcomes = await db.InterpreterRequests.Select(r => r.Outcome).Distinct().ToListAsync();
        Assert.Contains(InterpreterOutcome.Met, outcomes);
        Assert.Contains(InterpreterOutcome.NotMet, outcomes);
    }
}
