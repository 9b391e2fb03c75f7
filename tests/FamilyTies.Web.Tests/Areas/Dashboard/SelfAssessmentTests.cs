using System.Globalization;
using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.SelfAssessment;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Dashboard;

/// <summary>
/// The evidence-checked self-assessment over HTTP (docs/decisions/0022-self-assessment.md): scoring, the evidence
/// score and its flags, moderation and its history, the action plan, the group director's reach and every refusal.
/// Each test scores an establishment of its own, whose figures are all empty.
/// </summary>
public sealed class SelfAssessmentTests(SelfAssessmentTests.OwnApp fixture) : IClassFixture<SelfAssessmentTests.OwnApp>
{
    /// <summary>
    /// An app of these tests' own: they add establishments, which the shared app's national figures must not see.
    /// </summary>
    public sealed class OwnApp : IDisposable
    {
        private readonly Lazy<FamilyTiesApp> _app = new(() =>
        {
            var app = new FamilyTiesApp();
            _ = app.Server;
            return app;
        });

        public FamilyTiesApp App(DatabaseKind kind) => kind == DatabaseKind.Sqlite ? _app.Value : throw new ArgumentOutOfRangeException(nameof(kind));

        public void Dispose()
        {
            if (_app.IsValueCreated)
            {
                _app.Value.Dispose();
            }
        }
    }

    private static string Y => SelfAssessmentTestData.Year.ToString(CultureInfo.InvariantCulture);

