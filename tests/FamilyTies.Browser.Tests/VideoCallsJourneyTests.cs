using System.Globalization;
using System.Text.RegularExpressions;
using FamilyTies.Domain;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// Visits staff book a video call for a prisoner whose mother lives in the Philippines (her local time shown on the
/// times offered), then record the prisoner's call of yesterday as delivered with a dropped connection; the family
/// lead sees video.calls_delivered and video.quality_problem_pct change for that month. A call cannot be recorded
/// before it starts, so the call recorded is one arranged for yesterday. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class VideoCallsJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private async Task<(int Numerator, int Denominator, string Text)> Figure(string key, string month)
    {
        await _page.GotoAsync($"/dashboard/measures/{key}?month={month}");
        await _page.AssertNoAxeViolationsAsync();
        var text = (await _page.GetByTestId("value").InnerTextAsync()).Trim();
        var share = Regex.Match(text, @"\((\d+) of (\d+)\)");
        return share.Success
            ? (int.Parse(share.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(share.Groups[2].Value, CultureInfo.InvariantCulture), text)
            : (int.Parse(text, CultureInfo.InvariantCulture), 0, text);
    }

    [Fact]
    public async Task A_call_is_booked_for_a_family_overseas_in_their_time_and_a_delivered_call_with_a_drop_changes_the_figures()
    {
        var staff = await fixture.NewStaffAsync([Roles.VisitsStaff], "WYI");
        var lead = await fixture.NewStaffAsync([Roles.FamilyLead], "WYI");
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Videocall"));
        var mother = await fixture.ApprovedVisitorAsync(prisoner, "Luzviminda", BrowserTestData.UniqueSurname("Reyes"));
        var bookOn = TestClock.Today.AddDays(5);
        var yesterday = TestClock.Today.AddDays(-1);
        int callId;
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            var tracked = db.Contacts.Single(c => c.Id == mother.Id);
            tracked.Country = "Philippines";
            tracked.TimeZone = "Asia/Manila";
            var booth = new VideoResource { Name = "Journey booth " + BrowserTestData.UniqueSurname("B"), Kind = VideoResourceKind.Booth, Location = "Visits hall" };
            var session = new VideoSession { Resource = booth, DayOfWeek = bookOn.DayOfWeek, StartTime = new(6, 0), EndTime = new(6, 30) };
            var past = new VideoSession { Resource = booth, DayOfWeek = yesterday.DayOfWeek, StartTime = new(7, 0), EndTime = new(7, 30) };
            db.VideoSessions.AddRange(session, past);
            var call = new VideoCall
            {
                Reference = "VJ" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), PrisonerId = prisoner.Id,
                Slot = new VideoSlot { Session = past, Date = yesterday, Booked = 1 }, Resource = booth, Date = yesterday,
                StartTime = past.StartTime, EndTime = past.EndTime, Participants = [new VideoCallParticipant { ContactId = mother.Id, MainCaller = true }],
            };
            db.VideoCalls.Add(call);
            await db.SaveChangesAsync();
            callId = call.Id;
        }
        var month = yesterday.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        await _page.SignInAsync(lead.UserName);
        var deliveredBefore = await Figure("video.calls_delivered", month);
        var qualityBefore = await Figure("video.quality_problem_pct", month);
        await _page.SignOutAsync();

        // Book: the prisoner, his mother as the main caller, then a time shown in her time in the Philippines.
        await _page.SignInAsync(staff.UserName);
        await _page.GotoAsync("/visits");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Video calls" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Book a video call" }).ClickAsync();
        await _page.GetByLabel("Prison number").FillAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Find prisoner" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("Luzviminda .*lives in Philippines") }).CheckAsync();
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Luzviminda", Exact = false }).First.CheckAsync();
        await _page.GetByLabel("From", new() { Exact = true }).FillAsync(bookOn.ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Find a time" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        var option = _page.Locator(".govuk-radios__item").Filter(new() { HasText = "Journey booth" }).First;
        await Expect(option).ToContainTextAsync("time in Philippines");
        await option.Locator("input").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Book the call" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex(@"/visits/video/\d+$"));
        await Expect(_page.GetByTestId("reference")).Not.ToBeEmptyAsync();
        await _page.AssertNoAxeViolationsAsync();

        // Record yesterday's call: delivered, 18 minutes, the connection dropped.
        await _page.GotoAsync($"/visits/video/{callId}");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record what happened" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("The call took place (in full or in part)").CheckAsync();
        await _page.GetByLabel("Minutes delivered").FillAsync("18");
        await _page.GetByLabel("Connection dropped").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the record" }).ClickAsync();
        await Expect(_page.GetByTestId("outcome")).ToContainTextAsync("connection dropped");
        await _page.AssertNoAxeViolationsAsync();
        await _page.SignOutAsync();

        await _page.SignInAsync(lead.UserName);
        var deliveredAfter = await Figure("video.calls_delivered", month);
        var qualityAfter = await Figure("video.quality_problem_pct", month);
        Assert.Equal(deliveredBefore.Numerator + 1, deliveredAfter.Numerator);
        Assert.Equal((qualityBefore.Numerator + 1, qualityBefore.Denominator + 1), (qualityAfter.Numerator, qualityAfter.Denominator));
        Assert.NotEqual(qualityBefore.Text, qualityAfter.Text);
    }
}
