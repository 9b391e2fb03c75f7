using System.Globalization;
using System.Text.RegularExpressions;
using FamilyTies.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// The safer custody team logs an imminent-risk call, records the escalation, a welfare check and the call back,
/// closes it, and sees the landing figures change. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class SaferCustodyJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task An_imminent_risk_call_is_escalated_acted_on_the_caller_told_and_closed()
    {
        var team = await fixture.NewStaffAsync([Roles.SaferCustody], "WYI");
        await _page.GotoAsync("/sign-in");
        await _page.Locator("#UserName").FillAsync(team.UserName);
        await _page.Locator("#Password").FillAsync(BrowserFixture.DemoPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Safer custody" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Safer custody");
        await _page.AssertNoAxeViolationsAsync();
        var contactsBefore = int.Parse(await ThisWeek("contacts"), CultureInfo.InvariantCulture);
        var (toldBefore, wantedBefore) = Share(await ThisWeek("told"));

        // The call: an imminent risk, first without the escalation.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Log a contact" }).First.ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log a contact");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Switchboard emergency" }).CheckAsync();
        await _page.GetByLabel("Caller's name").FillAsync("Hermione Journeytest");
        await _page.GetByLabel("Relationship to the prisoner").FillAsync("Wife");
        await _page.GetByLabel("Caller's phone number").FillAsync("01632 960555");
        await _page.Locator("#CallerWantsCallback").CheckAsync();
        await _page.GetByLabel("Prisoner's name as the caller gave it").FillAsync("Barnaby (surname not given)");
        await _page.GetByRole(AriaRole.Checkbox, new() { Name = "Emotional support or self-harm risk" }).CheckAsync();
        await _page.Locator("#ImminentRisk").CheckAsync();
        await _page.GetByLabel("What the caller said").FillAsync("He rang her tonight and said he cannot cope any more.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();

        var summary = _page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("Select who the imminent risk was escalated to");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Radio, new() { Name = "Duty governor" }).CheckAsync();
        await _page.Locator("#EscalatedDate").FillAsync(await _page.Locator("#ReceivedDate").InputValueAsync());
        await _page.Locator("#EscalatedTime").FillAsync(await _page.Locator("#ReceivedTime").InputValueAsync());
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();

        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("logged");
        await Expect(_page.GetByTestId("escalation")).ToContainTextAsync("Escalated to the duty governor");
        await Expect(_page.GetByTestId("service-levels")).ToContainTextAsync("First action due in");
        await _page.AssertNoAxeViolationsAsync();
        var contactUrl = _page.Url;

        // A welfare check.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record an action" }).ClickAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Welfare check" }).CheckAsync();
        await _page.GetByLabel("Notes").FillAsync("Seen in his cell by the wing officer; talking and settled.");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Expect(_page.GetByTestId("actions")).ToContainTextAsync("Welfare check");
        await Expect(_page.GetByTestId("service-levels")).ToContainTextAsync("First action in time");

        // The call back: without the prisoner's consent, an acknowledgement only.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record telling the caller" }).ClickAsync();
        await Expect(_page.GetByTestId("consent")).ToContainTextAsync("has not agreed");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Caller told the outcome" }).CheckAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Acknowledgement only: the concern was received and acted on" }).CheckAsync();
        await _page.GetByLabel("What was said, or why the caller was not told").FillAsync("Told her staff had checked on him and acted on her concern.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(_page.GetByTestId("caller-feedback")).ToContainTextAsync("Caller told the outcome");
        await _page.AssertNoAxeViolationsAsync();

        // Close it.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Close contact" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Outcome").FillAsync("Prisoner safe and settled; wife reassured.");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Close contact" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("closed");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GotoAsync(contactUrl);
        await Expect(_page.GetByTestId("outcome")).ToHaveTextAsync("Prisoner safe and settled; wife reassured.");

        // The figures moved.
        await _page.GotoAsync("/safercustody");
        Assert.Equal(contactsBefore + 1, int.Parse(await ThisWeek("contacts"), CultureInfo.InvariantCulture));
        Assert.Equal((toldBefore + 1, wantedBefore + 1), Share(await ThisWeek("told")));
        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task The_voicemail_acct_and_meeting_pages_are_accessible()
    {
        // An open ACCT of its own to open, whatever the demo data holds.
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Acctjourney"));
        await fixture.OpenAcctAsync(prisoner);
        var team = await fixture.NewStaffAsync([Roles.SaferCustody], "WYI");
        await _page.GotoAsync("/sign-in");
        // The safer custody team: the family lead reads these pages but may not open the forms (issue 15, section 3.2).
        await _page.Locator("#UserName").FillAsync(team.UserName);
        await _page.Locator("#Password").FillAsync(BrowserFixture.DemoPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        foreach (var (url, heading) in new[]
                 {
                     ("/safercustody/voicemail", "Voicemail checks"),
                     ("/safercustody/cases", "ACCT and CSIP family involvement"),
                     ("/safercustody/cases/new", "Record an ACCT or CSIP"),
                     ("/safercustody/meeting", "Weekly safety intervention meeting"),
                     ("/safercustody/contacts", "Open contacts"),
                     ("/safercustody/contacts/closed", "Closed contacts"),
                 })
        {
            await _page.GotoAsync(url);
            await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await _page.AssertNoAxeViolationsAsync();
        }

        await _page.GotoAsync("/safercustody/cases");
        await _page.GetByTestId("open-cases").Locator("tr", new() { HasText = prisoner.PrisonNumber }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(_page.Locator("main")).ToContainTextAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record family involvement" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
    }

    private async Task<string> ThisWeek(string figure) =>
        (await _page.GetByTestId($"figure-{figure}").Locator("td").First.TextContentAsync())!.Trim();

    private static (int Told, int Wanted) Share(string text)
    {
        var match = ShareText().Match(text);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : (0, 0);
    }

    [GeneratedRegex(@"^(\d+) of (\d+)")]
    private static partial Regex ShareText();
}
