using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Areas.SaferCustody;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Admin;

/// <summary>A role belongs to one establishment membership and applies only there (issue 15, section 3.1).</summary>
[Collection("App")]
public sealed class RolesPerEstablishmentTests(AppFixture fixture)
{
    private static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/error/403"),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    private static async Task SwitchTo(StaffClient client, int establishmentId)
    {
        var response = await client.PostForm("/", "/establishment/switch", new Dictionary<string, string> { ["establishmentId"] = establishmentId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Safer_custody_given_at_Stoke_Heath_opens_Stoke_Heath_contacts_and_not_Wymott_ones(DatabaseKind db)
    {
        var app = fixture.App(db);
        var stokeHeath = await app.EstablishmentId("SHI");
        var userName = TestUsers.NewUserName("both");
        var userId = await TestUsers.Create(app, userName, [new("WYI", Roles.VisitsStaff), new("SHI", Roles.VisitsStaff)]);
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        int wymottContact, stokeHeathContact;
        using (var team = await TestUsers.SignedInAs(app, Roles.SaferCustody, "WYI"))
        {
            wymottContact = await SaferCustodyTestData.LogContact(team, SaferCustodyTestData.Contact(now));
        }
        using (var team = await TestUsers.SignedInAs(app, Roles.SaferCustody, "SHI"))
        {
            stokeHeathContact = await SaferCustodyTestData.LogContact(team, SaferCustodyTestData.Contact(now));
        }

        // The Stoke Heath admin sees and changes only the Stoke Heath roles.
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin, "SHI");
        var url = $"/admin/staff/{userId}";
        var edit = await admin.GetPage(url);
        var legends = edit.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Roles at HMPYOI Stoke Heath", legends);
        Assert.DoesNotContain(legends, l => l.Contains("Wymott"));
        var response = await admin.PostFormOn(edit, url,
        [
            new("Memberships[0].EstablishmentId", stokeHeath.ToString()),
            new("Memberships[0].Roles", Roles.VisitsStaff),
            new("Memberships[0].Roles", Roles.SaferCustody),
        ], keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.SaferCustody, Roles.VisitsStaff], await TestUsers.RolesAt(app, userId, "SHI"));
        Assert.Equal([Roles.VisitsStaff], await TestUsers.RolesAt(app, userId, "WYI"));
        var list = await admin.GetPage("/admin/staff");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(userName) && r.TextContent.Contains("Safer custody, Visits staff"));

        // At Wymott (where the account works first) the role does not apply.
        using var person = await StaffClient.SignedIn(app, userName);
        var home = await person.GetPage("/");
        Assert.Equal("Visits staff", home.QuerySelector("[data-testid=signed-in-roles]")!.TextContent.Replace("Your roles in this establishment:", "").Trim());
        AssertForbidden(await person.Http.GetAsync("/safercustody/contacts"));
        AssertForbidden(await person.Http.GetAsync($"/safercustody/contacts/{wymottContact}"));

        // At Stoke Heath it does, for Stoke Heath's records only.
        await SwitchTo(person, stokeHeath);
        var there = await person.GetPage($"/safercustody/contacts/{stokeHeathContact}");
        Assert.Contains("Safer custody", there.QuerySelector("[data-testid=signed-in-roles]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await person.Http.GetAsync($"/safercustody/contacts/{wymottContact}")).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_give_roles_where_they_are_not_the_establishment_admin()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        // Admin at Stoke Heath, but only visits staff at Wymott.
        var adminName = TestUsers.NewUserName("admin");
        await TestUsers.Create(app, adminName, [new("SHI", Roles.EstablishmentAdmin), new("WYI", Roles.VisitsStaff)]);
        var targetName = TestUsers.NewUserName("target");
        var targetId = await TestUsers.Create(app, targetName, [new("SHI", Roles.VisitsStaff), new("WYI", Roles.VisitsStaff)]);
        using var admin = await StaffClient.SignedIn(app, adminName);

        var url = $"/admin/staff/{targetId}";
        var edit = await admin.GetPage(url);
        Assert.DoesNotContain(edit.QuerySelectorAll("legend"), l => l.TextContent.Contains("Wymott"));
        var refused = await admin.PostFormOn(edit, url,
        [
            new("Memberships[0].EstablishmentId", wymott.ToString()),
            new("Memberships[0].Roles", Roles.SaferCustody),
        ], keepPrefilled: true);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["You can give roles only at establishments you administer"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal([Roles.VisitsStaff], await TestUsers.RolesAt(app, targetId, "WYI"));
        Assert.Equal([Roles.VisitsStaff], await TestUsers.RolesAt(app, targetId, "SHI"));

        var newName = TestUsers.NewUserName("new");
        var created = await admin.PostForm("/admin/staff/new", "/admin/staff/new",
        [
            new("UserName", newName), new("DisplayName", "Never Created"), new("Password", "a-long-enough-password"),
            new("Memberships[0].EstablishmentId", wymott.ToString()), new("Memberships[0].Roles", Roles.SaferCustody),
        ]);
        Assert.Equal(["You can give roles only at establishments you administer"], (await StaffClient.Parse(created)).ErrorSummary());
        await using var data = app.Db();
        Assert.False(await data.Users.AnyAsync(u => u.UserName == newName));

        // Working at Wymott, the same person is not an admin at all.
        await SwitchTo(admin, wymott);
        AssertForbidden(await admin.Http.GetAsync("/admin/staff"));
        AssertForbidden(await admin.Http.GetAsync(url));
    }

    [Fact]
    public async Task Taking_every_role_away_ends_the_membership_there_and_keeps_the_others()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var stokeHeath = await app.EstablishmentId("SHI");
        var userName = TestUsers.NewUserName("leaver");
        var userId = await TestUsers.Create(app, userName, [new("WYI", Roles.Security), new("SHI", Roles.Security)]);
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin, "SHI");

        var url = $"/admin/staff/{userId}";
        // No role ticked at Stoke Heath (an unticked checkbox posts nothing).
        var response = await admin.PostForm(url, url,
            [new("DisplayName", "Test Leaver"), new("Active", "true"), new("Memberships[0].EstablishmentId", stokeHeath.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var data = app.Db();
        Assert.Equal([await app.EstablishmentId("WYI")], await data.StaffEstablishments.Where(s => s.UserId == userId).Select(s => s.EstablishmentId).ToListAsync());
        Assert.Equal([Roles.Security], await TestUsers.RolesAt(app, userId, "WYI"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_last_membership_cannot_be_emptied_and_nothing_is_saved()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var userId = await TestUsers.Create(app, TestUsers.NewUserName("only"), [new("WYI", Roles.Security)]);
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);

        var url = $"/admin/staff/{userId}";
        var response = await admin.PostForm(url, url,
            [new("Memberships[0].EstablishmentId", wymott.ToString()), new("DisplayName", "A New Name"), new("Active", "true")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select at least one role. To stop someone using FamilyTies, switch the account off"], (await StaffClient.Parse(response)).ErrorSummary());
        Assert.Equal([Roles.Security], await TestUsers.RolesAt(app, userId, "WYI"));
        await using var data = app.Db();
        Assert.NotEqual("A New Name", (await data.Users.SingleAsync(u => u.Id == userId)).DisplayName);
    }
}
