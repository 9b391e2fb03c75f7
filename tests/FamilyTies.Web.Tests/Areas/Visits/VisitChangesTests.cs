using System.Net;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>Amend, cancel with refund, and the needs-review list with each of its triggers.</summary>
[Collection("App")]
public sealed class VisitChangesTests(AppFixture fixture)
{
    private async Task<(FamilyTiesApp App, Prisoner Prisoner, Contact Visitor, Visit Visit, SessionTemplate Session, StaffClient Client)> Booked(int visitingOrders = 3)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 3);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app, visitingOrders);
        var client = await StaffClient.SignedIn(app, "visits.wymott");
        var response = await VisitsTestData.Book(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        return (app, prisoner, visitor, await db.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id), session, client);
    }

    [Fact]
    public async Task Cancelling_frees_the_table_refunds_the_visiting_order_and_shows_in_the_history()
    {
        var (app, prisoner, _, visit, session, client) = await Booked(visitingOrders: 3);
        using var _ = client;
        var refused = await client.PostForm($"/visits/bookings/{visit.Id}/cancel", $"/visits/bookings/{visit.Id}/cancel", new Dictionary<string, string>());
        Assert.Equal(["Select why the visit is being cancelled", "Enter details of the cancellation"], (await StaffClient.Parse(refused)).ErrorSummary());

        var response = await client.PostForm($"/visits/bookings/{visit.Id}/cancel", $"/visits/bookings/{visit.Id}/cancel",
            new Dictionary<string, string> { ["Reason"] = "VisitorCancelled", ["Detail"] = "Car broke down" });
        Assert.Equal($"/visits/bookings/{visit.Id}", response.Headers.Location!.ToString());

        await using var db = app.Db(prisoner.EstablishmentId);
        var saved = await db.Visits.SingleAsync(v => v.Id == visit.Id);
        Assert.Equal(VisitStatus.Cancelled, saved.Status);
        Assert.Equal(CancellationReason.VisitorCancelled, saved.CancellationReason);
        Assert.Equal(0, (await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id)).BookedOpen);
        Assert.Equal(3, (await db.VisitingOrderBalances.SingleAsync(b => b.PrisonerId == prisoner.Id)).Balance);
        var ledger = await db.VisitingOrderEntries.Where(e => e.PrisonerId == prisoner.Id && e.VisitId == visit.Id).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync();
        Assert.Equal([VisitingOrderEntryType.UsedForVisit, VisitingOrderEntryType.RefundedOnCancellation], ledger);

        var page = await client.GetPage($"/visits/bookings/{visit.Id}");
        var history = page.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("The visitor cancelled: Car broke down", history);
        Assert.Contains("Booked for", history);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/visits/bookings/{visit.Id}/cancel")).StatusCode);
    }

    [Fact]
    public async Task Amending_moves_the_table_changes_visitors_and_support_and_records_it()
    {
        var (app, prisoner, visitor, visit, session, client) = await Booked();
        using var _ = client;
        var (other, date) = await VisitsTestData.Session(app, openCapacity: 2, daysAhead: 4);
        var sister = (await PeopleTestData.Contact(app, prisoner, "Second", new DateOnly(1990, 2, 2))).Contact;
        var response = await client.PostForm($"/visits/bookings/{visit.Id}/amend", $"/visits/bookings/{visit.Id}/amend", new List<KeyValuePair<string, string>>
        {
            new("VisitorIds", visitor.Id.ToString()), new("VisitorIds", sister.Id.ToString()), new("Slot", $"{other.Id}:{date:yyyy-MM-dd}"), new("HearingLoop", "true"),
            new("AmendReason", "VisitorCancelled"),
        });
        Assert.Equal($"/visits/bookings/{visit.Id}", response.Headers.Location!.ToString());

        await using var db = app.Db(prisoner.EstablishmentId);
        var saved = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Id == visit.Id);
        Assert.Equal(date, saved.Date);
        Assert.True(saved.HearingLoop);
        Assert.Equal([visitor.Id, sister.Id], saved.Visitors.Select(v => v.ContactId).Order());
        Assert.Equal(0, (await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == session.Id)).BookedOpen);
        Assert.Equal(1, (await db.SessionSlots.SingleAsync(s => s.SessionTemplateId == other.Id)).BookedOpen);
        Assert.StartsWith("The visitor asked for the change. Moved to", (await db.VisitEvents.SingleAsync(e => e.VisitId == visit.Id && e.Type == VisitEventType.Amended)).Detail);
    }

    [Fact]
    public async Task An_amendment_that_breaks_a_rule_is_refused_and_changes_nothing()
    {
        var (app, prisoner, _, visit, _, client) = await Booked();
        using var _ = client;
        var unapproved = (await PeopleTestData.Contact(app, prisoner, "Unapproved", new DateOnly(1991, 3, 3), approved: false)).Contact;
        var response = await client.PostForm($"/visits/bookings/{visit.Id}/amend", $"/visits/bookings/{visit.Id}/amend",
            new Dictionary<string, string> { ["VisitorIds"] = unapproved.Id.ToString(), ["AmendReason"] = "DetailsChanged" }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unapproved Visitor is not an approved visitor for Tobias Bookable", (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.DoesNotContain(unapproved.Id, await db.VisitVisitors.Where(v => v.VisitId == visit.Id).Select(v => v.ContactId).ToListAsync());
    }

    [Fact]
    public async Task A_new_ban_puts_the_visit_on_the_needs_review_list_and_keeping_it_needs_a_note()
    {
        var (app, prisoner, visitor, visit, _, client) = await Booked();
        using var _ = client;
        using var security = await StaffClient.SignedIn(app, "security.wymott");
        await security.PostForm($"/restrictions/new?contactId={visitor.Id}", "/restrictions/new", new Dictionary<string, string>
        {
            ["ContactId"] = visitor.Id.ToString(), ["Type"] = "Ban", ["Reason"] = "Test", ["StartDate"] = VisitsTestData.Today.ToString("d/M/yyyy"),
            ["ExpiryDate"] = VisitsTestData.Today.AddDays(60).ToString("d/M/yyyy"),
        });

        var list = await client.GetPage("/visits/needs-review");
        var row = list.QuerySelectorAll("[data-testid=needs-review] tbody tr").Single(r => r.TextContent.Contains(visit.Reference));
        Assert.Contains("New restriction: Banned", row.TextContent);

        var noNote = await client.PostForm("/visits/needs-review", $"/visits/bookings/{visit.Id}/keep", new Dictionary<string, string> { ["note"] = "" });
        Assert.Equal(["Enter a note saying why the visit can go ahead"], (await StaffClient.Parse(noNote)).ErrorSummary());
        var kept = await client.PostForm("/visits/needs-review", $"/visits/bookings/{visit.Id}/keep", new Dictionary<string, string> { ["note"] = "Ban starts after this visit was agreed by the governor" });
        Assert.Equal("/visits/needs-review", kept.Headers.Location!.ToString());
        var after = await client.GetPage("/visits/needs-review");
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=needs-review] tbody tr"), r => r.TextContent.Contains(visit.Reference));
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Contains("kept: Ban starts after", (await db.VisitEvents.SingleAsync(e => e.VisitId == visit.Id && e.Type == VisitEventType.ReviewKept)).Detail);
    }

    [Fact]
    public async Task Release_of_the_prisoner_flags_the_visit_and_cancelling_from_review_refunds_it()
    {
        var (app, prisoner, _, visit, _, client) = await Booked(visitingOrders: 1);
        using var _ = client;
        using var manager = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        await manager.PostForm($"/prisoners/{prisoner.Id}/edit", $"/prisoners/{prisoner.Id}/edit", new Dictionary<string, string> { ["Status"] = "Released" }, keepPrefilled: true);

        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var flagged = await db.Visits.SingleAsync(v => v.Id == visit.Id);
            Assert.True(flagged.NeedsReview);
            Assert.Equal(NeedsReviewReason.PrisonerReleased, flagged.NeedsReviewReason);
        }
        var response = await client.PostForm($"/visits/bookings/{visit.Id}/cancel", $"/visits/bookings/{visit.Id}/cancel",
            new Dictionary<string, string> { ["Reason"] = "EstablishmentCancelled", ["Detail"] = "Prisoner released" });
        Assert.Equal("/visits/needs-review", response.Headers.Location!.ToString());
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.Equal(1, (await check.VisitingOrderBalances.SingleAsync(b => b.PrisonerId == prisoner.Id)).Balance);
        Assert.True(await check.VisitEvents.AnyAsync(e => e.VisitId == visit.Id && e.Type == VisitEventType.ReviewCancelled));
    }

    [Fact]
    public async Task A_new_non_association_with_a_prisoner_in_the_same_session_flags_both_visits()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (a, visitorA) = await VisitsTestData.BookablePrisoner(app);
        var (b, visitorB) = await VisitsTestData.BookablePrisoner(app);
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        await VisitsTestData.Book(client, a.Id, VisitsTestData.Booking(visitorA.Id, session.Id, date));
        await VisitsTestData.Book(client, b.Id, VisitsTestData.Booking(visitorB.Id, session.Id, date));

        using var security = await StaffClient.SignedIn(app, "security.wymott");
        await security.PostForm($"/non-associations/new?prisonerId={a.Id}", "/non-associations/new", new Dictionary<string, string>
        {
            ["PrisonerId"] = a.Id.ToString(), ["OtherPrisonNumber"] = b.PrisonNumber, ["Reason"] = "Threats", ["StartDate"] = VisitsTestData.Today.ToString("d/M/yyyy"),
        });
        await using var db = app.Db(a.EstablishmentId);
        var visits = await db.Visits.Where(v => v.PrisonerId == a.Id || v.PrisonerId == b.Id).ToListAsync();
        Assert.Equal(2, visits.Count);
        Assert.All(visits, v => Assert.Equal(NeedsReviewReason.NonAssociation, v.NeedsReviewReason));
    }

    [Fact]
    public async Task Withdrawing_a_visitor_s_approval_flags_their_visits()
    {
        var (app, prisoner, visitor, visit, _, client) = await Booked();
        using var _ = client;
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var link = await db.PrisonerContacts.SingleAsync(l => l.PrisonerId == prisoner.Id && l.ContactId == visitor.Id);
            using var security = await StaffClient.SignedIn(app, "security.wymott");
            await security.PostForm($"/contacts/links/{link.Id}", $"/contacts/links/{link.Id}", new Dictionary<string, string>(), keepPrefilled: true);
            var unticked = await security.PostForm($"/contacts/links/{link.Id}", $"/contacts/links/{link.Id}",
                new Dictionary<string, string> { ["ApprovedVisitor"] = "false" }, keepPrefilled: true);
            Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        }
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.Equal(NeedsReviewReason.VisitorNoLongerApproved, (await check.Visits.SingleAsync(v => v.Id == visit.Id)).NeedsReviewReason);
    }
}
