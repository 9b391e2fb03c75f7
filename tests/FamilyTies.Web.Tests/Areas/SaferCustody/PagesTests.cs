using System.Net;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>Every safer custody page renders for the team on the demo data.</summary>
[Collection("App")]
public sealed class PagesTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Every_page_renders_for_the_safer_custody_team(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        // Open ones, so their close pages exist whatever other tests have closed.
        var contact = await db.SaferCustodyContacts.Where(c => c.ClosedAt == null).OrderBy(c => c.Id).FirstAsync();
        var safetyCase = await db.SafetyCases.Where(c => c.ClosedOn == null).OrderBy(c => c.Id).FirstAsync();
        using var client = await StaffClient.SignedIn(app, "safercustody.wymott");
        foreach (var url in new[]
                 {
                     "/safercustody", "/safercustody/contacts", "/safercustody/contacts/closed", "/safercustody/contacts/new",
                     $"/safercustody/contacts/{contact.Id}", $"/safercustody/contacts/{contact.Id}/actions/new", $"/safercustody/contacts/{contact.Id}/caller/new",
                     $"/safercustody/contacts/{contact.Id}/close", $"/safercustody/contacts/{contact.Id}/correct?q=a",
                     "/safercustody/voicemail", "/safercustody/cases", "/safercustody/cases/new", $"/safercustody/cases/{safetyCase.Id}",
                     $"/safercustody/cases/{safetyCase.Id}/entries/new", $"/safercustody/cases/{safetyCase.Id}/close", "/safercustody/meeting",
                 })
        {
            var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
