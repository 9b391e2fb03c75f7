using System.Net;
using FamilyTies.Data.Measures;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Areas.Dashboard;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.FamilyDays.FamilyDaysTestData;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>
/// The forms that record schemes, participation and survey rounds, through the real app, at an establishment of the
/// test's own (so the measures it reads count only the test's rows), and the landing page's forum-overdue warning.
/// </summary>
public sealed class SchemeAndSurveyFormsTests(SchemeAndSurveyFormsTests.OwnApp fixture) : IClassFixture<SchemeAndSurveyFormsTests.OwnApp>
{
    /// <summary>An app of these tests' own: they add establishments, which the shared app's lists and national figures must not see.</summary>
    public sealed class OwnApp : IDisposable
    {
        private readonly Lazy<FamilyTiesApp> _app = new(() =>
        {
            var app = new FamilyTiesApp();
            _ = app.Server;
            return app;
        });

        public FamilyTiesApp App => _app.Value;

        public void Dispose()
        {
            if (_app.IsValueCreated)
            {
                _app.Value.Dispose();
            }
        }
    }

    private FamilyTiesApp App => fixture.App;

    private async Task<decimal?> Measure(string code, string key)
    {
        await using var db = App.Db(await App.EstablishmentId(code));
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(Today, TestClock.Now)]);
        var results = await MeasureRegistry.ComputeAsync(q, [MeasureRegistry.Get(key)]);
        return results.Value(key, q.Establishments.Keys.Single(), 0).Value;
    }

    private static async Task<HttpResponseMessage> Start(StaffClient client, int schemeId, string prisonNumber, DateOnly start) =>
        await client.PostForm($"/familydays/schemes/{schemeId}/participants/new", $"/familydays/schemes/{schemeId}/participants/new",
            [new("PrisonNumber", prisonNumber), new("StartDate", Input(start))]);

    private static async Task<HttpResponseMessage> Change(StaffClient client, int participationId, string status, DateOnly? end) =>
        await client.PostForm($"/familydays/schemes/participations/{participationId}", $"/familydays/schemes/participations/{participationId}",
            [new("Status", status), new("EndDate", end is { } e ? Input(e) : "")]);

    [Fact]
    public async Task A_scheme_of_the_establishments_own_is_added_and_a_prisoner_starts_and_completes_it_counted_by_schemes_participants()
    {
        var code = await SelfAssessmentTestData.Establishment(App);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices, code);
        Assert.Equal(0m, await Measure(code, "schemes.participants"));

        var added = await services.PostForm("/familydays/schemes/new", "/familydays/schemes/new", [new("Name", "Dads' cooking club"), new("Description", "Cooking with children")]);
        var schemeId = IdFrom(added);
        var duplicate = await services.PostForm("/familydays/schemes/new", "/familydays/schemes/new", [new("Name", " DADS' COOKING CLUB "), new("Description", "")]);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(["There is already a scheme called DADS' COOKING CLUB"], (await StaffClient.Parse(duplicate)).ErrorSummary());

        var prisoner = await PeopleTestData.Prisoner(App, code, "Cook");
        var elsewhere = await PeopleTestData.Prisoner(App, "WYI", "Elsewhere");
        var refused = await Start(services, schemeId, elsewhere.PrisonNumber, Today.AddDays(-10));
        Assert.Equal(["No prisoner on the roll here has that prison number"], (await StaffClient.Parse(refused)).ErrorSummary());
        refused = await Start(services, schemeId, prisoner.PrisonNumber, Today.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Single((await StaffClient.Parse(refused)).ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await Start(services, schemeId, prisoner.PrisonNumber, Today.AddDays(-10))).StatusCode);
        refused = await Start(services, schemeId, prisoner.PrisonNumber, Today.AddDays(-5));
        Assert.Equal([$"{prisoner.FullName} is already taking part in this scheme"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(1m, await Measure(code, "schemes.participants"));

        await using var db = App.Db(prisoner.EstablishmentId);
        var participation = await db.SchemeParticipations.SingleAsync(p => p.SchemeId == schemeId);
        Assert.Equal((prisoner.Id, Today.AddDays(-10), ParticipationStatus.Started), (participation.PrisonerId, participation.StartDate, participation.Status));

        refused = await Change(services, participation.Id, "Completed", null);
        Assert.Equal(["Enter the date they completed or left"], (await StaffClient.Parse(refused)).ErrorSummary());
        refused = await Change(services, participation.Id, "Completed", Today.AddDays(-11));
        Assert.Equal(["The date they completed or left must be on or after the date they started"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using (var unchanged = App.Db(prisoner.EstablishmentId))
        {
            Assert.Equal(ParticipationStatus.Started, (await unchanged.SchemeParticipations.SingleAsync(p => p.Id == participation.Id)).Status);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Change(services, participation.Id, "Completed", Today.AddDays(-1))).StatusCode);
        var page = await services.GetPage($"/familydays/schemes/{schemeId}");
        Assert.Contains("Completed on", page.QuerySelector("[data-testid=participation-status]")!.TextContent);
        var profile = await services.GetPage($"/prisoners/{prisoner.Id}/schemes");
        Assert.Contains("Dads' cooking club", profile.QuerySelector("[data-testid=prisoner-schemes]")!.TextContent);
        // Completed yesterday: still taking part at some time this month, unless this month began today.
        Assert.Equal(Today.Day == 1 ? 0m : 1m, await Measure(code, "schemes.participants"));
    }

    [Fact]
    public async Task The_family_lead_reads_schemes_but_cannot_add_them_and_another_establishments_scheme_is_not_found()
    {
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead);
        Assert.Null((await lead.GetPage("/familydays/schemes")).QuerySelector("a[href='/familydays/schemes/new']"));
        Assert.Contains("/error/403", (await lead.Http.GetAsync("/familydays/schemes/new")).Headers.Location!.ToString());
        Assert.Contains("/error/403", (await lead.Http.GetAsync("/familydays/surveys/new")).Headers.Location!.ToString());

        await using var db = App.Db(await App.EstablishmentId("SHI"));
        var scheme = new Scheme { Name = "Elsewhere " + Guid.NewGuid().ToString("N")[..6] };
        db.Schemes.Add(scheme);
        await db.SaveChangesAsync();
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/schemes/{scheme.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/schemes/{scheme.Id}/participants/new")).StatusCode);
    }

    private static async Task<HttpResponseMessage> Round(StaffClient client, DateOnly date, int responses, params (string Text, string Percent, string Measure)[] questions) =>
        await client.PostForm("/familydays/surveys/new", "/familydays/surveys/new",
        [
            new("Audience", "Visitors"), new("Title", ""), new("Date", Input(date)), new("Responses", responses.ToString()),
            .. questions.SelectMany((q, i) => new KeyValuePair<string, string>[]
            {
                new($"Questions[{i}].Text", q.Text), new($"Questions[{i}].PercentPositive", q.Percent), new($"Questions[{i}].MeasureKey", q.Measure),
            }),
        ]);

    [Fact]
    public async Task Two_survey_rounds_recorded_by_form_track_visit_started_on_time_beside_sessions_started_on_time()
    {
        var code = await SelfAssessmentTestData.Establishment(App);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices, code);
        var friendly = "Were staff friendly?";
        Assert.Equal(HttpStatusCode.Redirect, (await Round(services, Today.AddDays(-200), 60, (SurveyQuestion.VisitStartedOnTime, "79", ""), (friendly, "88.5", ""))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Round(services, Today.AddDays(-20), 75, ("did your visit start on time? ", "84", ""))).StatusCode);

        var page = await services.GetPage("/familydays/surveys");
        var rows = page.QuerySelectorAll("[data-testid=questions] tbody tr").ToList();
        var onTime = rows.Single(r => r.TextContent.Contains(SurveyQuestion.VisitStartedOnTime, StringComparison.Ordinal));
        Assert.Equal(["79%", "84%"], onTime.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        var measured = rows[rows.IndexOf(onTime) + 1];
        Assert.Equal("measured", measured.GetAttribute("data-testid"));
        Assert.Contains("Measured: Sessions started on time", measured.TextContent);
        var staff = rows.Single(r => r.TextContent.Contains(friendly, StringComparison.Ordinal));
        Assert.Equal(["88.5%", "Not asked"], staff.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        Assert.Equal(84m, await Measure(code, "surveys.visit_started_on_time_pct"));
    }

    [Fact]
    public async Task A_survey_round_without_questions_with_a_share_over_100_a_repeated_question_or_an_unknown_measure_is_refused_and_nothing_is_saved()
    {
        var code = await SelfAssessmentTestData.Establishment(App);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices, code);

        var refused = await Round(services, Today.AddDays(-3), 40);
        Assert.Equal(["Enter at least one question with the share who answered positively"], (await StaffClient.Parse(refused)).ErrorSummary());
        refused = await Round(services, Today.AddDays(-3), 40, ("Was the hall clean?", "101", ""), ("", "50", ""), ("was the hall clean?", "40", "no.such_measure"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(
            ["The share for question 1 must be between 0 and 100", "Enter the wording of question 2", "Question 3 is the same as question 1",
             "Select a measured figure for question 3 from the list"],
            (await StaffClient.Parse(refused)).ErrorSummary());
        refused = await Round(services, Today.AddDays(-3), 0, ("Was the hall clean?", "", ""));
        Assert.Equal(["How many responded must be between 1 and 100,000", "Enter the share who answered question 1 positively"],
            (await StaffClient.Parse(refused)).ErrorSummary());

        await using var db = App.Db(await App.EstablishmentId(code));
        Assert.Equal(0, await db.SurveyRounds.CountAsync());
        Assert.Equal(0, await db.SurveyQuestions.CountAsync());
    }

    [Fact]
    public async Task The_landing_page_warns_when_a_forum_is_overdue_by_the_establishments_interval_and_not_before()
    {
        var code = await SelfAssessmentTestData.Establishment(App);
        var establishment = await App.EstablishmentId(code);
        await using (var db = App.Db(establishment))
        {
            var e = await db.Establishments.SingleAsync(x => x.Id == establishment);
            e.ForumIntervalMinMonths = 2;
            e.ForumIntervalMaxMonths = 3;
            await db.SaveChangesAsync();
        }
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead, code);
        async Task<string?> Warning() => (await lead.GetPage("/familydays")).QuerySelector("[data-testid=forum-overdue]")?.TextContent;
        async Task Forum(DateOnly date)
        {
            await using var db = App.Db(establishment);
            db.Forums.Add(new Forum { Date = date, ChairedBy = "Governor", Topics = "Landing test" });
            await db.SaveChangesAsync();
        }

        Assert.Contains("No family forum has been held", await Warning());

        var last = Today.AddMonths(-3).AddDays(-1);
        await Forum(last);
        Assert.Contains($"one was due by {Domain.Common.LondonTime.FormatDate(last.AddMonths(3))}", await Warning());

        await Forum(Today.AddMonths(-2)); // within the three months
        Assert.Null(await Warning());

        await Forum(Today.AddDays(7)); // planned, not held: does not reset the clock
        Assert.Null(await Warning());
        Assert.Contains(Domain.Common.LondonTime.FormatDate(Today.AddMonths(-2)), (await lead.GetPage("/familydays")).QuerySelector("[data-testid=last-forum]")!.TextContent);
    }
}
