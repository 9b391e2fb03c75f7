using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class PeopleJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task Security_opens_a_prisoner_adds_a_contact_bans_them_and_sees_the_ban_on_the_profile()
    {
        var security = await fixture.NewStaffAsync([Roles.Security], "WYI");
        var surname = BrowserTestData.UniqueSurname("Contactable");
        var prisoner = await fixture.PrisonerAsync("WYI", surname);

        await _page.SignInAsync(security.UserName);
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Prisoners" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Prison number, name or location").FillAsync(prisoner.PrisonNumber);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = $"{surname}, Evander" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathMatches(@"/prisoners/\d+"));
        var prisonerUrl = _page.Url;
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).Last.ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a contact" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("First name").FillAsync("Rhiannon");
        await _page.GetByLabel("Last name").FillAsync("Quickbeam");
        await _page.GetByLabel("Date of birth").FillAsync("12/6/1984");
        await _page.GetByLabel("Phone number").FillAsync("0161 496 0777");
        await _page.GetByLabel("Relationship to the prisoner").SelectOptionAsync(new SelectOptionValue { Label = "Partner" });
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Rhiannon Quickbeam added as a contact");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Rhiannon Quickbeam", Exact = true }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a restriction" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Add restriction" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the type of restriction");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Ban: may not visit between the start and expiry dates").CheckAsync();
        await _page.GetByRole(AriaRole.Textbox, new() { Name = "Reason" }).FillAsync("Threatening behaviour in the visits hall");
        var expiry = TestClock.Today.AddDays(90);
        await _page.GetByRole(AriaRole.Textbox, new() { Name = "Expiry date" }).FillAsync(expiry.ToString("d/M/yyyy"));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add restriction" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Banned restriction added");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GotoAsync(prisonerUrl);
        var warning = _page.GetByTestId("active-restrictions");
        await Expect(warning).ToContainTextAsync("Banned");
        await Expect(warning).ToContainTextAsync("on Rhiannon Quickbeam");
        await Expect(warning).ToContainTextAsync(expiry.ToString("d MMMM yyyy"));
        await _page.AssertNoAxeViolationsAsync();
    }
}
