using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Admin;

[Collection("App")]
public sealed class StaffAccountsTests(AppFixture fixture)
{
    private static Dictionary<string, string> Valid(string userName, int establishmentId) => new()
    {
        ["UserName"] = userName,
        ["DisplayName"] = "Jordan Testperson",
        ["Email"] = "jordan.testperson@justice.gov.uk",
        ["Password"] = "a-long-enough-password",
        ["Roles"] = Roles.SaferCustody,
        ["EstablishmentIds"] = establishmentId.ToString(),
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_admin_creates_an_account_that_can_sign_in_with_its_role_and_establishment(DatabaseKind db)
    {
        var app = fixture.App(db);
        var wymott = await app.EstablishmentId("WYI");
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");

        var response = await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid("jordan.t" + db.ToString().ToLowerInvariant(), wymott));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var list = await admin.GetPage("/admin/staff");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Jordan Testperson") && r.TextContent.Contains("Safer custody"));

        using var created = await StaffClient.SignedIn(app, "jordan.t" + db.ToString().ToLowerInvariant(), "a-long-enough-password");
        Assert.Equal(HttpStatusCode.OK, (await created.Http.GetAsync("/safercustody")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await created.Http.GetAsync("/visits")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_reported_field_by_field_and_nothing_is_saved()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var data = app.Db();
        var before = await data.Users.CountAsync();
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");

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
            "Select at least one establishment",
            "Password must be at least 12 characters",
        ], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #DisplayName"));
        Assert.Equal(before, await data.Users.CountAsync());
    }

    [Fact]
    public async Task A_taken_username_and_an_establishment_the_admin_does_not_run_are_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        var wymott = await app.EstablishmentId("WYI");
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");

        var taken = await StaffClient.Parse(await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid("visits.wymott", wymott)));
        Assert.Equal(["That username is already taken"], taken.ErrorSummary());

        var elsewhere = await StaffClient.Parse(await admin.PostForm("/admin/staff/new", "/admin/staff/new", Valid("sneaky.user", littlehey)));
        Assert.Equal(["Select establishments you administer"], elsewhere.ErrorSummary());
        await using var data = app.Db();
        Assert.False(await data.Users.AnyAsync(u => u.UserName == "sneaky.user"));
    }

    [Fact]
    public async Task An_admin_changes_roles_and_unlocks_a_locked_account()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using (var locker = StaffClient.Anonymous(app))
        {
            for (var i = 0; i < 5; i++)
            {
                await locker.SignIn("familyservices.wymott", "wrong-password-" + i);
            }
        }
        await using var data = app.Db();
        var user = await data.Users.SingleAsync(u => u.UserName == "familyservices.wymott");
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");

        var edit = await admin.GetPage($"/admin/staff/{user.Id}");
        Assert.Contains("This account is locked", edit.QuerySelector(".govuk-warning-text")!.TextContent);
        var response = await admin.PostForm($"/admin/staff/{user.Id}", $"/admin/staff/{user.Id}", new Dictionary<string, string>
        {
            ["Roles"] = Roles.FamilyServices,
            ["Unlock"] = "true",
        }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var unlocked = await StaffClient.SignedIn(app, "familyservices.wymott");
        Assert.Equal(HttpStatusCode.OK, (await unlocked.Http.GetAsync("/familydays")).StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_establishment_cannot_be_opened()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var data = app.Db();
        var other = await data.Users.SingleAsync(u => u.UserName == "visits.littlehey");
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/admin/staff/{other.Id}")).StatusCode);
    }
}
