using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// Family services add a scheme of their own and record a prisoner starting and completing it, record a survey round
/// (refused once for a missing share), change a family day and cancel it with a reason (refused once without one).
/// Every page, including the pages with an error summary, is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FamilyDayFormsJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private static string Input(DateOnly d) => d.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_scheme_participation_a_survey_round_and_a_family_days_change_and_cancellation_are_recorded_through_their_forms()
    {
        var services = await fixture.NewStaffAsync([Roles.FamilyServices], "WYI");
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Scheme"));
        var today = TestClock.Today;
        var day = new FamilyDay
        {
            Title = "Forms journey day " + Guid.NewGuid().ToString("N")[..6], Type = FamilyDayType.AdultFamilyDay, Date = today.AddDays(25),
            StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(15, 0), Venue = "Visits hall", CapacityFamilies = 8, CapacityPeople = 30, Organiser = "Pact",
        };
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            db.FamilyDays.Add(day);
            await db.SaveChangesAsync();
        }
        await _page.SignInAsync(services.UserName);

        // A scheme of the establishment's own, and a prisoner starting then completing it.
        var scheme = "Journey scheme " + Guid.NewGuid().ToString("N")[..6];
        await _page.GotoAsync("/familydays/schemes");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a scheme" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Name of the scheme").FillAsync(scheme);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add the scheme" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(scheme);
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record a prisoner starting" }).ClickAsync();
        await _page.GetByLabel("Prison number").FillAsync(prisoner.PrisonNumber);
        await _page.GetByLabel("Date they started").FillAsync(Input(today.AddDays(-30)));
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByTestId("participation-status")).ToHaveTextAsync("Taking part");
        await _page.GetByRole(AriaRole.Link, new() { Name = $"Change {prisoner.PrisonNumber}'s part" }).ClickAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Completed" }).CheckAsync();
        await _page.GetByLabel("Date they completed or left").FillAsync(Input(today.AddDays(-1)));
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByTestId("participation-status")).ToContainTextAsync("Completed on");
        await _page.AssertNoAxeViolationsAsync();

        // A survey round: refused once without the share, then saved.
        await _page.GotoAsync("/familydays/surveys");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record a survey round" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Date of the survey").FillAsync(Input(today.AddDays(-5)));
        await _page.GetByLabel("How many responded").FillAsync("52");
        var question = "Journey question " + Guid.NewGuid().ToString("N")[..6] + "?";
        await _page.GetByLabel("Question 1: wording").FillAsync(question);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the survey round" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the share who answered question 1 positively");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Question 1: answered positively (%)").FillAsync("77");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the survey round" }).ClickAsync();
        await Expect(_page.GetByTestId("questions")).ToContainTextAsync(question);
        await _page.AssertNoAxeViolationsAsync();

        // The family day changed, then cancelled: refused once without a reason.
        await _page.GotoAsync($"/familydays/days/{day.Id}");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Change the details" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Venue").FillAsync("Gym");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(_page.Locator(".govuk-summary-list")).ToContainTextAsync("Gym");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel the family day" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel the family day" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why the family day is cancelled");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Why is the family day cancelled?").FillAsync("The visits hall is being repaired");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel the family day" }).ClickAsync();
        await Expect(_page.GetByTestId("cancelled")).ToContainTextAsync("The visits hall is being repaired");
        await _page.AssertNoAxeViolationsAsync();
    }
}
