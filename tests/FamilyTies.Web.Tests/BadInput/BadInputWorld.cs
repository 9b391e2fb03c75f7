using System.Globalization;
using System.Net;
using FamilyTies.Data.Identity;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Features.VisitingOrders;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// The bad-input test's own app and database (so no other test writes to it while it counts rows), its signed-in
/// clients (accounts of its own, by role), and the records rows arrange: at Wymott (home, where its users work) and at
/// Stoke Heath (foreign: its records must be "not found" for a Wymott user).
/// </summary>
public sealed class BadInputWorld : IAsyncDisposable
{
    public const string Anonymous = "anonymous";
    private readonly Dictionary<string, StaffClient> _clients = [];
    private int _next;

    private BadInputWorld(FamilyTiesApp app, int home, int foreign)
    {
        App = app;
        Home = home;
        Foreign = foreign;
    }

    public FamilyTiesApp App { get; }
    public int Home { get; }
    public int Foreign { get; }

    public static DateOnly Today => VisitsTestData.Today;

    public static string Date(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    public static async Task<BadInputWorld> Start()
    {
        var app = new FamilyTiesApp();
        _ = app.Server;
        // Wait for the start-up visiting-order allocation, so nothing but the requests writes while rows are counted.
        await app.Services.GetRequiredService<VisitingOrderAllocationService>().FirstRun.WaitAsync(TimeSpan.FromMinutes(2));
        return new BadInputWorld(app, await app.EstablishmentId("WYI"), await app.EstablishmentId("SHI"));
    }

    /// <summary>
    /// A client signed in as the world's own account for a user key (kept for the run), or anonymous. A key is a role
    /// ("VisitsManager": that role at Wymott), or "Role@WYI+SHI" for a role held at several establishments, working in
    /// the first; a "#label" at the end makes an account of its own for one row (one that changes its password). The accounts are made here (TestUsers), so no demo account is used or changed.
    /// </summary>
    public async Task<StaffClient> Client(string user)
    {
        if (!_clients.TryGetValue(user, out var client))
        {
            client = await NewClient(user);
            _clients[user] = client;
        }
        return client;
    }

    /// <summary>A new client: anonymous, or signed in as the account for the user key (made on first use).</summary>
    public async Task<StaffClient> NewClient(string user) =>
        user == Anonymous ? StaffClient.Anonymous(App) : await StaffClient.SignedIn(App, await UserName(user));

    private readonly Dictionary<string, string> _userNames = [];

    /// <summary>The username of the world's account for a user key (see <see cref="Client"/>), made on first use.</summary>
    public async Task<string> UserName(string user)
    {
        if (!_userNames.TryGetValue(user, out var name))
        {
            var parts = user.Split('#')[0].Split('@');
            var codes = parts.Length > 1 ? parts[1].Split('+') : ["WYI"];
            name = (await TestUsers.Create(App, [parts[0]], codes)).UserName;
            _userNames[user] = name;
        }
        return name;
    }

    /// <summary>The password each account has now, when a row changed it (every account starts with the demo password).</summary>
    public Dictionary<string, string> Passwords { get; } = [];

    /// <summary>A number for names and prison numbers no other row uses.</summary>
    public int Next() => Interlocked.Increment(ref _next);

    public string Code(string establishmentCode) => establishmentCode;

    public async Task<Prisoner> Prisoner(bool foreign = false) =>
        await PeopleTestData.Prisoner(App, foreign ? "SHI" : "WYI", "Badinput");

    public async Task<(Contact Contact, PrisonerContact Link)> Contact(Prisoner prisoner) =>
        await PeopleTestData.Contact(App, prisoner, "Badinput" + Next(), new DateOnly(1979, 5, 4));

    public async Task<T> Add<T>(int establishmentId, T entity) where T : class
    {
        await using var db = App.Db(establishmentId);
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public Task<Restriction> Restriction(Prisoner prisoner) => Add(prisoner.EstablishmentId, new Restriction
    {
        Type = RestrictionType.Closed, PrisonerId = prisoner.Id, Reason = "Arranged by the bad-input test", StartDate = Today,
    });

    public async Task<NonAssociation> NonAssociation(bool foreign = false)
    {
        var a = await Prisoner(foreign);
        var b = await Prisoner(foreign);
        return await Add(a.EstablishmentId, new NonAssociation { PrisonerAId = a.Id, PrisonerBId = b.Id, Reason = "Arranged by the bad-input test", StartDate = Today });
    }

    /// <summary>Gives the home establishment's rooms with any of these names a name of their own.</summary>
    public async Task RenameRoomsNamed(params string[] names)
    {
        await using var db = App.Db(Home);
        foreach (var room in await db.Rooms.Where(r => names.Contains(r.Name)).ToListAsync())
        {
            room.Name = "Badinput room renamed " + Next();
        }
        await db.SaveChangesAsync();
    }

    public async Task<Room> Room(bool foreign = false) => await VisitsTestData.AddRoom(App, foreign ? "SHI" : "WYI");

    public async Task<SessionTemplate> Session(bool foreign = false, bool active = true) =>
        await VisitsTestData.AddSession(App, await Room(foreign), Today.AddDays(5).DayOfWeek, configure: s => s.Active = active);

    public async Task<BlockedDate> Block(bool foreign = false)
    {
        var session = await Session(foreign);
        return await Add(session.EstablishmentId, new BlockedDate { Date = Today.AddDays(30), SessionTemplateId = session.Id, Reason = "Arranged by the bad-input test" });
    }

    /// <summary>A booked visit in a session of its own, 5 to 19 days ahead.</summary>
    public async Task<Visit> Visit(bool foreign = false, bool needsReview = false)
    {
        var prisoner = await Prisoner(foreign);
        var session = await Session(foreign);
        var date = Today.AddDays(5 + 7 * (Next() % 3)); // inside the 28-day booking window, so it can be amended
        var visit = await VisitsTestData.BookedVisit(App, prisoner, session, date);
        var (contact, _) = await Contact(prisoner);
        await using var db = App.Db(prisoner.EstablishmentId);
        var saved = await db.Visits.SingleAsync(v => v.Id == visit.Id);
        saved.MainContactId = contact.Id;
        saved.Visitors.Add(new VisitVisitor { ContactId = contact.Id });
        if (needsReview)
        {
            saved.NeedsReview = true;
            saved.NeedsReviewReason = NeedsReviewReason.Blocked;
            saved.NeedsReviewDetail = "Arranged by the bad-input test";
        }
        await db.SaveChangesAsync();
        return saved;
    }

    public async Task<SaferCustodyContact> SaferCustodyContact(bool foreign = false, Prisoner? prisoner = null) =>
        await Add(foreign ? Foreign : Home, new SaferCustodyContact
        {
            ReceivedAt = DateTimeOffset.UtcNow.AddHours(-2), Channel = ContactChannel.SaferCustodyLine, CallerName = "Zelda Testcaller",
            CallerRelationship = "Sister", CallerPhone = "01632 960999", CallerWantsCallback = true, PrisonerId = prisoner?.Id,
            Categories = ConcernCategory.Healthcare, CallerSaid = "Arranged by the bad-input test",
        });

    public async Task<ContactAction> ContactAction(SaferCustodyContact contact) =>
        await Add(contact.EstablishmentId, new ContactAction
        {
            ContactId = contact.Id, Kind = ActionKind.WelfareCheck, OccurredAt = DateTimeOffset.UtcNow.AddHours(-1), Notes = "Arranged",
        });

    public async Task<CallerFeedback> CallerFeedback(SaferCustodyContact contact) =>
        await Add(contact.EstablishmentId, new CallerFeedback
        {
            ContactId = contact.Id, Result = CallerFeedbackResult.NotToldOther, OccurredAt = DateTimeOffset.UtcNow.AddHours(-1), Notes = "Arranged",
        });

    public async Task<SafetyCase> Case(bool foreign = false)
    {
        var prisoner = await Prisoner(foreign);
        return await Add(prisoner.EstablishmentId, new SafetyCase { PrisonerId = prisoner.Id, Kind = SafetyCaseKind.Acct, Reference = "BI" + Next(), OpenedOn = Today.AddDays(-3) });
    }

    public async Task<FamilyInvolvementEntry> Entry(SafetyCase safetyCase) =>
        await Add(safetyCase.EstablishmentId, new FamilyInvolvementEntry
        {
            SafetyCaseId = safetyCase.Id, Kind = InvolvementEntryKind.FamilyUpdated, OccurredOn = Today.AddDays(-1), Notes = "Arranged",
        });

    /// <summary>A convicted prisoner with a visiting-order balance of 4 and one approved adult visitor.</summary>
    public async Task<(Prisoner Prisoner, Contact Visitor)> BookablePrisoner() => await VisitsTestData.BookablePrisoner(App);

    /// <summary>A staff account of its own at Wymott (or Stoke Heath), for the admin's edit page.</summary>
    public Task<FamilyTies.Testing.TestStaffUser> StaffUser(bool foreign = false) =>
        TestUsers.Create(App, [FamilyTies.Domain.Roles.VisitsStaff], foreign ? "SHI" : "WYI");

    /// <summary>The id of the world's account for a user key.</summary>
    public async Task<string> UserId(string user)
    {
        var userName = await UserName(user);
        await using var db = App.Db();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static void Ok(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await App.DisposeAsync();
    }
}
