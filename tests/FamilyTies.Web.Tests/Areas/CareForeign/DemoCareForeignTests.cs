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

    [Fact]
    public async Task Demo_drop_in_sessions_are_monthly_with_who_came_and_night_call_requests_are_requested_and_decided()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        // The demo's sessions are in the Library (the tests' own use other places or dates); one a month for the last 12
        // months, the next one still to come and not yet recorded.
        var sessions = await db.DropInSessions.Where(s => s.RunWith == "Lancashire County Council leaving care team").Include(s => s.Attendances).ToListAsync();
        Assert.Equal(13, sessions.Count);
        Assert.Equal(13, sessions.Select(s => (s.Date.Year, s.Date.Month)).Distinct().Count());
        Assert.Contains(sessions, s => s.Date > TestClock.Today && s.AttendanceRecordedAt is null);
        Assert.True(sessions.Count(s => s.Attendances.Any(a => a.Attended)) >= 6, "most past sessions have someone who came");
        var demoCalls = db.NightCallOverrides.Where(n => n.FamilyAbroad!.Prisoner!.PrisonNumber.CompareTo("I") < 0);
        var decisions = await demoCalls.Select(n => n.Decision).Distinct().ToListAsync();
        Assert.Contains(NightCallDecision.Requested, decisions);
        Assert.Contains(NightCallDecision.Granted, decisions);
        Assert.True(await demoCalls.Where(n => n.Decision != NightCallDecision.Requested).AllAsync(n => n.DecidedByUserId != null && n.DecidedOn != null));
    }
}
