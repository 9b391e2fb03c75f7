using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using static FamilyTies.Web.Tests.Areas.FamilyDays.FamilyDaysTestData;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>A prisoner's schemes on their profile, and a survey question tracked across two rounds beside a measured figure.</summary>
[Collection("App")]
public sealed class SchemesAndSurveysTests(AppFixture fixture)
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    [Fact]
    public async Task The_prisoners_profile_shows_the_schemes_they_started_completed_or_left()
    {
        var prisoner = await PeopleTestData.Prisoner(App, "WYI", "Schemer");
        await using (var db = App.Db(prisoner.EstablishmentId))
        {
            var scheme = new Scheme { Name = "Test scheme " + Guid.NewGuid().ToString("N")[..6] };
            db.SchemeParticipations.AddRange(
                new SchemeParticipation { Scheme = scheme, PrisonerId = prisoner.Id, StartDate = Today.AddDays(-60), Status = ParticipationStatus.Completed, EndDate = Today.AddDays(-10) },
                new SchemeParticipation { Scheme = scheme, PrisonerId = prisoner.Id, StartDate = Today.AddDays(-5) });
            await db.SaveChangesAsync();
        }
        using var staff = await TestUsers.SignedInAs(App, Roles.VisitsStaff);
        var page = await staff.GetPage($"/prisoners/{prisoner.Id}/schemes");
        var rows = page.QuerySelectorAll("[data-testid=prisoner-schemes] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Started", rows[0]);
        Assert.Contains("Completed on", rows[1]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/prisoners/{(await PeopleTestData.Prisoner(App, "SHI")).Id}/schemes")).StatusCode);
    }

    [Fact]
    public async Task A_question_is_tracked_across_two_rounds_with_a_measured_figure_beside_it_when_the_measure_exists()
    {
        var tracked = "Was the booking line easy to reach? " + Guid.NewGuid().ToString("N")[..6];
        var unmatched = "Did your visit start on time at the gate? " + Guid.NewGuid().ToString("N")[..6];
        await using (var db = App.Db(await App.EstablishmentId("WYI")))
        {
            db.SurveyRounds.AddRange(
                new SurveyRound { Audience = SurveyAudience.Prisoners, Date = Today.AddDays(-400), Responses = 50, Title = "Test",
                    Questions = [new SurveyQuestion { Text = tracked, PercentPositive = 60, MeasureKey = "visits.booked" }, new SurveyQuestion { Text = unmatched, PercentPositive = 50, MeasureKey = "visits.no_such_measure" }] },
                new SurveyRound { Audience = SurveyAudience.Prisoners, Date = Today.AddDays(-200), Responses = 70, Title = "Test",
                    Questions = [new SurveyQuestion { Text = tracked.ToUpperInvariant() + "  ", PercentPositive = 75, MeasureKey = "visits.booked" }] });
            await db.SaveChangesAsync();
        }
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead);
        var page = await lead.GetPage("/familydays/surveys?audience=Prisoners");
        var rows = page.QuerySelectorAll("[data-testid=questions] tbody tr").ToList();
        var row = rows.Single(r => r.TextContent.Contains(tracked, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Where(t => t != "Not asked").ToList();
        Assert.Equal(["60%", "75%"], cells);
        var measured = rows[rows.IndexOf(row) + 1];
        Assert.Equal("measured", measured.GetAttribute("data-testid"));
        Assert.Contains("Measured: Visits booked", measured.TextContent);
        var other = rows.Single(r => r.TextContent.Contains(unmatched, StringComparison.Ordinal));
        var next = rows.IndexOf(other) + 1 < rows.Count ? rows[rows.IndexOf(other) + 1] : null;
        Assert.NotEqual("measured", next?.GetAttribute("data-testid"));
    }
}
