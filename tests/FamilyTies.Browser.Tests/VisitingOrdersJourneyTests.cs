using FamilyTies.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class VisitingOrdersJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task A_visits_manager_adjusts_a_balance_exchanges_an_order_and_sees_both_in_the_history()
    {
        // A convicted prisoner of its own with no visiting-order history, so the history shows only this journey's entries.
        var manager = await fixture.NewStaffAsync([Roles.VisitsManager], "WYI");
        var surname = BrowserTestData.UniqueSurname("Ledgerly");
        var prisoner = await fixture.PrisonerAsync("WYI", surname);

        await _page.SignInAsync(manager.UserName);
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Prisoners" }).ClickAsync();
        await _page.GetByLabel("Prison number, name or location").FillAsync(prisoner.PrisonNumber);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = $"{surname}, Evander" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Visiting orders", Exact = true }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathMatches(@"/prisoners/\d+/visiting-orders"));
        var tabUrl = _page.Url;
        await Expect(_page.GetByTestId("visiting-order-summary")).ToContainTextAsync("Visiting orders available");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Adjust the balance" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save adjustment" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the reason for the adjustment");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Add visiting orders").CheckAsync();
        await _page.GetByLabel("Number of visiting orders").FillAsync("2");
        await _page.GetByLabel("Governor's adjustment").CheckAsync();
        await _page.GetByLabel("Details").FillAsync("Visits cancelled by the establishment last month");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save adjustment" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("2 visiting orders added");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Exchange for phone credit or a letter" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Phone credit").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Exchange 1 visiting order" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("1 visiting order exchanged for phone credit");

        var history = _page.GetByTestId("visiting-order-history");
        await Expect(history.Locator("tbody tr").First).ToContainTextAsync("Exchanged for phone credit");
        await Expect(history.Locator("tbody tr").Nth(1)).ToContainTextAsync("Governor's adjustment: Visits cancelled by the establishment last month");
        await _page.AssertNoAxeViolationsAsync();

        // The other two forms, with their errors showing.
        foreach (var (action, button) in new[] { ("accumulate", "Record accumulated visits"), ("substitute", "Record substitution") })
        {
            await _page.GotoAsync($"{tabUrl}/{action}");
            await _page.AssertNoAxeViolationsAsync();
            await _page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(_page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await _page.AssertNoAxeViolationsAsync();
        }
    }
}
