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

    public static string CheckUrl(int prisonerId, Dictionary<string, string> booking) =>
        $"/visits/book/{prisonerId}/check?" + string.Join("&", booking.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));

    /// <summary>Books through the real form: GET the check page for its antiforgery token, then POST.</summary>
    public static Task<HttpResponseMessage> Book(StaffClient client, int prisonerId, Dictionary<string, string> booking) =>
        client.PostForm(CheckUrl(prisonerId, booking), $"/visits/book/{prisonerId}", booking);
}
