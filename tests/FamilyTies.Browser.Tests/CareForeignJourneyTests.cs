using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// Issue 12: family services register a care-experienced prisoner, record an adviser contact and see the contact-gap
/// figures; add a drop-in session and record who came; then record a foreign national's family abroad and a
/// night-call override request, and decide it. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CareForeignJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private ILocator H1 => _page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [Fact]
    public async Task A_care_experienced_prisoner_is_registered_an_adviser_contact_recorded_and_the_contact_gap_seen()
    {
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Careleaver"));
        var staff = await fixture.NewStaffAsync([Roles.FamilyServices], "WYI");
        await _page.SignInAsync(staff.UserName);

        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Care-experienced" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Care-experienced prisoners");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Register a prisoner" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Register a care-experienced prisoner");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the prison number");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByLabel("Prison number").FillAsync(prisoner.PrisonNumber);
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Induction questionnaire" }).CheckAsync();
        await _page.GetByLabel("Looked after from (optional)").FillAsync("1/9/2001");
        await _page.GetByLabel("Looked after until (optional)").FillAsync("14/3/2005");
        await _page.Locator("#ConsentToShare").CheckAsync();
        await _page.GetByLabel("Responsible local authority (optional)").FillAsync("Wigan Council");
        await _page.GetByLabel("Personal adviser (optional)", new() { Exact = true }).FillAsync("Tamsin Browseradviser");
        await _page.Locator("#PathwayPlanHeld").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("added to the care-experienced register");
        await Expect(_page.GetByTestId("local-authority")).ToContainTextAsync("Wigan Council");
        await Expect(_page.GetByTestId("due")).ToContainTextAsync("The first contact in custody is due by");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Record an adviser contact" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Record a personal adviser contact");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Video call" }).CheckAsync();
        await _page.GetByLabel("Who (name and role)").FillAsync("Tamsin Browseradviser, personal adviser");
        await _page.GetByLabel("What was discussed (optional)").FillAsync("Education on release");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Expect(_page.GetByTestId("contacts")).ToContainTextAsync("Tamsin Browseradviser, personal adviser");
        await Expect(_page.GetByTestId("due")).ToContainTextAsync("The next contact is due by");

        await _page.GetByRole(AriaRole.Link, new() { Name = "Change consent" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Consent to share with the local authority");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GotoAsync("/careexperienced");
        await Expect(_page.GetByTestId("register")).ToContainTextAsync(prisoner.PrisonNumber);
        // The contact gap: the share of care-experienced prisoners with a visit this month beside other prisoners'.
        await Expect(_page.GetByTestId("care-visit")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)?%$"));
        await Expect(_page.GetByTestId("others-visit")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)?%$"));
        await Expect(_page.GetByTestId("overdue-figure")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "No visits in 28 days" }).ClickAsync();
        await Expect(_page.GetByTestId("worklist")).ToContainTextAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_drop_in_session_is_added_and_who_came_recorded()
    {
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Dropintest"));
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            db.CareExperiencedRecords.Add(new FamilyTies.Domain.CareExperienced.CareExperiencedRecord
            {
                PrisonerId = prisoner.Id, RegisteredOn = TestClock.Today.AddDays(-20), IdentifiedBy = FamilyTies.Domain.CareExperienced.IdentifiedBy.FirstNight,
            });
            await db.SaveChangesAsync();
        }
        var staff = await fixture.NewStaffAsync([Roles.FamilyServices], "WYI");
        await _page.SignInAsync(staff.UserName);

        await _page.GotoAsync("/careexperienced");
        await Expect(_page.GetByTestId("dropin-figure")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Care-experienced pages" }).GetByRole(AriaRole.Link, new() { Name = "Drop-in sessions" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Drop-in sessions");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a drop-in session" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Add a drop-in session");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Run with").FillAsync("");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date of the session");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Date").FillAsync(FamilyTies.Domain.Common.LondonTime.DateInput(TestClock.Today.AddDays(-2)));
        await _page.GetByLabel("Start time").FillAsync("10am");
        await _page.GetByLabel("End time").FillAsync("11:30am");
        await _page.GetByLabel("Where").FillAsync("Library");
        await _page.GetByLabel("Run with").FillAsync("Lancashire County Council leaving care team");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Drop-in session added");
        await Expect(_page.GetByTestId("attendance")).ToHaveTextAsync("Attendance is not recorded yet.");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Record attendance");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Checkbox, new() { Name = $"{prisoner.LastName}, {prisoner.FirstName} ({prisoner.PrisonNumber})" }).CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Attendance recorded");
        await Expect(_page.GetByTestId("attendance")).ToContainTextAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByTestId("attendance").GetByRole(AriaRole.Link, new() { Name = $"{prisoner.LastName}, {prisoner.FirstName}" }).ClickAsync();
        await Expect(_page.GetByTestId("dropins")).ToContainTextAsync("Lancashire County Council leaving care team");
        await _page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_foreign_nationals_family_abroad_and_a_night_call_override_are_recorded()
    {
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Nguyentest"));
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            var p = await db.Prisoners.SingleAsync(x => x.Id == prisoner.Id);
            (p.Nationality, p.Languages, p.InterpreterNeeded) = ("Vietnamese", "Vietnamese", true);
            await db.SaveChangesAsync();
        }
        var staff = await fixture.NewStaffAsync([Roles.FamilyServices], "WYI");
        await _page.SignInAsync(staff.UserName);

        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Foreign nationals" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Foreign nationals");
        await Expect(_page.GetByTestId("foreign-nationals")).ToContainTextAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByTestId("foreign-nationals").GetByRole(AriaRole.Link, new() { Name = $"{prisoner.LastName}, {prisoner.FirstName}" }).ClickAsync();
        await Expect(_page.GetByText("No family abroad recorded.")).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Record family abroad" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Record family abroad");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Name").FillAsync("Lan Browsertest");
        await _page.GetByLabel("Relationship to the prisoner").FillAsync("Sister");
        await _page.GetByLabel("Country").FillAsync("Vietnam");
        await _page.GetByLabel("Time zone").FillAsync("Vietnam time");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the time zone as a region and city");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Time zone").FillAsync("Asia/Ho_Chi_Minh");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Family abroad recorded");
        await Expect(_page.GetByTestId("family-abroad")).ToContainTextAsync("ahead of London");
        await Expect(_page.GetByTestId("overlap")).ToContainTextAsync("their time");
        await _page.AssertNoAxeViolationsAsync();

        // The request is recorded when it is made, then decided afterwards by the member of staff signed in.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Record a night-call override request for Lan Browsertest" }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Record a night-call override request");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Requested by").FillAsync("The prisoner");
        await _page.GetByLabel("Why is a call outside phone hours needed?").FillAsync("Sister works until 10pm their time");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save request" }).ClickAsync();
        await Expect(_page.GetByTestId("night-calls")).ToContainTextAsync("Requested, not decided yet");

        await _page.GetByTestId("night-calls").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Decide the request of .* to call Lan Browsertest$") }).ClickAsync();
        await Expect(H1).ToHaveTextAsync("Decide a night-call override request");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Refuse" }).CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why the request is refused");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Grant: the prisoner may call outside phone hours" }).CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Night-call override granted");
        await Expect(_page.GetByTestId("night-calls")).ToContainTextAsync($"Granted on {FamilyTies.Domain.Common.LondonTime.FormatDate(TestClock.Today)} by {staff.DisplayName}");
        await _page.AssertNoAxeViolationsAsync();

        foreach (var (button, heading) in new[] { ("Record credit", "Record international phone credit"), ("Record contact with officials", "Record contact with officials"), ("Record an interpreter request", "Record an interpreter request") })
        {
            await _page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Expect(H1).ToHaveTextAsync(heading);
            await _page.AssertNoAxeViolationsAsync();
            await _page.GoBackAsync();
        }

        await _page.GotoAsync("/foreignnationals/worklist");
        await Expect(_page.GetByTestId("worklist")).ToContainTextAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();
    }
}
