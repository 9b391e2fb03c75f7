using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>Only the safer custody team and the family lead read contacts; everyone else sees at most a flag.</summary>
[Collection("App")]
public sealed class AccessAndIsolationTests(AppFixture fixture)
{
    public static TheoryData<string> OtherRoles => new() { "visits", "visitsmanager", "security", "familyservices", "admin" };

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Other_roles_are_refused_every_safer_custody_page_and_see_only_a_flag_on_the_prisoner(string role)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var number = await NewPrisonNumber(app, "WYI");
        int contactId;
        using (var team = await StaffClient.SignedIn(app, "safercustody.wymott"))
        {
            contactId = await LogContact(team, Contact(TestClock.Now.AddMinutes(-5), number, callerName: "Philippa Flagtest"));
        }
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var prisonerId = await db.Prisoners.Where(p => p.PrisonNumber == number).Select(p => p.Id).SingleAsync();
        var readsBefore = await db.AuditEvents.CountAsync(a => a.Action == "Read");

        using var client = await StaffClient.SignedIn(app, $"{role}.wymott");
        foreach (var url in new[] { "/safercustody", "/safercustody/contacts", $"/safercustody/contacts/{contactId}", "/safercustody/cases", "/safercustody/meeting", "/safercustody/voicemail" })
        {
            var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
        }
        Assert.Equal(readsBefore, await db.AuditEvents.CountAsync(a => a.Action == "Read"));

        var prisoner = await client.GetPage($"/prisoners/{prisonerId}");
        Assert.Contains("Open safer custody activity", prisoner.QuerySelector("[data-testid=safer-custody-flag]")!.TextContent);
        var html = prisoner.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Philippa", html);
        Assert.DoesNotContain("A secret worry", html);
        Assert.DoesNotContain("Healthcare", html);
    }

    [Fact]
    public async Task The_national_viewer_is_refused_safer_custody_pages()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, "national.viewer");
        var response = await client.Http.GetAsync("/safercustody/contacts");
        Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_prisoner_with_nothing_open_shows_no_flag()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var quiet = (await PeopleTestData.Prisoner(app, "WYI", "Nothingopen")).Id;
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.Null((await client.GetPage($"/prisoners/{quiet}")).QuerySelector("[data-testid=safer-custody-flag]"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_establishment_s_contacts_and_cases_are_not_found(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var littlehey = await app.EstablishmentId("LHI");
        await using var db = app.Db();
        var theirContact = await db.SaferCustodyContacts.IgnoreQueryFilters().FirstAsync(c => c.EstablishmentId == littlehey && c.ClosedAt == null);
        var theirCase = await db.SafetyCases.IgnoreQueryFilters().FirstAsync(c => c.EstablishmentId == littlehey);
        var theirCheck = await db.VoicemailChecks.IgnoreQueryFilters().FirstAsync(c => c.EstablishmentId == littlehey);
        var readsBefore = await db.AuditEvents.CountAsync(a => a.Action == "Read" && a.EntityId == theirContact.Id.ToString());

        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        foreach (var url in new[]
                 {
                     $"/safercustody/contacts/{theirContact.Id}", $"/safercustody/contacts/{theirContact.Id}/actions/new", $"/safercustody/contacts/{theirContact.Id}/caller/new",
                     $"/safercustody/contacts/{theirContact.Id}/close", $"/safercustody/contacts/{theirContact.Id}/correct",
                     $"/safercustody/cases/{theirCase.Id}", $"/safercustody/cases/{theirCase.Id}/entries/new", $"/safercustody/cases/{theirCase.Id}/close",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }
        var open = await client.GetPage("/safercustody/contacts");
        Assert.DoesNotContain(theirContact.Reference, open.QuerySelector("main")!.TextContent);
        Assert.Equal(readsBefore, await db.AuditEvents.CountAsync(a => a.Action == "Read" && a.EntityId == theirContact.Id.ToString()));

        // Posting against their records changes nothing.
        var wymott = await app.EstablishmentId("WYI");
        var wymottContact = await db.SaferCustodyContacts.IgnoreQueryFilters().FirstAsync(c => c.EstablishmentId == wymott && c.ClosedAt == null);
        var page = await client.GetPage($"/safercustody/contacts/{wymottContact.Id}/close");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await client.Http.PostAsync($"/safercustody/contacts/{theirContact.Id}/close",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Outcome", "Closed by the wrong prison")]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await db.SaferCustodyContacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == theirContact.Id)).ClosedAt);

        // A voicemail check of theirs cannot take a Wymott contact.
        var fields = Contact(TestClock.Now.AddMinutes(-5), channel: nameof(ContactChannel.Voicemail));
        fields["VoicemailCheckId"] = theirCheck.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", fields)).StatusCode);
    }

    [Fact]
    public async Task A_family_lead_may_read_contacts()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var contact = await db.SaferCustodyContacts.FirstAsync();
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var page = await lead.GetPage($"/safercustody/contacts/{contact.Id}");
        Assert.Contains(contact.Reference, page.QuerySelector("h1")!.TextContent);
    }
}
