using System.Net;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features;

/// <summary>Health, security headers and the friendly error pages.</summary>
[Collection("App")]
public sealed class PlatformTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Health_answers_200_without_sign_in_after_checking_the_database(DatabaseKind db)
    {
        using var client = StaffClient.Anonymous(fixture.App(db));
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_cannot_be_reached()
    {
        using var app = new FamilyTiesApp(seed: false);
        _ = app.Server;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = app.ConnectionString["Data Source=".Length..];
        // A folder where the database file was: SQLite cannot open it. The app's background services may open the
        // database (and so make the file again) between the delete and the folder; once the folder stands, none can.
        for (var attempt = 1; !Directory.Exists(file); attempt++)
        {
            try
            {
                File.Delete(file);
                Directory.CreateDirectory(file);
            }
            catch (IOException) when (attempt < 20)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
        }
        using var client = StaffClient.Anonymous(app);
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var response = await client.Http.GetAsync("/sign-in");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts()
    {
        using var client = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var page = await client.GetPage("/sign-in");
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "inline script: " + s.OuterHtml));
    }

    [Fact]
    public async Task An_unknown_page_shows_the_friendly_not_found_page()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), "visits.wymott");
        var response = await client.Http.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await StaffClient.Parse(response)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_the_role_may_not_use_shows_the_friendly_forbidden_page()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), "visits.wymott");
        var response = await client.Http.GetAsync("/admin");
        Assert.Equal("https://localhost/error/403?returnUrl=%2Fadmin", response.Headers.Location!.ToString());
        var page = await client.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("You do not have access to this page", (await StaffClient.Parse(page)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Outside_Development_an_unhandled_error_shows_the_friendly_page_without_details()
    {
        using var app = new FamilyTiesApp(environment: "Production", seed: false);
        await CreateUserWithoutRoles(app, "no.roles");
        using var client = await StaffClient.SignedIn(app, "no.roles");
        var response = await client.Http.GetAsync("/test/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task Outside_Development_every_cookie_is_Secure_HttpOnly_and_SameSite_Lax()
    {
        using var app = new FamilyTiesApp(environment: "Production", seed: false);
        await CreateUserWithoutRoles(app, "cookie.check");
        using var client = StaffClient.Anonymous(app);
        var form = await client.Http.GetAsync("/sign-in");
        var signIn = await client.SignIn("cookie.check", FamilyTiesApp.Password);

        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).Select(c => c.ToLowerInvariant()).ToList();
        Assert.Contains(cookies, c => c.StartsWith("familyties.signin=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("familyties.antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("; secure", c);
            Assert.Contains("; httponly", c);
            Assert.Contains("; samesite=lax", c);
        });
    }

    private static async Task CreateUserWithoutRoles(FamilyTiesApp app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.CreateAsync(new StaffUser { UserName = userName, DisplayName = "Test user" }, FamilyTiesApp.Password)).Succeeded);
    }

    [Fact]
    public void Production_refuses_to_load_demo_data()
    {
        using var app = new FamilyTiesApp(environment: "Production", seed: true);
        var failure = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Demo data is never loaded in Production", failure.ToString());
    }
}
