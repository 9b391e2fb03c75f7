using FamilyTies.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task Visits_staff_sign_in_reach_visits_switch_establishment_and_sign_out()
    {
        // Switching changes where the account works, so the journey switches an account of its own (at Wymott and
        // Stoke Heath, like the demo's Wymott staff) and leaves the shared demo accounts alone.
        var user = await fixture.NewStaffAsync([Roles.VisitsStaff], "WYI", "SHI");
        await _page.GotoAsync("/sign-in");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to FamilyTies");
        await _page.AssertNoAxeViolationsAsync();

        await _page.SignInAsync(user.UserName);
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/"));
        await Expect(_page.GetByTestId("signed-in-user")).ToHaveTextAsync(user.DisplayName);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })
            .GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true })
            .ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/visits"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Visits");
        await _page.AssertNoAxeViolationsAsync();

        var switcher = _page.Locator("#establishment-switch");
        await Expect(switcher.Locator("option:checked")).ToHaveTextAsync("HMP Wymott");
        await switcher.SelectOptionAsync(new SelectOptionValue { Label = "HMPYOI Stoke Heath" });
        await _page.GetByRole(AriaRole.Button, new() { Name = "Change establishment" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync("You are now working in HMPYOI Stoke Heath");
        await Expect(switcher.Locator("option:checked")).ToHaveTextAsync("HMPYOI Stoke Heath");
        await Expect(_page.GetByTestId("signed-in-user")).ToHaveTextAsync(user.DisplayName);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/sign-in"));
        await Expect(_page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GotoAsync("/visits");
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/sign-in"));
        await Expect(_page.GetByLabel("Username")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_change_password_page_is_linked_from_the_header_and_reports_each_problem()
    {
        // Reads only: the shared demo user's password is never changed here (the HTTP tests change passwords).
        await _page.GotoAsync("/sign-in");
        await _page.SignInAsync("familylead.littlehey");
        await Expect(_page.GetByTestId("signed-in-roles")).ToContainTextAsync("Family lead");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs("/account/password"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Change your password");
        await _page.AssertNoAxeViolationsAsync();

        await _page.Locator("#CurrentPassword").FillAsync("not-my-password-at-all");
        await _page.Locator("#NewPassword").FillAsync("short");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        var summary = _page.Locator(".govuk-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "New password must be at least 12 characters" })).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_summary()
    {
        // A failed attempt counts towards the account's lockout: an account of its own.
        var user = await fixture.NewStaffAsync([Roles.VisitsStaff], "WYI");
        await _page.GotoAsync("/sign-in");

        await _page.SignInAsync(user.UserName, "not-the-right-password");

        var summary = _page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct username and password" }))
            .ToBeVisibleAsync();
        await Expect(_page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await _page.AssertNoAxeViolationsAsync();
    }
}
