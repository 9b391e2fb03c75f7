using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class VisitsTimetableJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    /// <summary>Today in London on the server's clock (<see cref="TestClock"/>).</summary>
    private static DateOnly Today => TestClock.Today;

    [Fact]
    public async Task The_visits_manager_views_the_timetable_blocks_a_date_and_sees_it_blocked()
    {
        var manager = await fixture.NewStaffAsync([Roles.VisitsManager], "WYI");
        await _page.SignInAsync(manager.UserName);
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Visits" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Visits", Exact = true })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Timetable", Exact = true }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Visits timetable" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        // Wymott's Wednesday evening session (demo timetable) is marked, this week as every week.
        var thisMonday = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));
        await Expect(_page.GetByTestId($"day-{thisMonday.AddDays(2):yyyy-MM-dd}").GetByTestId("evening").First).ToHaveTextAsync("Evening");

        await _page.Locator("a[rel=next]").ClickAsync();
        var monday = thisMonday.AddDays(7);
        var tuesday = monday.AddDays(1);
        await Expect(_page.Locator(".govuk-caption-l")).ToHaveTextAsync("Week starting " + monday.ToString("dddd d MMMM yyyy", EnGb));
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Block a date or session" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Block visits" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date to block");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Date").FillAsync(tuesday.ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        await _page.GetByLabel("Reason").FillAsync("Staff training day");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Block visits" }).ClickAsync();
        var spelt = tuesday.ToString("dddd d MMMM yyyy", EnGb);
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"Every session on {spelt} blocked");
        await Expect(_page.GetByTestId("blocks")).ToContainTextAsync("Staff training day");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GotoAsync($"/visits/timetable?week={monday:yyyy-MM-dd}");
        await Expect(_page.GetByTestId($"day-{tuesday:yyyy-MM-dd}").GetByTestId("day-blocked")).ToContainTextAsync("Every session is blocked: Staff training day");
        await _page.AssertNoAxeViolationsAsync();

        // Put Wymott's day back as it was: remove the block again.
        await _page.GotoAsync("/visits/blocks");
        await _page.GetByTestId("blocks").Locator("tr", new() { HasText = "Staff training day" }).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Remove block" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"Block on {spelt} removed");
        await _page.GotoAsync($"/visits/timetable?week={monday:yyyy-MM-dd}");
        await Expect(_page.GetByTestId($"day-{tuesday:yyyy-MM-dd}").GetByTestId("day-blocked")).ToHaveCountAsync(0);

        await _page.GotoAsync("/visits/sessions/new");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name for the session");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GotoAsync("/visits/sessions");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GotoAsync("/visits/rooms");
        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_family_member_opens_the_visiting_information_without_signing_in()
    {
        await _page.GotoAsync("/sign-in");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Visiting information for families" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/visiting"));
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "HMP Littlehey" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/visiting/lhi"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Visiting HMP Littlehey" })).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("visiting-times")).ToContainTextAsync("9am to 11am");
        await Expect(_page.GetByTestId("booking-number")).ToHaveTextAsync("01480 335136");
        await Expect(_page.Locator(".moj-primary-navigation")).ToHaveCountAsync(0);
        await _page.AssertNoAxeViolationsAsync();
    }
}
