using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Features.Account;

[Collection("App")]
public sealed class SignInTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Anonymous_requests_are_sent_to_sign_in(DatabaseKind db)
    {
        using var client = StaffClient.Anonymous(fixture.App(db));
        foreach (var path in new[] { "/", "/visits", "/prisoners", "/admin/settings", "/dashboard/national" })
        {
            var response = await client.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in?returnUrl=", response.Headers.Location!.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Demo_visits_user_signs_in_with_a_secure_http_only_lax_cookie_and_reaches_visits(DatabaseKind db)
    {
        using var client = StaffClient.Anonymous(fixture.App(db));
        var response = await client.SignIn("visits.wymott", FamilyTiesApp.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FamilyTies.SignIn=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);

        var visits = await client.GetPage("/visits");
        Assert.Equal("Visits", visits.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("HMP Wymott", visits.QuerySelector("#establishment-switch option[selected]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_summary_and_does_not_sign_in()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        // A failed attempt counts towards the user's lockout, so it is made on an account of its own.
        var user = await TestUsers.Create(app, [Roles.VisitsStaff], "SHI");
        using var client = StaffClient.Anonymous(app);
        var response = await client.SignIn(user.UserName, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal(["Enter a correct username and password"], page.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/visits")).StatusCode);
    }

    [Fact]
    public async Task Empty_fields_are_each_reported()
    {
        using var client = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var page = await StaffClient.Parse(await client.SignIn("", ""));
        Assert.Equal(["Enter your username", "Enter your password"], page.ErrorSummary());
        Assert.Equal("#UserName", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_is_refused_with_the_same_message()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var name = TestUsers.NewUserName("lockout");
        await TestUsers.Create(app, name, [new("LHI", FamilyTies.Domain.Roles.FamilyServices)]);
        using var client = StaffClient.Anonymous(app);
        for (var i = 0; i < 5; i++)
        {
            var page = await StaffClient.Parse(await client.SignIn(name, "wrong-password-" + i));
            Assert.Equal(["Enter a correct username and password"], page.ErrorSummary());
        }

        // Locked: the right password is refused, and the answer is the one a stranger gets (no "locked" to confirm the account exists).
        var right = await client.SignIn(name, FamilyTiesApp.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var refused = await StaffClient.Parse(right);
        Assert.Equal(["Enter a correct username and password"], refused.ErrorSummary());
        Assert.Contains("locked for 15 minutes", refused.QuerySelector("main")!.TextContent);

        await using var db = app.Db();
        var user = db.Users.Single(u => u.UserName == name);
        // Identity's lockout runs on the system clock (UserManager reads DateTimeOffset.UtcNow), not the app's TimeProvider.
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        // Signing out may end every session of the account, so it signs out an account of its own.
        using var client = await StaffClient.SignedInAsNew(fixture.App(DatabaseKind.Sqlite), Roles.SaferCustody, "WYI");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/safercustody")).StatusCode);

        var response = await client.PostForm("/", "/sign-out", []);
        Assert.Equal("/sign-in", response.Headers.Location!.ToString());
        var after = await client.Http.GetAsync("/safercustody");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/sign-in", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var client = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var response = await client.PostForm("/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", "/sign-in",
            new Dictionary<string, string> { ["UserName"] = "visits.wymott", ["Password"] = FamilyTiesApp.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), "visits.wymott");
        var response = await client.Http.PostAsync("/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
