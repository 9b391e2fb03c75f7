using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>Arranges sessions, bookable prisoners and visiting orders for the booking tests.</summary>
public static class VisitTestData
{
    /// <summary>Today in the prisons' time zone, on the app's clock (<see cref="TestClock"/>).</summary>
    public static DateOnly Today => TestClock.Today;

    /// <summary>
    /// A new session template of its own at Wymott, in a room of its own (so tests do not share capacity or depend on
    /// the demo rooms), and a date it runs on inside Wymott's booking window.
    /// </summary>
    public static async Task<(SessionTemplate Session, DateOnly Date)> Session(FamilyTiesApp app, int openCapacity, int closedCapacity = 1, int daysAhead = 3)
    {
        var room = await VisitsTestData.AddRoom(app, "WYI");
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
