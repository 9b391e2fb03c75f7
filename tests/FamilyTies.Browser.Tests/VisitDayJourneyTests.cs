using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FamilyTies.Domain;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// The visit day (issue 13): find a visit by reference, open the day's list, record arrivals (one visitor refused for
/// ID), record a late start with its cause, record the outcomes, and see the measures export change; the day's
/// lists print one page per session. Axe on every page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class VisitDayJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private async Task<string> MeasureLine(string month, string key)
    {
        var response = await _page.Context.APIRequest.GetAsync($"/dashboard/measures.csv?month={month}");
        Assert.True(response.Ok, $"measures.csv gave {response.Status}");
        var text = await response.TextAsync();
        return text.Split('\n').Single(l => l.Contains(key, StringComparison.Ordinal)).Trim();
    }

    [Fact]
    public async Task Visits_staff_find_a_visit_record_arrivals_a_late_start_and_outcomes_and_the_measures_change()
    {
        // A visit a week ago, 2pm to 4pm, in a session of its own at Wymott, with two adult visitors; and a second visit nobody came to.
        var date = TestClock.Today.AddDays(-7);
        var month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Hallday"));
        var first = await fixture.ApprovedVisitorAsync(prisoner, "Marta", BrowserTestData.UniqueSurname("Gate"));
        var second = await fixture.ApprovedVisitorAsync(prisoner, "Dion", BrowserTestData.UniqueSurname("Gate"));
        var other = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Hallday"));
        var otherVisitor = await fixture.ApprovedVisitorAsync(other, "Noel", BrowserTestData.UniqueSurname("Gate"));
        var session = await fixture.OpenSessionAsync("WYI", date.DayOfWeek);
        Visit visit;
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            var slot = new SessionSlot { SessionTemplateId = session.Id, Date = date, BookedOpen = 2 };
            db.SessionSlots.Add(slot);
            visit = new Visit
            {
                Reference = VisitReference.New(), PrisonerId = prisoner.Id, SessionSlot = slot, Date = date, StartTime = session.StartTime, EndTime = session.EndTime,
                MainContactId = first.Id, MainContactPhone = "07700 900123", RequestMethod = RequestMethod.Phone,
                Visitors = [new VisitVisitor { ContactId = first.Id, AgeOnVisit = 42 }, new VisitVisitor { ContactId = second.Id, AgeOnVisit = 19 }],
            };
            db.Visits.Add(visit);
            db.Visits.Add(new Visit
            {
                Reference = VisitReference.New(), PrisonerId = other.Id, SessionSlot = slot, Date = date, StartTime = session.StartTime, EndTime = session.EndTime,
                MainContactId = otherVisitor.Id, MainContactPhone = "07700 900124", RequestMethod = RequestMethod.Phone,
                Visitors = [new VisitVisitor { ContactId = otherVisitor.Id, AgeOnVisit = 50 }],
            });
            await db.SaveChangesAsync();
        }
        var staff = await fixture.NewStaffAsync([Roles.VisitsStaff, Roles.FamilyLead], "WYI");
        await _page.SignInAsync(staff.UserName);
        var punctualBefore = await MeasureLine(month, "visits.punctual_pct");
        var noShowBefore = await MeasureLine(month, "visits.no_show_pct");

        // Find the visit by its reference, typed in lower case without the dash.
        await _page.GotoAsync("/visits");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Find a visit" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Reference, prison number or name").FillAsync(visit.Reference.Replace("-", "").ToLowerInvariant());
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(BrowserSteps.PathIs($"/visits/bookings/{visit.Id}"));

        // The day's list.
        await _page.GotoAsync("/visits");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Today's visits" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Go to a date").FillAsync(date.ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show the day" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator($"a[href='/visits/day/sessions/{visit.SessionSlotId}']").ClickAsync();
        await Expect(_page.GetByTestId($"visit-{visit.Id}")).ToContainTextAsync("(42)");
        await _page.AssertNoAxeViolationsAsync();

        // Arrivals: the first visitor shows a passport; the second has no ID and is refused.
        await _page.GetByTestId($"visit-{visit.Id}").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Arrivals") }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("#Visitors_0__Arrived").CheckAsync();
        await _page.Locator("#Visitors_0__IdEvidence-2").CheckAsync();
        await _page.Locator("#Visitors_1__Arrived").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save arrivals" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("ID from List A, or Lists B and C, needed");
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("#Visitors_1__RefusalReason").SelectOptionAsync("Id");
        await _page.Locator("#Visitors_1__FamilyTold").FillAsync("Told which documents to bring next time");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save arrivals" }).ClickAsync();
        await Expect(_page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Arrivals recorded");
        await Expect(_page.GetByTestId($"visit-{visit.Id}")).ToContainTextAsync("Refused: ID");

        // The session started 20 minutes after its scheduled start: a cause is needed.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Record the session's times" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Visits started").FillAsync(session.StartTime.AddMinutes(20).ToString("HH:mm", CultureInfo.InvariantCulture));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the times" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Visits started more than 5 minutes late: select why");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Roll check").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the times" }).ClickAsync();
        await Expect(_page.GetByTestId("run")).ToContainTextAsync("20 minutes late");

        // Outcomes in one step: the visit with an arrival completed, the other "visitor did not arrive".
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record outcomes: all who arrived completed" }).ClickAsync();
        await Expect(_page.GetByTestId($"visit-{visit.Id}").GetByTestId("outcome")).ToHaveTextAsync("Completed");
        await _page.AssertNoAxeViolationsAsync();

        Assert.NotEqual(punctualBefore, await MeasureLine(month, "visits.punctual_pct"));
        Assert.NotEqual(noShowBefore, await MeasureLine(month, "visits.no_show_pct"));

        // The day's lists print one page per session.
        await _page.GotoAsync($"/visits/day/print?date={date:yyyy-MM-dd}");
        await _page.AssertNoAxeViolationsAsync();
        var sessions = await _page.GetByTestId("print-session").CountAsync();
        Assert.True(sessions >= 1);
        var pdf = await _page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        var pages = PdfPages().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == sessions, $"{sessions} sessions printed on {pages} pages");
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPages();
}
