using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Features;

[Collection("App")]
public sealed class EstablishmentSwitchTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Staff_switch_to_another_of_their_establishments_and_see_its_records(DatabaseKind db)
    {
        var app = fixture.App(db);
        var stokeHeath = await app.EstablishmentId("SHI");
        var stokeHeathPrisoner = await PeopleTestData.Prisoner(app, "SHI", "Switchedto");
        // A user of its own: switching changes where the account works, and no other test may depend on that.
        using var client = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "WYI", "SHI");

        var response = await client.PostForm("/prisoners", "/establishment/switch",
            new Dictionary<string, string> { ["establishmentId"] = stokeHeath.ToString(), ["returnUrl"] = "/prisoners/123" });
        Assert.Equal("/prisoners", response.Headers.Location!.ToString());

        var page = await client.GetPage("/prisoners");
        Assert.Equal("HMPYOI Stoke Heath", page.QuerySelector("#establishment-switch option[selected]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/prisoners/{stokeHeathPrisoner.Id}")).StatusCode);
    }

    [Fact]
    public async Task Staff_cannot_switch_to_an_establishment_they_do_not_belong_to()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        using var client = await StaffClient.SignedInAsNew(app, Roles.Security, "WYI", "SHI");

        var response = await client.PostForm("/", "/establishment/switch",
            new Dictionary<string, string> { ["establishmentId"] = littlehey.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await client.GetPage("/");
        Assert.Equal("HMP Wymott", page.QuerySelector("#establishment-switch option[selected]")!.TextContent.Trim());
    }
}
