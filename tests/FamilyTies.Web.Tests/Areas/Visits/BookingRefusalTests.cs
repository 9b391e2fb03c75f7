using System.Net;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// Refused bookings: whatever the prisoner's visiting-order state, whatever restriction refuses it, however long the
/// text typed, staff get the refusal on the page (200), never a server error, and nothing is saved.
/// </summary>
[Collection("App")]
public sealed class BookingRefusalTests(AppFixture fixture)
{
    private static async Task AssertNothingSaved(FamilyTiesApp app, Prisoner prisoner, SessionTemplate session, DateOnly date, int? balance)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));
        Assert.False(await db.SessionSlots.AnyAsync(s => s.SessionTemplateId == session.Id && s.Date == date));
        Assert.False(await db.VisitingOrderEntries.AnyAsync(e => e.PrisonerId == prisoner.Id && e.VisitId != null));
        var row = await db.VisitingOrderBalances.SingleOrDefaultAsync(b => b.PrisonerId == prisoner.Id);
        Assert.Equal(balance, row?.Balance);
    }

    private static async Task<IReadOnlyList<string>> Refused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await StaffClient.Parse(response)).ErrorSummary();
    }

    private static async Task Ban(FamilyTiesApp app, Contact visitor, DateOnly until)
    {
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        db.Restrictions.Add(new Restriction { ContactId = visitor.Id, Type = RestrictionType.Ban, Reason = "Test", StartDate = VisitsTestData.Today, ExpiryDate = until });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_refused_booking_for_a_remand_prisoner_with_no_balance_row_shows_the_refusal()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Remandee");
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            (await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id)).LegalStatus = LegalStatus.Remand;
            db.VisitingOrderBalances.RemoveRange(db.VisitingOrderBalances.Where(b => b.PrisonerId == prisoner.Id));
            await db.SaveChangesAsync();
        }
        var (visitor, _) = await PeopleTestData.Contact(app, prisoner, "Adult", new DateOnly(1980, 6, 1));
        await Ban(app, visitor, date.AddDays(30));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));

        Assert.Equal([$"Adult Visitor is banned from visiting until {date.AddDays(30):d MMMM yyyy}"], await Refused(response));
        await AssertNothingSaved(app, prisoner, session, date, balance: null);
    }

    [Fact]
    public async Task A_refused_booking_for_a_convicted_prisoner_when_allocation_is_off_shows_the_refusal()
    {
        using var app = new FamilyTiesApp(settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" });
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Unallocated");
        var (visitor, _) = await PeopleTestData.Contact(app, prisoner, "Adult", new DateOnly(1980, 6, 1));
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            Assert.False(await db.VisitingOrderBalances.AnyAsync(b => b.PrisonerId == prisoner.Id));
        }
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));

        Assert.Equal(["Tobias Unallocated has no visiting orders left. Only a visits manager can book without a visiting order"], await Refused(response));
        await AssertNothingSaved(app, prisoner, session, date, balance: null);

        // The same booking with a reason goes through, creating the slot in the same save.
        using var manager = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
        Assert.Equal(["Tobias Unallocated has no visiting orders left. Give a reason to book without one"],
            await Refused(await VisitsTestData.Book(manager, prisoner.Id, booking)));
        await AssertNothingSaved(app, prisoner, session, date, balance: null);
        booking["VisitingOrderOverrideReason"] = "Compassionate visit agreed by the governor";
        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(manager, prisoner.Id, booking)).StatusCode);
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.Equal(1, (await check.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id && s.Date == date)).BookedOpen);
    }

    [Fact]
    public async Task A_remand_prisoner_with_no_balance_row_is_booked_and_no_balance_row_is_made()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Remandbooked");
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            (await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id)).LegalStatus = LegalStatus.Remand;
            db.VisitingOrderBalances.RemoveRange(db.VisitingOrderBalances.Where(b => b.PrisonerId == prisoner.Id));
            await db.SaveChangesAsync();
        }
        var (visitor, _) = await PeopleTestData.Contact(app, prisoner, "Adult", new DateOnly(1980, 6, 1));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date))).StatusCode);
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.False((await check.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id)).UsedVisitingOrder);
        Assert.False(await check.VisitingOrderBalances.AnyAsync(b => b.PrisonerId == prisoner.Id));
    }

    public static TheoryData<string, string, string> RestrictionsThatRefuse => new()
    {
        { "prisoner", "Ban", "Tobias Bookable is banned from having visits until {until}" },
        { "prisoner", "NonContact", "Tobias Bookable has a non-contact restriction: no visits can be booked while it is in force" },
        { "link", "Ban", "Adult Visitor is banned from visiting Tobias Bookable until {until}" },
        { "link", "NonContact", "Adult Visitor has a non-contact restriction with Tobias Bookable" },
        { "contact", "NonContact", "Adult Visitor has a non-contact restriction with Tobias Bookable" },
    };

    [Theory]
    [MemberData(nameof(RestrictionsThatRefuse))]
    public async Task A_restriction_set_by_security_refuses_the_booking_and_saves_nothing(string target, string type, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        int linkId;
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            linkId = await db.PrisonerContacts.Where(l => l.PrisonerId == prisoner.Id && l.ContactId == visitor.Id).Select(l => l.Id).SingleAsync();
        }
        var until = date.AddDays(20);
        using (var security = await StaffClient.SignedIn(app, "security.wymott"))
        {
            var (query, field, id) = target switch
            {
                "prisoner" => ($"prisonerId={prisoner.Id}", "PrisonerId", prisoner.Id),
                "link" => ($"linkId={linkId}", "LinkId", linkId),
                _ => ($"contactId={visitor.Id}", "ContactId", visitor.Id),
            };
            var added = await security.PostForm($"/restrictions/new?{query}", "/restrictions/new", new Dictionary<string, string>
            {
                [field] = id.ToString(), ["Type"] = type, ["Reason"] = "Test", ["StartDate"] = VisitsTestData.Input(VisitsTestData.Today),
                ["ExpiryDate"] = VisitsTestData.Input(until),
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));

        Assert.Equal([message.Replace("{until}", $"{until:d MMMM yyyy}", StringComparison.Ordinal)], await Refused(response));
        await AssertNothingSaved(app, prisoner, session, date, balance: 4);
    }

    public static TheoryData<string, int, string> TooLong => new()
    {
        { "OtherSupport", 10_000, "Other support must be 500 characters or fewer" },
        { "OtherSupport", 501, "Other support must be 500 characters or fewer" },
        { "InterpreterLanguage", 101, "Interpreter language must be 100 characters or fewer" },
        { "VisitingOrderOverrideReason", 501, "Reason for booking without a visiting order must be 500 characters or fewer" },
        { "OverbookReason", 501, "Reason for overbooking must be 500 characters or fewer" },
        { "MainContactPhone", 10_000, "Phone number must be 30 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task A_booking_with_text_over_its_limit_is_refused_and_saves_nothing(string field, int length, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
        booking[field] = new string('7', length);

        var response = await VisitsTestData.Book(client, prisoner.Id, booking);

        Assert.Contains(message, await Refused(response));
        await AssertNothingSaved(app, prisoner, session, date, balance: 4);
    }

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task An_amendment_with_text_over_its_limit_is_refused_and_changes_nothing(string field, int length, string message)
    {
        if (field is "MainContactPhone" or "VisitingOrderOverrideReason")
        {
            return; // the amend form does not ask for these
        }
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var booked = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        var visit = await db.Visits.AsNoTracking().SingleAsync(v => v.PrisonerId == prisoner.Id);

        var response = await client.PostForm($"/visits/bookings/{visit.Id}/amend", $"/visits/bookings/{visit.Id}/amend",
            new Dictionary<string, string> { [field] = new string('7', length) }, keepPrefilled: true);

        Assert.Contains(message, await Refused(response));
        var after = await db.Visits.AsNoTracking().SingleAsync(v => v.Id == visit.Id);
        Assert.Equal(("", "", ""), (after.OtherSupport, after.InterpreterLanguage, after.OverbookReason));
        Assert.False(await db.VisitEvents.AnyAsync(e => e.VisitId == visit.Id && e.Type == VisitEventType.Amended));
    }
}
