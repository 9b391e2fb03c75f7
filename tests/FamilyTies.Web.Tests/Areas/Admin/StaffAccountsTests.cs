using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Admin;

[Collection("App")]
public sealed class StaffAccountsTests(AppFixture fixture)
{
    private static List<KeyValuePair<string, string>> Valid(string userName, int establishmentId, string role = Roles.SaferCustody) =>
    [
        new("UserName", userName),
        new("DisplayName", "Jordan Testperson"),
        new("Email", "jordan.testperson@justice.gov.uk"),
        new("Password", "a-long-enough-password"),
        new("Memberships[0].EstablishmentId", establishmentId.ToString()),
        new("Memberships[0].Roles", role),
    ];

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_admin_creates_an_account_that_signs_in_changes_its_first_password_and_has_its_role_there(DatabaseKind db)
    {
        var app = fixture.App(db);
        var wymott = await app.EstablishmentId("WYI");
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);
        var userName = TestUsers.NewUserName("jordan");

        var response = await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid(userName, wymott));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var list = await admin.GetPage("/admin/staff");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(userName) && r.TextContent.Contains("Safer custody"));

        using var created = StaffClient.Anonymous(app);
        var signIn = await created.SignIn(userName, "a-long-enough-password");
        Assert.Equal("/account/password", signIn.Headers.Location!.ToString());
        var changed = await created.PostForm("/account/password", "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "a-long-enough-password",
            ["NewPassword"] = "my-own-chosen-words",
            ["ConfirmPassword"] = "my-own-chosen-words",
        });
        Assert.Equal("/", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await created.Http.GetAsync("/safercustody")).StatusCode);
        Assert.Contains("/error/403", (await created.Http.GetAsync("/visits")).Headers.Location!.ToString());
    }

    [Fact]
    public async Task Bad_input_is_reported_field_by_field_and_nothing_is_saved()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);
        await using var data = app.Db();
        var before = await data.Users.CountAsync();

        var response = await admin.PostForm("/admin/staff/new", "/admin/staff/new", new Dictionary<string, string>
        {
            ["UserName"] = "Bad Name!",
            ["DisplayName"] = "",
            ["Email"] = "not-an-email",
            ["Password"] = "short",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal(
        [
            "Username must be 3 to 50 lower-case letters, numbers, dots, hyphens or underscores",
            "Enter the person's full name",
            "Enter an email address in the correct format, like name@justice.gov.uk",
            "Select at least one role",
            "Password must be at least 12 characters",
        ], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #DisplayName"));
        Assert.NotNull(page.QuerySelector("#Memberships_0__Roles"));
        Assert.Equal(before, await data.Users.CountAsync());
    }

    [Fact]
    public async Task A_taken_username_and_an_establishment_the_admin_does_not_run_are_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        var wymott = await app.EstablishmentId("WYI");
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);

        var taken = await StaffClient.Parse(await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid("visits.wymott", wymott)));
        Assert.Equal(["That username is already taken"], taken.ErrorSummary());

        var sneaky = TestUsers.NewUserName("sneaky");
        var elsewhere = await StaffClient.Parse(await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid(sneaky, littlehey)));
        Assert.Equal(["You can give roles only at establishments you administer"], elsewhere.ErrorSummary());
        await using var data = app.Db();
        Assert.False(await data.Users.AnyAsync(u => u.UserName == sneaky));
    }

    [Fact]
    public async Task An_admin_changes_roles_and_unlocks_a_locked_account()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var userName = TestUsers.NewUserName("locked");
        var userId = await TestUsers.Create(app, userName, [new("WYI", Roles.Security)]);
        using (var locker = StaffClient.Anonymous(app))
        {
            for (var i = 0; i < 5; i++)
            {
                await locker.SignIn(userName, "wrong-password-" + i);
            }
        }
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);

        var edit = await admin.GetPage($"/admin/staff/{userId}");
        Assert.Contains("This account is locked", edit.QuerySelector(".govuk-warning-text")!.TextContent);
        var response = await admin.PostFormOn(edit, $"/admin/staff/{userId}",
        [
            new("Memberships[0].EstablishmentId", wymott.ToString()),
            new("Memberships[0].Roles", Roles.FamilyServices),
            new("Unlock", "true"),
        ], keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.FamilyServices], await TestUsers.RolesAt(app, userId, "WYI"));

        using var unlocked = await StaffClient.SignedIn(app, userName);
        Assert.Equal(HttpStatusCode.OK, (await unlocked.Http.GetAsync("/familydays")).StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_establishment_cannot_be_opened()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var data = app.Db();
        var other = await data.Users.SingleAsync(u => u.UserName == "visits.littlehey");
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/admin/staff/{other.Id}")).StatusCode);
    }
}
