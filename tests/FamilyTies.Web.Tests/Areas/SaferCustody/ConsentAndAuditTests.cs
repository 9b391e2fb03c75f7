using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

[Collection("App")]
public sealed class ConsentAndAuditTests(AppFixture fixture)
{
    private static Dictionary<string, string> Told(DateTimeOffset at, string disclosure) => new()
    {
        ["Result"] = "Told",
        ["OccurredDate"] = FamilyTies.Domain.Common.LondonTime.DateInput(at),
        ["OccurredTime"] = FamilyTies.Domain.Common.LondonTime.TimeInput(at),
        ["Disclosure"] = disclosure,
        ["Notes"] = "Spoke to the caller",
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task What_the_caller_may_be_told_depends_on_the_prisoner_s_consent(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var number = await NewPrisonNumber(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = TestClock.Now.AddHours(-3);
        var id = await LogContact(client, Contact(received, number));
        var url = $"/safercustody/contacts/{id}/caller/new";

        // Not yet asked: acknowledgement only.
        var page = await client.GetPage(url);
        Assert.Contains("has not agreed", page.QuerySelector("[data-testid=consent]")!.TextContent);
        var refused = await client.PostForm(url, url, Told(received.AddMinutes(30), "WelfareAndActions"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal([FamilyTies.Web.Areas.SaferCustody.Contacts.RecordCallerFeedbackHandler.NoConsentMessage], (await StaffClient.Parse(refused)).ErrorSummary());

        // The prisoner refused: still acknowledgement only, and that much may be recorded.
        await RecordAction(client, id, "PrisonerSpokenTo", received.AddMinutes(40), consent: "Refused");
        refused = await client.PostForm(url, url, Told(received.AddMinutes(50), "WelfareAndActions"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, Told(received.AddMinutes(50), "AcknowledgementOnly"))).StatusCode);

        // Later the prisoner agrees: the caller may hear how they are and what was done.
        await RecordAction(client, id, "PrisonerSpokenTo", received.AddMinutes(60), consent: "Given");
        page = await client.GetPage(url);
        Assert.Contains("agreed to information being shared", page.QuerySelector("[data-testid=consent]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, Told(received.AddMinutes(70), "WelfareAndActions"))).StatusCode);

        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        Assert.Equal([Disclosure.AcknowledgementOnly, Disclosure.WelfareAndActions],
            await db.CallerFeedback.Where(f => f.ContactId == id).OrderBy(f => f.Id).Select(f => f.Disclosure!.Value).ToListAsync());
    }

    [Fact]
    public async Task Not_telling_the_caller_records_why_and_how_many_calls_went_unanswered()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = TestClock.Now.AddHours(-3);
        var id = await LogContact(client, Contact(received));
        var url = $"/safercustody/contacts/{id}/caller/new";
        var fields = new Dictionary<string, string>
        {
            ["Result"] = "NotToldNoAnswer", ["OccurredDate"] = FamilyTies.Domain.Common.LondonTime.DateInput(received.AddHours(1)),
            ["OccurredTime"] = FamilyTies.Domain.Common.LondonTime.TimeInput(received.AddHours(1)), ["Notes"] = "Rang; no voicemail",
        };
        Assert.Equal(["Enter how many times the caller was phoned"], (await StaffClient.Parse(await client.PostForm(url, url, fields))).ErrorSummary());
        fields["Attempts"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, fields)).StatusCode);
        var details = await client.GetPage($"/safercustody/contacts/{id}");
        Assert.Contains("3 calls without an answer", details.QuerySelector("[data-testid=caller-feedback]")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_read_of_a_contact_is_audited_with_who_and_when(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        using var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var id = await LogContact(team, Contact(TestClock.Now.AddMinutes(-5)));
        await using var db = app.Db(wymott);
        var start = TestClock.Now.AddSeconds(-1);

        await team.GetPage($"/safercustody/contacts/{id}");
        await lead.GetPage($"/safercustody/contacts/{id}");
        await lead.GetPage($"/safercustody/contacts/{id}");

        var reads = await db.AuditEvents.Where(a => a.EntityType == nameof(SaferCustodyContact) && a.EntityId == id.ToString() && a.Action == "Read")
            .OrderBy(a => a.Id).ToListAsync();
        var users = await db.Users.Where(u => u.UserName == "safercustody.wymott" || u.UserName == "familylead.wymott").ToDictionaryAsync(u => u.Id, u => u.UserName);
        Assert.Equal(["safercustody.wymott", "familylead.wymott", "familylead.wymott"], reads.Select(r => users[r.UserId!]));
        Assert.All(reads, r =>
        {
            Assert.Equal(wymott, r.EstablishmentId);
            Assert.True(r.OccurredAt >= start && r.OccurredAt <= TestClock.Now.AddSeconds(1));
            Assert.Null(r.Changes);
            Assert.NotNull(r.CorrelationId);
        });
    }

    [Fact]
    public async Task Logs_carry_identifiers_but_never_what_the_caller_said()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        var id = await LogContact(client, Contact(TestClock.Now.AddMinutes(-5), callerName: "Ottoline Logcheck"));
        await client.GetPage($"/safercustody/contacts/{id}");
        var logs = Directory.Exists(app.LogDirectory) ? Directory.GetFiles(app.LogDirectory, "*.log") : [];
        var all = "";
        foreach (var file in logs)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            all += await new StreamReader(stream).ReadToEndAsync();
        }
        Assert.Contains($"Safer custody contact {id} logged", all);
        Assert.Contains($"Safer custody contact {id} read", all);
        Assert.DoesNotContain("Ottoline", all);
        Assert.DoesNotContain("A secret worry", all);
        Assert.DoesNotContain("01632 960999", all);
    }
}
