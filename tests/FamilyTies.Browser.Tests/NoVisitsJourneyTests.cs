using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// The three parts of running the hall that came last (issue 13 §5, §6, §3): open the no-visits list from the visits
/// landing page, narrow it to a location, record support offered; record a family told about Help with Prison Visits
/// from their contact page; add a hall table. Axe on every page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class NoVisitsJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task Visits_staff_open_the_no_visits_list_record_an_offer_tell_a_family_about_hpv_and_add_a_table()
    {
        // A prisoner here for a year with no visits, in a cell of his own (so the location filter finds only him).
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Lonely"));
        var cell = "Q-" + prisoner.PrisonNumber;
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            var saved = await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id);
            saved.Location = cell;
            saved.ReceptionDate = TestClock.Today.AddDays(-365);
            await db.SaveChangesAsync();
        }
        var family = await fixture.ApprovedVisitorAsync(prisoner, "Rhian", BrowserTestData.UniqueSurname("Kin"));
        var staff = await fixture.NewStaffAsync([Roles.VisitsStaff, Roles.VisitsManager], "WYI");
        await _page.SignInAsync(staff.UserName);

        await _page.GotoAsync("/visits");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Prisoners with no visits" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Location (optional)").FillAsync(cell);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show prisoners" }).ClickAsync();
        await Expect(_page.GetByTestId($"no-visits-{prisoner.PrisonNumber}")).ToContainTextAsync("None offered");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByTestId($"no-visits-{prisoner.PrisonNumber}").GetByRole(AriaRole.Link).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Pen pal").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save support" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Support offer recorded");
        await Expect(_page.GetByTestId("support")).ToContainTextAsync("Pen pal");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Record take-up") }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save take-up" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("take-up recorded");
        await _page.GotoAsync($"/visits/no-visits?location={cell}");
        await Expect(_page.GetByTestId($"no-visits-{prisoner.PrisonNumber}")).ToContainTextAsync("Pen pal: offered");

        // Help with Prison Visits, from the family's contact page.
        await _page.GotoAsync($"/contacts/{family.Id}");
        await _page.GetByTestId("contact-hpv").ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("By phone").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(_page.GetByTestId("hpv-told")).ToContainTextAsync("by phone");
        await _page.AssertNoAxeViolationsAsync();

        // A hall table, from the landing page.
        await _page.GotoAsync("/visits");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Hall tables" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a table" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("#RoomId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var label = "Q" + prisoner.PrisonNumber[1..5];
        await _page.GetByLabel("Table number or name").FillAsync(label);
        await _page.GetByLabel("Quiet").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add table" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"Table {label} added");
        await _page.AssertNoAxeViolationsAsync();
    }
}
