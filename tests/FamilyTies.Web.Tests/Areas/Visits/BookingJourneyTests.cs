using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed class BookingJourneyTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_visit_is_booked_through_every_step_and_uses_a_visiting_order(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app, visitingOrders: 2);
        var child = (await PeopleTestData.Contact(app, prisoner, "Little", date.AddYears(-6))).Contact;
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var walk = new JourneyWalker(client);

        var find = await walk.Get($"/visits/book?q={prisoner.PrisonNumber}");
        Assert.Equal($"/visits/book/{prisoner.Id}/visitors", find.QuerySelector("tbody a")!.GetAttribute("href"));
        var visitors = await walk.Follow(find, "tbody a");
        Assert.Equal(2, visitors.QuerySelectorAll("input[name=VisitorIds]").Length);

        var noVisitors = await walk.PressFor(visitors, "Continue");
        Assert.Equal(["Select at least one visitor"], noVisitors.ErrorSummary());

        var sessions = await walk.PressFor(noVisitors, "Continue", ("VisitorIds", visitor.Id.ToString()), ("VisitorIds", child.Id.ToString()));
        var option = sessions.QuerySelector($"input[value='{session.Id}:{date:yyyy-MM-dd}']");
        Assert.NotNull(option);
        var hint = sessions.GetElementById(option.GetAttribute("aria-describedby")!)!.TextContent;
        Assert.Contains("5 of 5 open tables free", hint);
        Assert.Contains("Evening", option.ParentElement!.TextContent);
        var noSession = await walk.PressFor(sessions, "Continue");
        Assert.Equal(["Select a session"], noSession.ErrorSummary());

        var support = await walk.PressFor(noSession, "Continue", ("Slot", $"{session.Id}:{date:yyyy-MM-dd}"));
        var contact = await walk.PressFor(support, "Continue", ("QuietArea", "true"), ("InterpreterLanguage", "Polish"));
        Assert.Equal(visitor.Id.ToString(), contact.QuerySelector("input[name=MainContactId][checked]")!.GetAttribute("value"));
        var noMethod = await walk.PressFor(contact, "Continue");
        Assert.Equal(["Select how the visit was requested"], noMethod.ErrorSummary());
        var check = await walk.PressFor(noMethod, "Continue", ("RequestMethod", "Phone"));
        Assert.Empty(check.ErrorSummary());
        Assert.Contains("Interpreter (Polish), Quiet area", check.QuerySelector("[data-testid=check-answers]")!.TextContent);

        var response = await walk.Press(check, "Book visit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = await client.GetPage(response.Headers.Location!.ToString());
        var reference = confirmation.QuerySelector("[data-testid=reference]")!.TextContent.Trim();
        Assert.Matches("^[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}$", reference);

        await using var db = app.Db(prisoner.EstablishmentId);
        var visit = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Reference == reference);
        Assert.Equal(date, visit.Date);
        Assert.True(visit.UsedVisitingOrder);
        Assert.True(visit.QuietArea);
        Assert.Equal("Polish", visit.InterpreterLanguage);
        Assert.Equal(6, visit.Visitors.Single(v => v.ContactId == child.Id).AgeOnVisit);
        Assert.True(visit.Visitors.Single(v => v.ContactId == child.Id).Child);
        Assert.Equal(1, (await db.VisitingOrderBalances.SingleAsync(b => b.PrisonerId == prisoner.Id)).Balance);
        Assert.Equal(1, (await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id && s.Date == date)).BookedOpen);
        Assert.True(await db.VisitingOrderEntries.AnyAsync(e => e.VisitId == visit.Id && e.Type == VisitingOrderEntryType.UsedForVisit && e.Change == -1));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "Visit" && a.Action == "Created" && a.PrisonerId == prisoner.Id));

        var byReference = await client.Http.GetAsync($"/visits/bookings?reference={reference.Replace("-", "").ToLowerInvariant()}");
        Assert.Equal($"/visits/bookings/{visit.Id}", byReference.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_refused_booking_names_the_rule_and_saves_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.Restrictions.Add(new Restriction { ContactId = visitor.Id, Type = RestrictionType.Ban, Reason = "Test", StartDate = VisitsTestData.Today, ExpiryDate = date.AddDays(30) });
            await db.SaveChangesAsync();
        }
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);

        var check = await VisitsTestData.Check(client, prisoner.Id, booking);
        Assert.Equal([$"Adult Visitor is banned from visiting until {date.AddDays(30):d MMMM yyyy}"], check.ErrorSummary());

        var response = await VisitsTestData.Book(client, prisoner.Id, booking);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"Adult Visitor is banned from visiting until {date.AddDays(30):d MMMM yyyy}"], (await StaffClient.Parse(response)).ErrorSummary());
        await using var check2 = app.Db(prisoner.EstablishmentId);
        Assert.False(await check2.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));
        Assert.Equal(4, (await check2.VisitingOrderBalances.SingleAsync(b => b.PrisonerId == prisoner.Id)).Balance);
    }

    [Fact]
    public async Task A_closed_restriction_makes_the_visit_closed_automatically()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5, closedCapacity: 2);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.Restrictions.Add(new Restriction { ContactId = visitor.Id, Type = RestrictionType.Closed, Reason = "Test", StartDate = VisitsTestData.Today });
            await db.SaveChangesAsync();
        }
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.True((await check.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id)).Closed);
        var slot = await check.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id);
        Assert.Equal((0, 1), (slot.BookedOpen, slot.BookedClosed));
    }

    [Fact]
    public async Task Only_a_visits_manager_may_overbook_and_must_give_a_reason()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 1);
        var (first, firstVisitor) = await VisitsTestData.BookablePrisoner(app);
        var (second, secondVisitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(staff, first.Id, VisitsTestData.Booking(firstVisitor.Id, session.Id, date))).StatusCode);

        var refused = await VisitsTestData.Book(staff, second.Id, VisitsTestData.Booking(secondVisitor.Id, session.Id, date));
        Assert.Equal(["The session is full: all 1 open tables are booked. Only a visits manager can overbook"], (await StaffClient.Parse(refused)).ErrorSummary());

        using var manager = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var noReason = await VisitsTestData.Book(manager, second.Id, VisitsTestData.Booking(secondVisitor.Id, session.Id, date));
        Assert.Equal(["The session is full: all 1 open tables are booked. Give a reason to overbook it"], (await StaffClient.Parse(noReason)).ErrorSummary());

        var booking = VisitsTestData.Booking(secondVisitor.Id, session.Id, date);
        booking["OverbookReason"] = "Family travelling from Poland";
        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(manager, second.Id, booking)).StatusCode);
        await using var db = app.Db(first.EstablishmentId);
        Assert.Equal("Family travelling from Poland", (await db.Visits.SingleAsync(v => v.PrisonerId == second.Id)).OverbookReason);
        Assert.Equal(2, (await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id)).BookedOpen);
    }

    [Fact]
    public async Task Only_a_visits_manager_books_without_a_visiting_order_and_gives_a_reason()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app, visitingOrders: 0);
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);

        // Visits staff: refused, naming the rule, with no override offered, even when a reason is posted anyway.
        using var staff = await TestUsers.SignedInAs(app, Roles.VisitsStaff);
        var check = await VisitsTestData.Check(staff, prisoner.Id, booking);
        Assert.Null(check.QuerySelector("[name=VisitingOrderOverrideReason]"));
        var refused = await VisitsTestData.Book(staff, prisoner.Id, booking);
        var refusedPage = await StaffClient.Parse(refused);
        Assert.Equal(["Tobias Bookable has no visiting orders left. Only a visits manager can book without a visiting order"], refusedPage.ErrorSummary());
        Assert.Null(refusedPage.QuerySelector("textarea[name=VisitingOrderOverrideReason]"));
        booking["VisitingOrderOverrideReason"] = "Governor approved a compassionate visit";
        Assert.Equal(HttpStatusCode.OK, (await VisitsTestData.Book(staff, prisoner.Id, booking)).StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));

        // A visits manager: asked for a reason, then books without spending an order.
        using var manager = await TestUsers.SignedInAs(app, Roles.VisitsManager);
        booking.Remove("VisitingOrderOverrideReason");
        var asked = await StaffClient.Parse(await VisitsTestData.Book(manager, prisoner.Id, booking));
        Assert.Equal(["Tobias Bookable has no visiting orders left. Give a reason to book without one"], asked.ErrorSummary());
        Assert.NotNull(asked.QuerySelector("textarea[name=VisitingOrderOverrideReason]"));
        booking["VisitingOrderOverrideReason"] = "Governor approved a compassionate visit";
        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(manager, prisoner.Id, booking)).StatusCode);
        var visit = await db.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id);
        Assert.False(visit.UsedVisitingOrder);
        Assert.Equal("Governor approved a compassionate visit", visit.VisitingOrderOverrideReason);
        Assert.Equal(0, (await db.VisitingOrderBalances.SingleAsync(b => b.PrisonerId == prisoner.Id)).Balance);
    }

    [Fact]
    public async Task Another_establishment_s_prisoner_cannot_be_booked_and_its_visits_are_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var theirs = await PeopleTestData.Prisoner(app, "LHI");
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/visits/book/{theirs.Id}/visitors")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(client, $"/visits/book/{theirs.Id}/check", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(client, $"/visits/book/{theirs.Id}", new Dictionary<string, string>())).StatusCode);

        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (ours, visitor) = await VisitsTestData.BookablePrisoner(app);
        await VisitsTestData.Book(client, ours.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        await using var db = app.Db(ours.EstablishmentId);
        var visit = await db.Visits.SingleAsync(v => v.PrisonerId == ours.Id);
        using var littlehey = await StaffClient.SignedIn(app, "visits.littlehey");
        foreach (var path in new[] { $"/visits/bookings/{visit.Id}", $"/visits/bookings/{visit.Id}/cancel", $"/visits/bookings/{visit.Id}/amend" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync(path)).StatusCode);
        }
    }
}
