using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// The Visits pathway's test data: rooms, sessions (of their own, so tests never share capacity), blocks, bookable
/// prisoners and booked visits arranged directly in the database, and the booking journey's steps posted as its forms
/// would. "Today" is London's, on the app's clock (<see cref="TestClock"/>).
/// </summary>
public static class VisitsTestData
{
    /// <summary>Today in the prisons' time zone, on the app's clock (<see cref="TestClock"/>).</summary>
    public static DateOnly Today => TestClock.Today;

    public static DateOnly ThisMonday => SessionTimetable.WeekStarting(Today);

    /// <summary>The given weekday in the week <paramref name="weeksAhead"/> weeks after this one.</summary>
    public static DateOnly Day(DayOfWeek day, int weeksAhead) => ThisMonday.AddDays(7 * weeksAhead + ((int)day + 6) % 7);

    public static string Input(DateOnly d) => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Spelt(DateOnly d) => d.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>
    /// Signs in and makes sure the user works in the given establishment: demo staff at Wymott also cover Stoke Heath,
    /// and another test may have switched them there.
    /// </summary>
    public static async Task<StaffClient> At(FamilyTiesApp app, string userName, string code)
    {
        var client = await StaffClient.SignedIn(app, userName);
        var home = await client.GetPage("/");
        if (home.QuerySelector("form[action='/establishment/switch']") is not null)
        {
            var id = await app.EstablishmentId(code);
            var response = await client.PostForm("/", "/establishment/switch", new Dictionary<string, string> { ["establishmentId"] = id.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        return client;
    }

    /// <summary>Posts to any URL with a valid antiforgery token (taken from the sign-out form), as a tampered form would.</summary>
    public static async Task<HttpResponseMessage> PostAnyway(StaffClient client, string url, IDictionary<string, string> fields)
    {
        var home = await client.GetPage("/");
        var token = home.QuerySelector<IHtmlInputElement>("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.Value;
        var values = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static async Task<Room> AddRoom(FamilyTiesApp app, string code, string? name = null)
    {
        await using var db = app.Db(await app.EstablishmentId(code));
        var room = new Room { Name = name ?? "Test room " + Guid.NewGuid().ToString("N")[..8], Kind = RoomKind.VisitsHall, Tables = 20, ClosedBooths = 2 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room;
    }

    public static async Task<SessionTemplate> AddSession(FamilyTiesApp app, Room room, DayOfWeek day, int startHour = 14, int endHour = 16,
        Action<SessionTemplate>? configure = null)
    {
        await using var db = app.Db(room.EstablishmentId);
        var session = new SessionTemplate
        {
            Name = $"{day} test {Guid.NewGuid().ToString("N")[..6]}", RoomId = room.Id, DayOfWeek = day,
            StartTime = new TimeOnly(startHour, 0), EndTime = new TimeOnly(endHour, 0),
            ValidFrom = ThisMonday.AddDays(-28), OpenCapacity = 20, ClosedCapacity = 2,
        };
        configure?.Invoke(session);
        db.SessionTemplates.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>A booked visit for a prisoner in a session on a date, with its slot, as the booking journey leaves it.</summary>
    public static async Task<Visit> BookedVisit(FamilyTiesApp app, Prisoner prisoner, SessionTemplate session, DateOnly date,
        VisitStatus status = VisitStatus.Booked)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var slot = await db.SessionSlots.SingleOrDefaultAsync(s => s.SessionTemplateId == session.Id && s.Date == date)
                   ?? db.SessionSlots.Add(new SessionSlot { SessionTemplateId = session.Id, Date = date }).Entity;
        slot.BookedOpen++;
        slot.Version++;
        var visit = new Visit
        {
            Reference = VisitReference.New(), PrisonerId = prisoner.Id, SessionSlot = slot, Date = date,
            StartTime = session.StartTime, EndTime = session.EndTime, MainContactPhone = "07700 900123",
            RequestMethod = RequestMethod.Phone, Status = status,
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit;
    }

    public static async Task<string?> SuccessBanner(StaffClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await client.GetPage(redirect.Headers.Location!.ToString());
        return page.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent.Trim();
    }

    /// <summary>
    /// A new session template of its own at Wymott, in a room of its own (so tests do not share capacity or depend on
    /// the demo rooms), and a date it runs on inside Wymott's booking window.
    /// </summary>
    public static async Task<(SessionTemplate Session, DateOnly Date)> Session(FamilyTiesApp app, int openCapacity, int closedCapacity = 1, int daysAhead = 3)
    {
        var room = await AddRoom(app, "WYI");
        await using var db = app.Db(room.EstablishmentId);
        var wymott = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == room.EstablishmentId);
        Assert.InRange(daysAhead, wymott.MinBookingNoticeDays, wymott.MaxBookingNoticeDays);
        var date = Today.AddDays(daysAhead);
        var session = new SessionTemplate
        {
            Name = "Test session " + Guid.NewGuid().ToString("N")[..6], RoomId = room.Id, DayOfWeek = date.DayOfWeek,
            StartTime = new TimeOnly(18, 30), EndTime = new TimeOnly(20, 0), ValidFrom = date.AddDays(-7),
            OpenCapacity = openCapacity, ClosedCapacity = closedCapacity,
        };
        db.SessionTemplates.Add(session);
        await db.SaveChangesAsync();
        return (session, date);
    }

    /// <summary>A session at Wymott with closed places only (no open tables), and a date it runs on.</summary>
    public static Task<(SessionTemplate Session, DateOnly Date)> ClosedOnlySession(FamilyTiesApp app, int closedCapacity = 1, int daysAhead = 3) =>
        Session(app, openCapacity: 0, closedCapacity: closedCapacity, daysAhead: daysAhead);

    /// <summary>A convicted prisoner at Wymott with one approved adult visitor and the given visiting-order balance.</summary>
    public static async Task<(Prisoner Prisoner, Contact Visitor)> BookablePrisoner(FamilyTiesApp app, int visitingOrders = 4)
    {
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Bookable");
        var (visitor, _) = await PeopleTestData.Contact(app, prisoner, "Adult", new DateOnly(1980, 6, 1));
        await using var db = app.Db(prisoner.EstablishmentId);
        var balance = await db.VisitingOrderBalances.SingleOrDefaultAsync(b => b.PrisonerId == prisoner.Id);
        if (balance is null)
        {
            balance = new VisitingOrderBalance { PrisonerId = prisoner.Id, EstablishmentId = prisoner.EstablishmentId };
            db.VisitingOrderBalances.Add(balance);
        }
        var change = visitingOrders - balance.Balance;
        balance.Balance = visitingOrders;
        balance.Version++;
        db.VisitingOrderEntries.Add(new VisitingOrderEntry
        {
            EstablishmentId = prisoner.EstablishmentId, PrisonerId = prisoner.Id, At = TestClock.Now, Type = VisitingOrderEntryType.ManualAdjustment,
            Change = change, BalanceAfter = visitingOrders, Reason = "Test set-up",
        });
        await db.SaveChangesAsync();
        return (prisoner, visitor);
    }

    public static Dictionary<string, string> Booking(int visitorId, int sessionId, DateOnly date) => new()
    {
        ["VisitorIds"] = visitorId.ToString(),
        ["Slot"] = $"{sessionId}:{date:yyyy-MM-dd}",
        ["MainContactId"] = visitorId.ToString(),
        ["RequestMethod"] = "Phone",
    };

    /// <summary>An antiforgery token for this client, from the first step of the journey (the only step that is a GET).</summary>
    public static async Task<string> Token(StaffClient client, int prisonerId) =>
        (await client.GetPage($"/visits/book/{prisonerId}/visitors")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    /// <summary>Posts the answers to a step of the journey (session, support, contact, check) as its form would.</summary>
    public static async Task<HttpResponseMessage> PostStep(StaffClient client, int prisonerId, string step, IEnumerable<KeyValuePair<string, string>> answers) =>
        await client.Http.PostAsync($"/visits/book/{prisonerId}/{step}",
            new FormUrlEncodedContent(answers.Append(new("__RequestVerificationToken", await Token(client, prisonerId)))));

    /// <summary>The check page for these answers, as the main contact step's Continue shows it.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> Check(StaffClient client, int prisonerId, Dictionary<string, string> booking)
    {
        var response = await PostStep(client, prisonerId, "check", booking);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await StaffClient.Parse(response);
    }

    /// <summary>Books as the check page's "Book visit" button does: the answers in the POST body, with an antiforgery token.</summary>
    public static async Task<HttpResponseMessage> Book(StaffClient client, int prisonerId, Dictionary<string, string> booking) =>
        await client.Http.PostAsync($"/visits/book/{prisonerId}",
            new FormUrlEncodedContent(booking.Append(new("__RequestVerificationToken", await Token(client, prisonerId)))));
}
