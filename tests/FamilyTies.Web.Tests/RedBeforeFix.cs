using System.Net;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests;

[Collection("App")]
public sealed class RedBeforeFix(AppFixture fixture)
{
    [Fact]
    public async Task Red_route_id_wins()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (mine, _) = await PeopleTestData.Contact(app, prisoner, "Routed", new DateOnly(1981, 3, 4));
        var (other, _) = await PeopleTestData.Contact(app, prisoner, "Untouched", new DateOnly(1982, 5, 6));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var url = $"/contacts/{mine.Id}/edit";
        await client.PostForm(url, url, new Dictionary<string, string> { ["id"] = other.Id.ToString(), ["Id"] = other.Id.ToString(), ["FirstName"] = "Changed" }, keepPrefilled: true);
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal("Untouched", (await db.Contacts.SingleAsync(c => c.Id == other.Id)).FirstName);
    }

    [Fact]
    public async Task Red_replayed_cookie()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = StaffClient.Anonymous(app);
        var signIn = await client.SignIn("security.stokeheath", FamilyTiesApp.Password);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("FamilyTies.SignIn", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        await client.PostForm("/", "/sign-out", []);
        using var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/prisoners");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Redirect, (await raw.SendAsync(request)).StatusCode);
    }

    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();
        public int Verified;
        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Red_unknown_user_hashes()
    {
        var hasher = new CountingHasher();
        await using var app = fixture.App(DatabaseKind.Sqlite).WithWebHostBuilder(b => b.UseSetting("VisitingOrders:AllocationEnabled", "false")
            .ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher)));
        using var client = StaffClient.Anonymous(app);
        await client.SignIn("nobody.at.all", "some-password-or-other");
        Assert.Equal(1, hasher.Verified);
    }

    [Fact]
    public async Task Red_locked_message_is_generic()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = StaffClient.Anonymous(app);
        string last = "";
        for (var i = 0; i < 6; i++)
        {
            last = string.Join("|", (await StaffClient.Parse(await client.SignIn("admin.littlehey", "wrong-password-" + i))).ErrorSummary());
        }
        Assert.Equal("Enter a correct username and password", last);
    }

    [Fact]
    public async Task Red_family_lead_cannot_log_contact()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var response = await lead.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", Contact(DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Contains("/error/403", response.Headers.Location?.ToString() ?? $"{(int)response.StatusCode} no redirect");
    }

    [Fact]
    public async Task Red_family_lead_reads_rooms_and_settings_and_is_not_offered_booking()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var failures = new List<string>();
        foreach (var url in new[] { "/visits/rooms", "/visits/sessions", "/admin/settings" })
        {
            var r = await lead.Http.GetAsync(url);
            if (r.StatusCode != HttpStatusCode.OK) failures.Add(url + " " + (int)r.StatusCode);
        }
        var visits = await lead.GetPage("/visits");
        if (visits.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == "/visits/book")) failures.Add("offered /visits/book");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Red_visits_staff_cannot_book_without_a_visiting_order()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitTestData.BookablePrisoner(app, visitingOrders: 0);
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var booking = VisitTestData.Booking(visitor.Id, session.Id, date);
        booking["VisitingOrderOverrideReason"] = "Governor approved a compassionate visit";
        Assert.Equal(HttpStatusCode.OK, (await VisitTestData.Book(client, prisoner.Id, booking)).StatusCode);
    }

    [Fact]
    public async Task Red_renamed_establishment_starts()
    {
        using var app = new FamilyTiesApp();
        await using (var db = app.Db())
        {
            var wymott = await db.Establishments.SingleAsync(e => e.Code == "WYI");
            wymott.Name = "Wymott (HMP) & YOI";
            await db.SaveChangesAsync();
        }
        await using var restarted = app.WithWebHostBuilder(_ => { });
        _ = restarted.Server;
    }
}
