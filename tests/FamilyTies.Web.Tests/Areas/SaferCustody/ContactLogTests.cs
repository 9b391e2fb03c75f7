using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

[Collection("App")]
public sealed class ContactLogTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_imminent_risk_cannot_be_saved_until_the_escalation_is_recorded(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var before = await db.SaferCustodyContacts.CountAsync();
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var now = TestClock.Now.AddMinutes(-10);

        var refused = await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", Contact(now, imminent: true));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(
            ["Select who the imminent risk was escalated to: the duty governor or the orderly officer", "Enter the date the risk was escalated", "Enter the time the risk was escalated"],
            (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(before, await db.SaferCustodyContacts.CountAsync());

        var id = await LogContact(client, Contact(now, imminent: true).With(Escalation(now.AddMinutes(3))));
        var contact = await db.SaferCustodyContacts.SingleAsync(c => c.Id == id);
        Assert.True(contact.ImminentRisk);
        Assert.Equal(EscalatedTo.DutyGovernor, contact.EscalatedTo);
        Assert.Equal(Minute(now.AddMinutes(3)), contact.EscalatedAt);
        var escalated = await db.AuditEvents.SingleAsync(a => a.EntityType == nameof(SaferCustodyContact) && a.EntityId == id.ToString() && a.Action == "Escalated");
        Assert.NotNull(escalated.UserId);
        Assert.DoesNotContain("Zelda", escalated.Changes);
    }

    [Fact]
    public async Task An_escalation_before_the_contact_was_received_or_in_the_future_is_refused()
    {
        // The app's clock is noon tomorrow, so "two hours after the call" is later the same day whatever time the
        // suite runs at (after 10:30pm a real clock would put it on tomorrow's date, which the date check refuses first).
        var clock = ClockAt(TestClock.Today.AddDays(1), new TimeOnly(12, 0));
        using var app = WithClock(fixture.App(DatabaseKind.Sqlite), clock);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var now = clock.GetUtcNow().AddMinutes(-30);
        var early = await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", Contact(now, imminent: true).With(Escalation(now.AddMinutes(-5))));
        Assert.Equal(["The time the risk was escalated must be after the contact was received"], (await StaffClient.Parse(early)).ErrorSummary());
        var future = await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", Contact(now, imminent: true).With(Escalation(now.AddHours(2))));
        Assert.Equal(["The time the risk was escalated must not be in the future"], (await StaffClient.Parse(future)).ErrorSummary());
    }

    [Fact]
    public async Task Each_missing_answer_is_named_in_the_error_summary()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var response = await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", new Dictionary<string, string>
        {
            ["ReceivedDate"] = "31/2/2026", ["ReceivedTime"] = "25:00", ["CallerWantsCallback"] = "true", ["PrisonNumber"] = "Z0000ZZ",
        });
        Assert.Equal(
        [
            "Enter the date received as a real date, like 23/11/2026",
            "Enter the time received in the 24-hour clock, like 14:30",
            "Select how the contact came in",
            "Enter the caller's phone number so they can be called back",
            "No prisoner with that number is held here. Leave it blank and give the name the caller used",
            "Select what the concern is about",
            "Select yes if there is an imminent risk to the prisoner or to others",
            "Enter what the caller said",
        ], (await StaffClient.Parse(response)).ErrorSummary());
    }

    [Fact]
    public async Task An_unknown_prisoner_is_linked_later_and_the_correction_is_kept_with_its_reason()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var number = await NewPrisonNumber(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var id = await LogContact(client, Contact(TestClock.Now.AddMinutes(-5)));

        var search = await client.GetPage($"/safercustody/contacts/{id}/correct?q={number}");
        Assert.Single(search.QuerySelectorAll("[data-testid=matches] li"));
        var response = await client.PostForm($"/safercustody/contacts/{id}/correct?prisonNumber={number}", $"/safercustody/contacts/{id}/correct",
            new Dictionary<string, string> { ["Reason"] = "Prisoner identified from the caller's description" }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var contact = await db.SaferCustodyContacts.Include(c => c.Prisoner).Include(c => c.Corrections).SingleAsync(c => c.Id == id);
        Assert.Equal(number, contact.Prisoner!.PrisonNumber);
        var correction = Assert.Single(contact.Corrections);
        Assert.Equal($"Prisoner: (none) → {number}", correction.Changes);
        Assert.Equal("Prisoner identified from the caller's description", correction.Reason);
    }

    [Fact]
    public async Task A_wrong_action_is_corrected_by_a_new_entry_and_both_stay_on_the_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = TestClock.Now.AddHours(-2);
        var id = await LogContact(client, Contact(received));
        await RecordAction(client, id, "WelfareCheck", received.AddMinutes(10));
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var wrong = await db.ContactActions.SingleAsync(a => a.ContactId == id);

        var page = await client.GetPage($"/safercustody/contacts/{id}/actions/new?corrects={wrong.Id}");
        Assert.Equal("WelfareCheck", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Kind]:checked")!.Value);
        var noReason = await client.PostForm($"/safercustody/contacts/{id}/actions/new?corrects={wrong.Id}", $"/safercustody/contacts/{id}/actions/new",
            new Dictionary<string, string> { ["OccurredDate"] = LondonDateInput(received.AddMinutes(40)), ["OccurredTime"] = LondonTimeInput(received.AddMinutes(40)) }, keepPrefilled: true);
        Assert.Equal(["Enter why the earlier entry was wrong"], (await StaffClient.Parse(noReason)).ErrorSummary());
        var corrected = await client.PostForm($"/safercustody/contacts/{id}/actions/new?corrects={wrong.Id}", $"/safercustody/contacts/{id}/actions/new",
            new Dictionary<string, string>
            {
                // The date too: 40 minutes after the wrong entry may be the next day in London (a run just after midnight).
                ["OccurredDate"] = LondonDateInput(received.AddMinutes(40)), ["OccurredTime"] = LondonTimeInput(received.AddMinutes(40)),
                ["CorrectionReason"] = "Time mistyped",
            }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var actions = await db.ContactActions.Where(a => a.ContactId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, actions.Count);
        Assert.Equal(wrong.Id, actions[1].CorrectsId);
        Assert.Equal(Minute(received.AddMinutes(40)), Assert.Single(Corrections.Effective(actions)).OccurredAt);
        var details = await client.GetPage($"/safercustody/contacts/{id}");
        Assert.Contains("Corrected", details.QuerySelector("[data-testid=actions]")!.TextContent);
        Assert.Contains("Time mistyped", details.QuerySelector("[data-testid=actions]")!.TextContent);
    }

    [Fact]
    public async Task Closing_needs_an_outcome_and_a_closed_contact_stays_readable()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var id = await LogContact(client, Contact(TestClock.Now.AddMinutes(-20)));

        var closePage = await client.GetPage($"/safercustody/contacts/{id}/close");
        Assert.Contains("No action has been recorded", closePage.QuerySelector("[data-testid=missing-steps]")!.TextContent);
        var refused = await client.PostForm($"/safercustody/contacts/{id}/close", $"/safercustody/contacts/{id}/close", new Dictionary<string, string> { ["Outcome"] = " " });
        Assert.Equal(["Enter the outcome before closing the contact"], (await StaffClient.Parse(refused)).ErrorSummary());
        var closed = await client.PostForm($"/safercustody/contacts/{id}/close", $"/safercustody/contacts/{id}/close", new Dictionary<string, string> { ["Outcome"] = "Duplicate of an earlier call" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var details = await client.GetPage($"/safercustody/contacts/{id}");
        Assert.Equal("Duplicate of an earlier call", details.QuerySelector("[data-testid=outcome]")!.TextContent.Trim());
        var open = await client.GetPage("/safercustody/contacts");
        Assert.DoesNotContain(SaferCustodyContact.FormatReference(id), open.QuerySelector("main")!.TextContent);
        var closedList = await client.GetPage("/safercustody/contacts/closed");
        Assert.Contains(SaferCustodyContact.FormatReference(id), closedList.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_voicemail_check_with_messages_leads_to_logging_each_as_a_contact()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.littlehey");
        var response = await client.PostForm("/safercustody/voicemail", "/safercustody/voicemail", new Dictionary<string, string> { ["Form.MessagesFound"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var next = response.Headers.Location!.ToString();
        Assert.StartsWith("/safercustody/contacts/new?voicemailCheckId=", next);
        var checkId = int.Parse(next.Split('=').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var form = await client.GetPage(next);
        Assert.Equal("Voicemail", form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Channel]:checked")!.Value);
        var voicemails = await client.GetPage("/safercustody/voicemail");
        Assert.Contains("2 still to log", voicemails.QuerySelector("[data-testid=voicemail-checks]")!.TextContent);

        var fields = Contact(TestClock.Now.AddMinutes(-90), channel: "Voicemail");
        fields["VoicemailCheckId"] = checkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LogContact(client, fields);
        voicemails = await client.GetPage("/safercustody/voicemail");
        Assert.Contains("1 still to log", voicemails.QuerySelector("[data-testid=voicemail-checks]")!.TextContent);

        var bad = await client.PostForm("/safercustody/voicemail", "/safercustody/voicemail", new Dictionary<string, string> { ["Form.MessagesFound"] = "-1" });
        Assert.Equal(["Messages found must be between 0 and 50"], (await StaffClient.Parse(bad)).ErrorSummary());
    }

    private static DateTimeOffset Minute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);

    private static string LondonTimeInput(DateTimeOffset t) => FamilyTies.Domain.Common.LondonTime.TimeInput(t);

    private static string LondonDateInput(DateTimeOffset t) => FamilyTies.Domain.Common.LondonTime.DateInput(t);
}