    private static void AssertForbidden(HttpResponseMessage response, string url) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/error/403", StringComparison.Ordinal),
            $"{url}: {(int)response.StatusCode} {response.Headers.Location}");

    private static Dictionary<string, string> Score(string level, string howWell = "Checked at the monthly meeting") =>
        new() { ["SelfScore"] = level, ["HowWell"] = howWell };

    [Fact]
    public async Task The_framework_has_48_requirements_out_of_144_each_naming_its_source()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db();
        var framework = await db.Requirements.Include(r => r.Evidence).ToListAsync();
        Assert.Equal(48, framework.Count);
        Assert.Equal(144, framework.Count * Scoring.Points(ScoreLevel.FullyMet));
        Assert.Equal(Scoring.MostPoints, framework.Count * Scoring.Points(ScoreLevel.FullyMet));
        Assert.All(framework, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(framework.SelectMany(r => r.Evidence), e => Assert.NotNull(FamilyTies.Data.Measures.MeasureRegistry.Find(e.MeasureKey)));
        Assert.Contains(framework, r => r.Evidence.Count == 0);

        using var national = await TestUsers.SignedInAs(app, Roles.NationalViewer);
        var page = await national.GetPage("/dashboard/national/framework");
        Assert.Contains("out of 144", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_claim_the_evidence_does_not_back_is_flagged_and_the_totals_show_both_scores()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var code = await SelfAssessmentTestData.Establishment(app);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, code);

        // Requirement 14 (evening visits) is evidenced by the evening share of capacity; this establishment has no
        // sessions, so the evidence supports "not met" while the lead claims "fully met".
        var response = await lead.PostForm($"/dashboard/self-assessment/{Y}/14", $"/dashboard/self-assessment/{Y}/14", Score("FullyMet"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Requirement 2 (a senior leader is accountable) has no linked measure: fully met is flagged too.
        await lead.PostForm($"/dashboard/self-assessment/{Y}/2", $"/dashboard/self-assessment/{Y}/2", Score("FullyMet"));
        // Requirement 8 claimed "not met" is never flagged.
        await lead.PostForm($"/dashboard/self-assessment/{Y}/8", $"/dashboard/self-assessment/{Y}/8", Score("NotMet", ""));

        var page = await lead.GetPage($"/dashboard/self-assessment?year={Y}");
        var evening = page.QuerySelector("[data-testid='requirement-14']")!;
        Assert.Contains("Fully met", evening.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("Not met", evening.QuerySelector("[data-testid=evidence]")!.TextContent);
        Assert.Equal("The evidence does not back this score", evening.QuerySelector("[data-testid=flag]")!.TextContent.Trim());
        Assert.Equal("Fully met with no linked evidence", page.QuerySelector("[data-testid='requirement-2'] [data-testid=flag]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid='requirement-8'] [data-testid=flag]"));

        // Self: 3 + 3 + 0 = 6. Evidence, over the requirements scored: requirement 14 not met (0), requirement 2 at most
        // mostly met (2), requirement 8 not met (0).
        Assert.Equal("6 out of 144", page.QuerySelector("[data-testid=self-total]")!.TextContent.Trim());
        Assert.Equal("2 out of 144", page.QuerySelector("[data-testid=evidence-total]")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("[data-testid=flagged-total]")!.TextContent.Trim());

        var requirement = await lead.GetPage($"/dashboard/self-assessment/{Y}/14");
        Assert.Contains("visits.evening_capacity_share_pct", requirement.QuerySelector("[data-testid=figures]")!.TextContent);
        Assert.Contains("at least 10%", requirement.QuerySelector("[data-testid=figures]")!.TextContent);
    }

    [Fact]
    public async Task The_group_director_moderates_a_score_with_a_reason_and_the_history_is_kept()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var code = await SelfAssessmentTestData.Establishment(app);
        await SelfAssessmentTestData.Score(app, code, SelfAssessmentTestData.Year, 20, ScoreLevel.FullyMet);
        using var director = await StaffClient.SignedInAsNew(app, Roles.PrisonGroupDirector, code);
        var url = $"/dashboard/self-assessment/{Y}/20";

        var first = await director.PostForm(url, url + "/moderate", new Dictionary<string, string> { ["Score"] = "MostlyMet", ["Reason"] = "Video calls are offered but few take them up" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await director.PostForm(url, url + "/moderate", new Dictionary<string, string> { ["Score"] = "NotMet", ["Reason"] = "No booths were working in the summer" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var page = await director.GetPage(url);
        Assert.Contains("Fully met", page.QuerySelector("[data-testid=self-score]")!.TextContent);
        Assert.Contains("Not met", page.QuerySelector("[data-testid=moderated-score]")!.TextContent);
        var history = page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Video calls are offered but few take them up", history[0]);
        Assert.Contains("Fully met", history[0]);
        Assert.Contains("No booths were working in the summer", history[1]);
        // The moderated score is the one the totals count; the self-score is still shown.
        var index = await director.GetPage($"/dashboard/self-assessment?year={Y}");
        Assert.Equal("3 out of 144", index.QuerySelector("[data-testid=self-total]")!.TextContent.Trim());
        Assert.StartsWith("0 out of 144", index.QuerySelector("[data-testid=agreed-total]")!.TextContent.Trim());
        // The director's form is not the family lead's: no self-score form on the page.
        Assert.Null(page.QuerySelector("input[name=SelfScore]"));
    }

    [Fact]
    public async Task The_group_director_reads_figures_of_their_group_only_and_never_an_individual_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (a, b, outside) = (await SelfAssessmentTestData.Establishment(app), await SelfAssessmentTestData.Establishment(app), await SelfAssessmentTestData.Establishment(app));
        using var director = await StaffClient.SignedInAsNew(app, Roles.PrisonGroupDirector, a, b);

        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync("/dashboard/report")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync("/dashboard/self-assessment")).StatusCode);
        foreach (var records in new[] { "/prisoners", "/contacts", "/dashboard/measures/visits.booked", "/dashboard/measures/needs.children_pct/rows.csv",
                     "/safercustody", "/visits", "/audit", "/admin/settings", "/dashboard/national" })
        {
            AssertForbidden(await director.Http.GetAsync(records), records);
        }
        var dashboard = await director.GetPage("/dashboard");
        Assert.Empty(dashboard.QuerySelectorAll("a[href^='/dashboard/measures/']"));

        // Within the group they switch establishment; outside it they cannot.
        var home = await director.GetPage("/");
        var switched = await director.PostFormOn(home, "/establishment/switch", new Dictionary<string, string> { ["establishmentId"] = (await app.EstablishmentId(b)).ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("HMP Selfassess " + b, (await director.GetPage("/dashboard/self-assessment")).QuerySelector("main")!.TextContent);
        var refused = await director.PostFormOn(home, "/establishment/switch", new Dictionary<string, string> { ["establishmentId"] = (await app.EstablishmentId(outside)).ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("HMP Selfassess " + outside, (await director.GetPage("/dashboard/self-assessment")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Refused_scores_save_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var code = await SelfAssessmentTestData.Establishment(app);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, code);
        var url = $"/dashboard/self-assessment/{Y}/14";

        var noScore = await StaffClient.Parse(await lead.PostForm(url, url, Score("")));
        Assert.Contains("Select not met, mostly met or fully met", noScore.ErrorSummary());
        var notOne = await StaffClient.Parse(await lead.PostForm(url, url, Score("2")));
        Assert.Contains("Select not met, mostly met or fully met", notOne.ErrorSummary());
        var noNote = await StaffClient.Parse(await lead.PostForm(url, url, Score("FullyMet", "")));
        Assert.Contains("Say how well it is working: what the figures show, not only that a system exists", noNote.ErrorSummary());
        var tooLong = await StaffClient.Parse(await lead.PostForm(url, url, Score("MostlyMet", new string('a', 1001))));
        Assert.Contains("How well it is working must be 1,000 characters or fewer", tooLong.ErrorSummary());
        // No requirement 49, no year before 2020; the lead is offered no moderation form, the director no score form.
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync($"/dashboard/self-assessment/{Y}/49")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync("/dashboard/self-assessment/2019/14")).StatusCode);
        Assert.Null((await lead.GetPage(url)).QuerySelector($"form[action='{url}/moderate']"));
        using var director = await StaffClient.SignedInAsNew(app, Roles.PrisonGroupDirector, code);
        Assert.Null((await director.GetPage(url)).QuerySelector("input[name=SelfScore]"));

        await using var db = app.Db(await app.EstablishmentId(code));
        Assert.Equal(0, await db.AssessmentScores.CountAsync());
    }

    [Fact]
    public async Task Refused_moderations_save_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var code = await SelfAssessmentTestData.Establishment(app);
        using var director = await StaffClient.SignedInAsNew(app, Roles.PrisonGroupDirector, code);
        var url = $"/dashboard/self-assessment/{Y}/20";
        Dictionary<string, string> Moderation(string score, string reason) => new() { ["Score"] = score, ["Reason"] = reason };

        var unscored = await StaffClient.Parse(await director.PostForm(url, url + "/moderate", Moderation("NotMet", "Weak evidence")));
        Assert.Contains("The family lead has not scored this requirement yet, so there is nothing to moderate", unscored.ErrorSummary());

        await SelfAssessmentTestData.Score(app, code, SelfAssessmentTestData.Year, 20, ScoreLevel.MostlyMet);
        var noReason = await StaffClient.Parse(await director.PostForm(url, url + "/moderate", Moderation("NotMet", " ")));
        Assert.Contains("Enter the reason for the change", noReason.ErrorSummary());
        var noScore = await StaffClient.Parse(await director.PostForm(url, url + "/moderate", Moderation("Excellent", "Weak evidence")));
        Assert.Contains("Select the score the requirement should have", noScore.ErrorSummary());
        var same = await StaffClient.Parse(await director.PostForm(url, url + "/moderate", Moderation("MostlyMet", "Weak evidence")));
        Assert.Contains("The score is already mostly met: select a different score", same.ErrorSummary());
        var tooLong = await StaffClient.Parse(await director.PostForm(url, url + "/moderate", Moderation("NotMet", new string('a', 1001))));
        Assert.Contains("Reason must be 1,000 characters or fewer", tooLong.ErrorSummary());

        await using var db = app.Db(await app.EstablishmentId(code));
        Assert.Equal(0, await db.ScoreModerations.CountAsync());
        Assert.Null((await db.AssessmentScores.SingleAsync()).ModeratedScore);
    }

    [Fact]
    public async Task The_action_plan_keeps_items_and_the_dashboard_shows_the_overdue_ones()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var code = await SelfAssessmentTestData.Establishment(app);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, code);
        var form = $"/dashboard/self-assessment/{Y}/actions/new";
        Dictionary<string, string> Item(string requirement, string action, string owner, string due, string status) =>
            new() { ["Requirement"] = requirement, ["Action"] = action, ["Owner"] = owner, ["DueDate"] = due, ["Status"] = status };
        string Date(int days) => TestClock.Today.AddDays(days).ToString("d/M/yyyy", CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostForm(form, form, Item("14", "Pilot a Thursday evening session", "Visits manager", Date(-3), "InProgress"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostForm(form, form, Item("37", "Ask about children at induction", "Head of reducing reoffending", Date(20), "NotStarted"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostForm(form, form, Item("4", "Advertise the forum", "Family services", Date(-9), "Done"))).StatusCode);

        var dashboard = await lead.GetPage("/dashboard");
        var overdue = dashboard.QuerySelector("[data-testid=overdue]")!.TextContent;
        Assert.Contains("Pilot a Thursday evening session", overdue);
        Assert.DoesNotContain("Ask about children at induction", overdue); // not yet due
        Assert.DoesNotContain("Advertise the forum", overdue); // done

        // Refused: each rule, nothing saved.
        var refused = new (Dictionary<string, string> Fields, string Message)[]
        {
            (Item("", "A", "B", Date(5), "NotStarted"), "Select the requirement the action addresses"),
            (Item("49", "A", "B", Date(5), "NotStarted"), "Select the requirement the action addresses"),
            (Item("14", "", "B", Date(5), "NotStarted"), "Enter the action"),
            (Item("14", "A", "", Date(5), "NotStarted"), "Enter who owns the action"),
            (Item("14", "A", "B", "", "NotStarted"), "Enter the due date"),
            (Item("14", "A", "B", Date(5), "Finished"), "Select the status"),
            (Item("14", new string('a', 501), "B", Date(5), "NotStarted"), "Action must be 500 characters or fewer"),
        };
        foreach (var (fields, message) in refused)
        {
            var page = await StaffClient.Parse(await lead.PostForm(form, form, fields));
            Assert.Contains(message, page.ErrorSummary());
        }
        await using var db = app.Db(await app.EstablishmentId(code));
        Assert.Equal(3, await db.ActionPlanItems.CountAsync());

        // Marking the overdue item done takes it off the dashboard.
        var item = await db.ActionPlanItems.SingleAsync(a => a.Action == "Pilot a Thursday evening session");
        var edit = $"/dashboard/self-assessment/actions/{item.Id}";
        var saved = await lead.PostForm(edit, edit, new Dictionary<string, string> { ["Status"] = "Done" }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Pilot a Thursday evening session", (await lead.GetPage("/dashboard")).QuerySelector("[data-testid=overdue]")!.TextContent);

        // Another establishment's item is not found.
        var other = await SelfAssessmentTestData.ActionItem(app, await SelfAssessmentTestData.Establishment(app));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync($"/dashboard/self-assessment/actions/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_national_team_edits_a_requirement_and_refused_edits_save_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var national = await TestUsers.SignedInAs(app, Roles.NationalViewer);
        const string url = "/dashboard/national/framework/47";
        Dictionary<string, string> Edit(string key, string mostly, string fully) => new()
        {
            ["Evidence[0].MeasureKey"] = key, ["Evidence[0].MostlyMet"] = mostly, ["Evidence[0].FullyMet"] = fully,
        };
        var refused = new (Dictionary<string, string> Fields, string Message)[]
        {
            (Edit("no.such.measure", "1", "2"), "Select a measure from the list"),
            (Edit("needs.on_roll", "1", "2"), "Select a measure from the list"),
            (Edit("contact.regular_pct", "", "40"), "Enter the figure for mostly met"),
            (Edit("contact.regular_pct", "40", "25"), "Fully met must be at or above mostly met: more is better for this measure"),
            (Edit("safercustody.overdue", "2", "12"), "Fully met must be at or below mostly met: less is better for this measure"),
            (Edit("contact.regular_pct", "-1", "40"), "Enter a figure from 0 to 100,000"),
            (new Dictionary<string, string> { ["Text"] = "" }, "Enter the requirement"),
        };
        foreach (var (fields, message) in refused)
        {
            var page = await StaffClient.Parse(await national.PostForm(url, url, fields, keepPrefilled: true));
            Assert.Contains(message, page.ErrorSummary());
        }
        await using (var db = app.Db())
        {
            Assert.Empty((await db.Requirements.Include(r => r.Evidence).SingleAsync(r => r.Number == 47)).Evidence);
        }
        // A family lead may not edit the framework.
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        AssertForbidden(await lead.Http.GetAsync(url), url);
    }

    [Fact]
    public async Task The_demo_self_assessments_claim_more_than_the_evidence_and_the_national_view_shows_both_scores()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var page = await lead.GetPage("/dashboard/self-assessment");
        // Wymott's demo self-score: every eighth requirement mostly met (6 of 48), the rest fully met.
        Assert.Equal("138 out of 144", page.QuerySelector("[data-testid=self-total]")!.TextContent.Trim());
        Assert.True(int.Parse(page.QuerySelector("[data-testid=flagged-total]")!.TextContent.Trim(), CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Add a Sunday afternoon session", (await lead.GetPage("/dashboard")).QuerySelector("[data-testid=overdue]")!.TextContent);

        using var national = await StaffClient.SignedIn(app, "national.viewer");
        var view = await national.GetPage("/dashboard/national");
        var rows = view.QuerySelectorAll("[data-testid=assessments] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Wymott", StringComparison.Ordinal) && r.Contains("138", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Littlehey", StringComparison.Ordinal) && r.Contains("140", StringComparison.Ordinal));
    }
}
