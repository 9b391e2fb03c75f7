using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Features;

/// <summary>The family lead reads everything in the establishment and changes nothing outside their own work (issue 15, section 3.2).</summary>
[Collection("App")]
public sealed class FamilyLeadTests(AppFixture fixture)
{
    private static void AssertForbidden(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/error/403"),
            $"{what}: expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    [Fact]
    public async Task The_family_lead_reads_safer_custody_records_but_cannot_log_act_on_or_close_them()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        int contactId;
        using (var team = await TestUsers.SignedInAs(app, Roles.SaferCustody))
        {
            contactId = await LogContact(team, Contact(DateTimeOffset.UtcNow.AddMinutes(-5)));
        }
        using var lead = await TestUsers.SignedInAs(app, Roles.FamilyLead);

        foreach (var read in new[] { "/safercustody", "/safercustody/contacts", "/safercustody/voicemail", "/safercustody/cases", $"/safercustody/contacts/{contactId}" })
        {
            var page = await lead.GetPage(read);
            var changeLinks = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(h => h.EndsWith("/new", StringComparison.Ordinal) || h.Contains("/new?") || h.EndsWith("/close", StringComparison.Ordinal) || h.EndsWith("/correct", StringComparison.Ordinal))
                .ToList();
            Assert.True(changeLinks.Count == 0, $"{read} offers {string.Join(", ", changeLinks)}");
            Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        }

        await using var db = app.Db(await app.EstablishmentId("WYI"));
        var contactsBefore = await db.SaferCustodyContacts.CountAsync();
        var actionsBefore = await db.ContactActions.CountAsync();
        var casesBefore = await db.SafetyCases.CountAsync();
        foreach (var change in new[]
                 {
                     "/safercustody/contacts/new", $"/safercustody/contacts/{contactId}/actions/new", $"/safercustody/contacts/{contactId}/caller/new",
                     $"/safercustody/contacts/{contactId}/close", $"/safercustody/contacts/{contactId}/correct", "/safercustody/cases/new",
                 })
        {
            AssertForbidden(await lead.Http.GetAsync(change), "GET " + change);
        }
        // Posting anyway (with a token from a page the lead may read) is refused and saves nothing.
        var token = (await lead.GetPage("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("/safercustody/contacts/new", Contact(DateTimeOffset.UtcNow.AddMinutes(-1))),
                     ($"/safercustody/contacts/{contactId}/actions/new", new() { ["Kind"] = "SpokeToPrisoner", ["Notes"] = "Lead acting" }),
                     ($"/safercustody/contacts/{contactId}/close", new() { ["Outcome"] = "Closed by the lead" }),
                     ("/safercustody/cases/new", new() { ["Kind"] = "Acct", ["PrisonNumber"] = await NewPrisonNumber(app, "WYI") }),
                     ("/safercustody/voicemail", new() { ["Form.MessagesFound"] = "0" }),
                 })
        {
            fields["__RequestVerificationToken"] = token;
            AssertForbidden(await lead.Http.PostAsync(path, new FormUrlEncodedContent(fields)), "POST " + path);
        }
        Assert.Equal(contactsBefore, await db.SaferCustodyContacts.CountAsync());
        Assert.Equal(actionsBefore, await db.ContactActions.CountAsync());
        Assert.Equal(casesBefore, await db.SafetyCases.CountAsync());
        Assert.True((await db.SaferCustodyContacts.SingleAsync(c => c.Id == contactId)).IsOpen);
    }

    [Fact]
    public async Task The_family_lead_reads_rooms_sessions_and_the_establishment_settings_with_nothing_to_change()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await TestUsers.SignedInAs(app, Roles.FamilyLead);

        var rooms = await lead.GetPage("/visits/rooms");
        Assert.NotEmpty(rooms.QuerySelectorAll("[data-testid=rooms] tbody tr"));
        Assert.Empty(rooms.QuerySelectorAll("a[href^='/visits/rooms/']"));
        var sessions = await lead.GetPage("/visits/sessions");
        Assert.NotEmpty(sessions.QuerySelectorAll("[data-testid=sessions] tbody tr"));
        Assert.Empty(sessions.QuerySelectorAll("a[href^='/visits/sessions/']"));
        var settings = await lead.GetPage("/admin/settings");
        Assert.Empty(settings.QuerySelectorAll("main form[method=post]"));
        Assert.Contains(settings.QuerySelectorAll("[data-testid=settings-targets] .govuk-summary-list__row"),
            r => r.TextContent.Contains("Family days a year (target)") && r.TextContent.Contains("12"));

        var token = (await lead.GetPage("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        AssertForbidden(await lead.Http.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Name"] = "Renamed by the lead",
        })), "POST /admin/settings");
        AssertForbidden(await lead.Http.GetAsync("/visits/rooms/new"), "GET /visits/rooms/new");
        AssertForbidden(await lead.Http.GetAsync("/admin/staff"), "GET /admin/staff");
        await using var db = app.Db();
        Assert.Equal("HMP Wymott", (await db.Establishments.SingleAsync(e => e.Code == "WYI")).Name);

        var visits = await lead.GetPage("/visits");
        Assert.DoesNotContain(visits.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/visits/book");
    }
}
