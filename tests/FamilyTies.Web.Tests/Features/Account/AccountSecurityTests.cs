using System.Net;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features.Account;

/// <summary>Sign-out ends the session on the server, sign-in says nothing about which usernames exist, passwords change (issue 15, section 4).</summary>
[Collection("App")]
public sealed class AccountSecurityTests(AppFixture fixture)
{
    private const string Failed = "Enter a correct username and password";

    /// <summary>The sign-in cookie as a browser would send it back: name=value pairs from the sign-in response.</summary>
    private static string SignInCookie(HttpResponseMessage signIn) =>
        string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("FamilyTies.SignIn", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));

    private static async Task<HttpResponseMessage> Replay(WebApplicationFactory<Program> app, string cookie, string path)
    {
        using var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await raw.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_copy_of_the_sign_in_cookie_stops_working_when_its_owner_signs_out(DatabaseKind db)
    {
        var app = fixture.App(db);
        var name = TestUsers.NewUserName("replay");
        await TestUsers.Create(app, name, [new("WYI", Roles.VisitsStaff)]);
        using var client = StaffClient.Anonymous(app);
        var signIn = await client.SignIn(name, FamilyTiesApp.Password);
        var cookie = SignInCookie(signIn);
        Assert.Equal(HttpStatusCode.OK, (await Replay(app, cookie, "/prisoners")).StatusCode);

        var signOut = await client.PostForm("/", "/sign-out", []);
        Assert.Equal("/sign-in", signOut.Headers.Location!.ToString());

        var replayed = await Replay(app, cookie, "/prisoners");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/sign-in", replayed.Headers.Location!.ToString());
        // Signing in again opens a new session; the old cookie stays dead.
        using var again = await StaffClient.SignedIn(app, name);
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/prisoners")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Replay(app, cookie, "/prisoners")).StatusCode);
        await using var data = app.Db();
        Assert.False(await data.AuditEvents.AnyAsync(a => a.EntityType == "StaffSession"), "Session ids stay out of the audit log");
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var name = TestUsers.NewUserName("twice");
        await TestUsers.Create(app, name, [new("WYI", Roles.Security)]);
        using var desk = await StaffClient.SignedIn(app, name);
        using var laptop = await StaffClient.SignedIn(app, name);
        await desk.PostForm("/", "/sign-out", []);
        Assert.Equal(HttpStatusCode.OK, (await laptop.Http.GetAsync("/prisoners")).StatusCode);
    }

    /// <summary>Counts password checks, so a test can see the unknown-username path does the same work as a wrong password.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();
        private int _verified;
        public int Verified => Volatile.Read(ref _verified);
        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Unknown_usernames_wrong_passwords_and_locked_accounts_get_the_same_answer_and_the_same_work()
    {
        var hasher = new CountingHasher();
        await using var app = fixture.App(DatabaseKind.Sqlite)
            .WithWebHostBuilder(b => b
                .UseSetting("VisitingOrders:AllocationEnabled", "false") // a second host must not allocate to other tests' prisoners
                .ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher)));
        var name = TestUsers.NewUserName("enumerate");
        await TestUsers.Create(fixture.App(DatabaseKind.Sqlite), name, [new("WYI", Roles.Security)]);
        using var client = StaffClient.Anonymous(app);

        async Task<(string Message, int Checks)> Attempt(string userName, string password)
        {
            var before = hasher.Verified;
            var response = await client.SignIn(userName, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (string.Join(" | ", (await StaffClient.Parse(response)).ErrorSummary()), hasher.Verified - before);
        }

        Assert.Equal((Failed, 1), await Attempt("nobody." + Guid.NewGuid().ToString("N")[..8], "some-password-or-other"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((Failed, 1), await Attempt(name, "wrong-password-" + i));
        }
        // Now locked: the same answer, even to the right password, and a password check all the same.
        Assert.Equal((Failed, 1), await Attempt(name, FamilyTiesApp.Password));
        Assert.Equal((Failed, 1), await Attempt(name, "wrong-password-again"));
        await using var data = fixture.App(DatabaseKind.Sqlite).Db();
        Assert.True((await data.Users.SingleAsync(u => u.UserName == name)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Everyone_can_change_their_password_and_their_other_sessions_end()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var name = TestUsers.NewUserName("changer");
        await TestUsers.Create(app, name, [new("WYI", Roles.FamilyLead)]);
        using var client = await StaffClient.SignedIn(app, name);
        using var other = await StaffClient.SignedIn(app, name);
        var page = await client.GetPage("/");
        Assert.NotNull(page.QuerySelector("a[href='/account/password']"));

        async Task<IReadOnlyList<string>> Refused(Dictionary<string, string> fields)
        {
            var response = await client.PostForm("/account/password", "/account/password", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await StaffClient.Parse(response)).ErrorSummary();
        }

        Assert.Equal(["Enter your current password", "Enter a new password"], await Refused(new() { ["CurrentPassword"] = "", ["NewPassword"] = "", ["ConfirmPassword"] = "" }));
        Assert.Equal(["New password must be at least 12 characters"], await Refused(new() { ["CurrentPassword"] = FamilyTiesApp.Password, ["NewPassword"] = "short", ["ConfirmPassword"] = "short" }));
        Assert.Equal(["The new passwords do not match"], await Refused(new() { ["CurrentPassword"] = FamilyTiesApp.Password, ["NewPassword"] = "a-brand-new-password", ["ConfirmPassword"] = "a-different-password" }));
        Assert.Equal(["Your current password is not right"], await Refused(new() { ["CurrentPassword"] = "not-my-password-at-all", ["NewPassword"] = "a-brand-new-password", ["ConfirmPassword"] = "a-brand-new-password" }));
        Assert.Equal(["New password must include at least one lower-case letter"], await Refused(new() { ["CurrentPassword"] = FamilyTiesApp.Password, ["NewPassword"] = "ALL-CAPITALS-1234", ["ConfirmPassword"] = "ALL-CAPITALS-1234" }));

        var changed = await client.PostForm("/account/password", "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = FamilyTiesApp.Password, ["NewPassword"] = "a-brand-new-password", ["ConfirmPassword"] = "a-brand-new-password",
        });
        Assert.Equal("/", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/prisoners")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.Http.GetAsync("/prisoners")).StatusCode);
        using var fresh = StaffClient.Anonymous(app);
        Assert.Equal(HttpStatusCode.OK, (await fresh.SignIn(name, FamilyTiesApp.Password)).StatusCode);
        Assert.Equal("/", (await fresh.SignIn(name, "a-brand-new-password")).Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_password_set_by_an_admin_must_be_changed_before_anything_else()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var name = TestUsers.NewUserName("reset");
        var userId = await TestUsers.Create(app, name, [new("WYI", Roles.VisitsStaff)]);
        using var before = await StaffClient.SignedIn(app, name);
        using var admin = await TestUsers.SignedInAs(app, Roles.EstablishmentAdmin);

        var url = $"/admin/staff/{userId}";
        var reset = await admin.PostForm(url, url, new Dictionary<string, string> { ["NewPassword"] = "given-by-the-admin" }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await before.Http.GetAsync("/prisoners")).StatusCode);

        using var client = StaffClient.Anonymous(app);
        Assert.Equal("/account/password", (await client.SignIn(name, "given-by-the-admin")).Headers.Location!.ToString());
        foreach (var path in new[] { "/", "/prisoners", "/visits/book", "/admin" })
        {
            var response = await client.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/password", response.Headers.Location!.ToString());
        }
        var page = await client.GetPage("/account/password");
        Assert.NotNull(page.QuerySelector("[data-testid=must-change]"));
        Assert.Empty(page.QuerySelectorAll("nav[aria-label=Sections]"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/css/site.css")).StatusCode);

        var changed = await client.PostFormOn(page, "/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "given-by-the-admin", ["NewPassword"] = "chosen-by-myself-now", ["ConfirmPassword"] = "chosen-by-myself-now",
        });
        Assert.Equal("/", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/prisoners")).StatusCode);
        await using var data = app.Db();
        Assert.False((await data.Users.SingleAsync(u => u.Id == userId)).MustChangePassword);
    }

    [Fact]
    public async Task Demo_users_chose_their_passwords_already()
    {
        using var client = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        Assert.Equal("/", (await client.SignIn("familylead.littlehey", FamilyTiesApp.Password)).Headers.Location!.ToString());
    }
}
