using System.Net;
using System.Text.Json;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>Every page that shows a safer custody contact's caller or content, or a case's family involvement, audits the read.</summary>
[Collection("App")]
public sealed class AuditedReadsTests(AppFixture fixture)
{
    private static string Input(DateOnly d) => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Arranged(FamilyTiesApp App, int Wymott, string UserId, int ContactId, int CaseId, int ActionId, int FeedbackId, int EntryId);

    /// <summary>A prisoner of this test's own with a contact (an action and a call to the caller on it) and an open ACCT with one entry.</summary>
    private async Task<(Arranged Data, StaffClient Client)> Arrange()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Auditread");
        // The team (the family lead may read too, but may change nothing: the correction forms are the team's).
        var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = DateTimeOffset.UtcNow.AddHours(-2);
        var contactId = await LogContact(team, Contact(received, prisoner.PrisonNumber, callerName: "Perpetua Readcheck"));
        await RecordAction(team, contactId, "WelfareCheck", received.AddMinutes(10), notes: "Checked on him");
        var tell = $"/safercustody/contacts/{contactId}/caller/new";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostForm(tell, tell, new Dictionary<string, string>
        {
            ["Result"] = "Told", ["OccurredDate"] = LondonTime.DateInput(received.AddMinutes(20)), ["OccurredTime"] = LondonTime.TimeInput(received.AddMinutes(20)),
            ["Disclosure"] = "AcknowledgementOnly", ["Notes"] = "Told her it was passed on",
        })).StatusCode);
        var today = LondonTime.DateOf(DateTimeOffset.UtcNow);
        var opened = await team.PostForm("/safercustody/cases/new", "/safercustody/cases/new", new Dictionary<string, string>
        {
            ["PrisonNumber"] = prisoner.PrisonNumber, ["Kind"] = "Acct", ["OpenedOn"] = Input(today.AddDays(-1)),
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseId = int.Parse(opened.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var entry = $"/safercustody/cases/{caseId}/entries/new";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostForm(entry, entry, new Dictionary<string, string>
        {
            ["Kind"] = "PrisonerAsked", ["OccurredOn"] = Input(today), ["Answer"] = "Agreed", ["FamilyMember"] = "Wilhelmina Readcheck (mother)",
        })).StatusCode);

        await using var db = app.Db(wymott);
        var userId = await db.Users.Where(u => u.UserName == "safercustody.wymott").Select(u => u.Id).SingleAsync();
        var actionId = await db.ContactActions.Where(a => a.ContactId == contactId).Select(a => a.Id).SingleAsync();
        var feedbackId = await db.CallerFeedback.Where(f => f.ContactId == contactId).Select(f => f.Id).SingleAsync();
        var entryId = await db.FamilyInvolvementEntries.Where(e => e.SafetyCaseId == caseId).Select(e => e.Id).SingleAsync();
        return (new Arranged(app, wymott, userId, contactId, caseId, actionId, feedbackId, entryId), team);
    }

    /// <summary>Read events by the team member naming the record, since the given audit id.</summary>
    private static async Task<List<FamilyTies.Domain.Auditing.AuditEvent>> Reads(Arranged data, string entityType, int id, long since)
    {
        await using var db = data.App.Db(data.Wymott);
        return await db.AuditEvents.AsNoTracking()
            .Where(a => a.Id > since && a.EntityType == entityType && a.EntityId == id.ToString() && a.Action == "Read" && a.UserId == data.UserId)
            .ToListAsync();
    }

    private static async Task<long> LastAuditId(Arranged data)
    {
        await using var db = data.App.Db(data.Wymott);
        return await db.AuditEvents.MaxAsync(a => a.Id);
    }

    public static TheoryData<string> ContactPages => new()
    {
        "/safercustody/contacts/{contact}/correct",
        "/safercustody/contacts/{contact}/correct?q=Auditread",
        "/safercustody/contacts/{contact}/caller/new",
        "/safercustody/contacts/{contact}/caller/new?corrects={feedback}",
        "/safercustody/contacts/{contact}/actions/new?corrects={action}",
        "/safercustody/contacts/{contact}",
        "/safercustody/meeting",
    };

    [Theory]
    [MemberData(nameof(ContactPages))]
    public async Task A_page_that_shows_a_contact_s_caller_or_content_writes_one_Read_event_naming_it(string page)
    {
        var (data, client) = await Arrange();
        using var _ = client;
        var url = page.Replace("{contact}", data.ContactId.ToString()).Replace("{feedback}", data.FeedbackId.ToString()).Replace("{action}", data.ActionId.ToString());
        var since = await LastAuditId(data);

        var html = (await client.GetPage(url)).DocumentElement.OuterHtml;
        Assert.Contains(SaferCustodyContact.FormatReference(data.ContactId), html);

        var read = Assert.Single(await Reads(data, nameof(SaferCustodyContact), data.ContactId, since));
        Assert.Equal(data.Wymott, read.EstablishmentId);
        Assert.Null(read.Changes);
        Assert.NotNull(read.CorrelationId);
    }

    public static TheoryData<string> CasePages => new()
    {
        "/safercustody/cases/{case}",
        "/safercustody/cases",
        "/safercustody/cases/{case}/entries/new?corrects={entry}",
        "/safercustody/meeting",
    };

    [Theory]
    [MemberData(nameof(CasePages))]
    public async Task A_page_that_shows_a_case_s_family_involvement_writes_one_Read_event_naming_it(string page)
    {
        var (data, client) = await Arrange();
        using var _ = client;
        var url = page.Replace("{case}", data.CaseId.ToString()).Replace("{entry}", data.EntryId.ToString());
        var since = await LastAuditId(data);

        var html = (await client.GetPage(url)).DocumentElement.OuterHtml;
        Assert.Contains("Wilhelmina Readcheck", html);

        var read = Assert.Single(await Reads(data, nameof(SafetyCase), data.CaseId, since));
        Assert.Equal(data.Wymott, read.EstablishmentId);
        Assert.Null(read.Changes);
    }

    [Fact]
    public async Task An_escalation_s_audit_row_holds_no_values_in_plain_text()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        using var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        var now = DateTimeOffset.UtcNow.AddMinutes(-20);
        var id = await LogContact(team, Contact(now, imminent: true).With(Escalation(now.AddMinutes(2))));

        await using var db = app.Db(wymott);
        var escalated = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityType == nameof(SaferCustodyContact) && a.EntityId == id.ToString() && a.Action == "Escalated");
        Assert.DoesNotContain("DutyGovernor", escalated.Changes);
        Assert.DoesNotContain("Governor Testperson", escalated.Changes);
        using var changes = JsonDocument.Parse(escalated.Changes!);
        var fields = changes.RootElement.EnumerateObject().ToList();
        Assert.Contains(fields, f => f.Name == nameof(SaferCustodyContact.EscalatedTo));
        // The same shape as every other audit row ({"Field": {"new": ...}}), with the value hidden as on the contact's own row.
        Assert.All(fields, f => Assert.Equal("(set)", f.Value.GetProperty("new").GetString()));
        var created = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityType == nameof(SaferCustodyContact) && a.EntityId == id.ToString() && a.Action == "Created");
        Assert.DoesNotContain("DutyGovernor", created.Changes);
    }
}
