using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// The family lead scores part of a self-assessment, sees the score the evidence supports and the flag on a claim it
/// does not back, adds an action plan item; the prison group director moderates the score with a reason. The year is
/// three years back, which the demo data leaves empty, so the test owns every answer. Every page is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SelfAssessmentJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task The_family_lead_scores_sees_the_evidence_flag_and_the_group_director_moderates()
    {
        var year = (TestClock.Today.Year - 3).ToString(CultureInfo.InvariantCulture);
        var lead = await fixture.NewStaffAsync([Roles.FamilyLead], "WYI");
        await _page.SignInAsync(lead.UserName);

        await _page.GotoAsync($"/dashboard/self-assessment?year={year}");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Self-assessment {year}");
        await _page.AssertNoAxeViolationsAsync();

        // Requirement 14: evening visits, evidenced by the evening share of capacity (nothing that year).
        await _page.GetByTestId("requirement-14").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Requirement 14");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Fully met (3 points)").CheckAsync();
        await _page.GetByLabel("How well is it working?").FillAsync("Evening sessions are on the timetable.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save score" }).ClickAsync();
        await Expect(_page.GetByTestId("self-score")).ToContainTextAsync("Fully met");
        await Expect(_page.GetByTestId("evidence-score")).ToContainTextAsync("Not met");
        await Expect(_page.GetByTestId("flag")).ToHaveTextAsync("The evidence does not back this score");
        await _page.AssertNoAxeViolationsAsync();

        // A score without saying how well it works is refused with the error summary.
        await _page.GetByLabel("Mostly met (2 points)").CheckAsync();
        await _page.GetByLabel("How well is it working?").FillAsync("");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save score" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Say how well it is working");
        await _page.AssertNoAxeViolationsAsync();

        // An action plan item for the requirement.
        await _page.GotoAsync($"/dashboard/self-assessment/{year}/14");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Add an action plan item for this requirement" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Action", new() { Exact = true }).FillAsync("Pilot a Thursday evening session");
        await _page.GetByLabel("Owner").FillAsync("Visits custodial manager");
        await _page.GetByLabel("Due date").FillAsync(TestClock.Today.AddDays(30).ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(_page.GetByTestId("actions")).ToContainTextAsync("Pilot a Thursday evening session");
        await Expect(_page.GetByTestId("self-total")).ToHaveTextAsync("3 out of 144");
        await Expect(_page.GetByTestId("evidence-total")).ToHaveTextAsync("0 out of 144");
        await _page.AssertNoAxeViolationsAsync();
        await _page.SignOutAsync();

        // The group director moderates the claim down, with a reason; the history keeps it.
        var director = await fixture.NewStaffAsync([Roles.PrisonGroupDirector], "WYI", "SHI");
        await _page.SignInAsync(director.UserName);
        await _page.GotoAsync("/dashboard");
        await Expect(_page.GetByTestId("overdue")).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GotoAsync($"/dashboard/self-assessment/{year}/14");
        await _page.GetByLabel("Not met (0 points)").CheckAsync();
        await _page.GetByLabel("Reason for the change").FillAsync("No evening session ran that year.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Moderate score" }).ClickAsync();
        await Expect(_page.GetByTestId("moderated-score")).ToContainTextAsync("Not met");
        await Expect(_page.GetByTestId("history")).ToContainTextAsync("No evening session ran that year.");
        await _page.AssertNoAxeViolationsAsync();
    }
}
