using System.Net;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>Real parallel requests through the booking form: the last table and the last visiting order go once.</summary>
[Collection("App")]
public sealed class BookingConcurrencyTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Many_staff_booking_the_last_tables_at_once_never_overbook(DatabaseKind kind)
    {
        const int capacity = 3;
        const int attempts = 12;
        var app = fixture.App(kind);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: capacity);
        var bookings = new List<(StaffClient Client, int PrisonerId, Dictionary<string, string> Form, string Token)>();
        for (var i = 0; i < attempts; i++)
        {
            var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
            var client = await StaffClient.SignedIn(app, i % 2 == 0 ? "visits.wymott" : "visitsmanager.wymott");
            var form = VisitsTestData.Booking(visitor.Id, session.Id, date);
            bookings.Add((client, prisoner.Id, form, await VisitsTestData.Token(client, prisoner.Id)));
        }

        using var start = new SemaphoreSlim(0);
        var tasks = bookings.Select(async b =>
        {
            await start.WaitAsync();
            return await b.Client.Http.PostAsync($"/visits/book/{b.PrisonerId}",
                new FormUrlEncodedContent(b.Form.Append(new("__RequestVerificationToken", b.Token))));
        }).ToList();
        start.Release(attempts);
        var responses = await Task.WhenAll(tasks);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"unexpected {(int)r.StatusCode}"));
        Assert.Equal(capacity, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            var summary = (await StaffClient.Parse(refused)).ErrorSummary();
            Assert.Contains(summary, m => m.StartsWith("The session is full", StringComparison.Ordinal));
        }
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        var slot = await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id && s.Date == date);
        Assert.Equal(capacity, slot.BookedOpen);
        Assert.Equal(capacity, await db.Visits.CountAsync(v => v.SessionSlotId == slot.Id && v.Status == VisitStatus.Booked));
        foreach (var b in bookings)
        {
            b.Client.Dispose();
        }
    }

    [Fact]
    public async Task Two_bookings_spending_the_last_visiting_order_at_once_let_exactly_one_through()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (first, firstDate) = await VisitsTestData.Session(app, openCapacity: 5, daysAhead: 5);
        var (second, secondDate) = await VisitsTestData.Session(app, openCapacity: 5, daysAhead: 6);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app, visitingOrders: 1);
        // Two visits managers, so whichever loses is asked for a reason (visits staff could not book without an order at all).
        using var a = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        using var b = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var formA = VisitsTestData.Booking(visitor.Id, first.Id, firstDate);
        var formB = VisitsTestData.Booking(visitor.Id, second.Id, secondDate);
        var tokenA = await VisitsTestData.Token(a, prisoner.Id);
        var tokenB = await VisitsTestData.Token(b, prisoner.Id);

        var responses = await Task.WhenAll(
            a.Http.PostAsync($"/visits/book/{prisoner.Id}", new FormUrlEncodedContent(formA.Append(new("__RequestVerificationToken", tokenA)))),
            b.Http.PostAsync($"/visits/book/{prisoner.Id}", new FormUrlEncodedContent(formB.Append(new("__RequestVerificationToken", tokenB)))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(["Tobias Bookable has no visiting orders left. Give a reason to book without one"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal(0, (await db.VisitingOrderBalances.SingleAsync(x => x.PrisonerId == prisoner.Id)).Balance);
        Assert.Single(await db.Visits.Where(v => v.PrisonerId == prisoner.Id).ToListAsync());
    }
}
