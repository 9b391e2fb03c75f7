using FamilyTies.Domain;
using FamilyTies.Testing;
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
    public async Task A_visits_user_books_a_visit_end_to_end_with_back_and_change_keeping_answers_out_of_the_address_bar_and_cancels_it()
    {
        // Everything the journey needs is its own: a visits user at Wymott only, a convicted prisoner with an approved
        // adult visitor and visiting orders, and a session with open tables on a day inside the booking window.
        var user = await fixture.NewStaffAsync([Roles.VisitsStaff], "WYI");
        var surname = BrowserTestData.UniqueSurname("Bookwell");
        var prisoner = await fixture.PrisonerAsync("WYI", surname);
        await fixture.ApprovedVisitorAsync(prisoner, "Marigold", surname);
        await fixture.VisitingOrdersAsync(prisoner, 2);
        var session = await fixture.OpenSessionAsync("WYI", TestClock.Today.AddDays(2).DayOfWeek);

        await _page.SignInAsync(user.UserName);
        // Every address the browser asks for or is sent to from here on: the answers travel in POST bodies only.
        var urls = new List<string>();
        _page.Request += (_, request) => urls.Add(request.Url);
        const string phone = "07911 123456";
        const string notes = "Needs a seat near the door after heart surgery";
        await _page.GotoAsync("/visits/book");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Find the prisoner").FillAsync(prisoner.PrisonNumber);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = $"Book a visit for Evander {surname}" }).ClickAsync();
        await Expect(_page.Locator("input[name=VisitorIds]")).ToHaveCountAsync(1);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one visitor");
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("input[name=VisitorIds]").First.CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Choose a session" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        // This journey's own session: the first date it is offered on (blocked dates and dates outside the window are not).
        var ours = _page.Locator($"input[name=Slot][value^='{session.Id}:']");
        await Expect(ours).Not.ToHaveCountAsync(0);
        var slot = ours.First;
        await Expect(_page.Locator($"[id='{await slot.GetAttributeAsync("aria-describedby")}']")).ToContainTextAsync("10 of 10 open tables free");
        await slot.CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Does anyone need additional support?" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Quiet area").CheckAsync();
        await _page.Locator("textarea[name=OtherSupport]").FillAsync(notes);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Main contact and request method" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        // Back is a button posting the answers so far: the support page comes back as it was left.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await Expect(_page.Locator("textarea[name=OtherSupport]")).ToHaveValueAsync(notes);
        await Expect(_page.GetByLabel("Quiet area")).ToBeCheckedAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await _page.GetByLabel("Their phone number (optional)").FillAsync(phone);
        await _page.GetByLabel("Phone call").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Check the booking" })).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("check-answers")).ToContainTextAsync("Quiet area");
        await Expect(_page.GetByTestId("check-answers")).ToContainTextAsync(notes);
        await Expect(_page.GetByTestId("check-answers")).ToContainTextAsync(phone);
        await _page.AssertNoAxeViolationsAsync();

        // Change is a button too: the support step with its answers, then Continue through to the check page again.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Change additional support" }).ClickAsync();
        await Expect(_page.Locator("textarea[name=OtherSupport]")).ToHaveValueAsync(notes);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByLabel("Their phone number (optional)")).ToHaveValueAsync(phone);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Check the booking" })).ToBeVisibleAsync();

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
        Assert.Equal(2, await fixture.BalanceAsync(prisoner));
        Assert.Contains(urls, u => u.Contains("/visits/book/", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var decoded = Uri.UnescapeDataString(url.Replace('+', ' '));
            foreach (var answer in new[] { phone, "07911123456", "7911123456", notes, "heart surgery", "Marigold" })
            {
                Assert.False(decoded.Contains(answer, StringComparison.Ordinal), $"\"{answer}\" is in the address {url}");
            }
        }
    }
}
