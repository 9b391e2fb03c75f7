using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class BookingJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task The_demo_visits_user_books_a_visit_end_to_end_and_cancels_it()
    {
        await _page.SignInAsync("visits.wymott");
        await _page.GotoAsync("/visits/book");
        await _page.AssertNoAxeViolationsAsync();

        // A demo prisoner with approved visitors: search by a surname and take the first result that has any.
        await _page.GetByLabel("Find the prisoner").FillAsync("a");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        var links = _page.Locator("tbody a");
        var count = await links.CountAsync();
        var found = false;
        for (var i = 0; i < count && !found; i++)
        {
            await _page.GotoAsync(await links.Nth(i).GetAttributeAsync("href") ?? "");
            found = await _page.Locator("input[name=VisitorIds]").CountAsync() > 0;
            if (!found)
            {
                await _page.GoBackAsync();
            }
        }
        Assert.True(found, "no demo prisoner with an approved visitor was found");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one visitor");
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("input[name=VisitorIds]").First.CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Choose a session" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.Locator("input[name=Slot]:not([disabled])").First.CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Does anyone need additional support?" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Quiet area").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Phone call").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Check the booking" })).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("check-answers")).ToContainTextAsync("Quiet area");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Book visit" }).ClickAsync();
        await Expect(_page.Locator(".govuk-panel__title")).ToHaveTextAsync("Visit booked");
        var reference = (await _page.GetByTestId("reference").TextContentAsync())!.Trim();
        Assert.Matches("^[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$", reference);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel visit" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("The visitor cancelled").CheckAsync();
        await _page.GetByRole(AriaRole.Textbox, new() { Name = "Details" }).FillAsync("The family cannot travel that day");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Cancel visit" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"Visit {reference} cancelled");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cancelled");
        await Expect(_page.GetByTestId("history")).ToContainTextAsync("The visitor cancelled: The family cannot travel that day");
        await _page.AssertNoAxeViolationsAsync();
    }
}
