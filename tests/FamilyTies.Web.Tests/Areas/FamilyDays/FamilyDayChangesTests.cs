using System.Net;
using AngleSharp.Dom;
using FamilyTies.Testing;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.FamilyDays.FamilyDaysTestData;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>Changing and cancelling a family day through the real app (docs/decisions/0024-family-days.md).</summary>
[Collection("App")]
public sealed class FamilyDayChangesTests(AppFixture fixture)
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    private static async Task<FamilyDayApplication> Holding(FamilyTiesApp app, FamilyDay day, ApplicationStatus status, int guests = 1, int waitingMinutes = 0)
    {
        var application = await CheckedApplication(app, day, guests);
        await using var db = app.Db(day.EstablishmentId);
        var tracked = await db.FamilyDayApplications.SingleAsync(a => a.Id == application.Id);
        tracked.Status = status;
        tracked.WaitingSince = status == ApplicationStatus.WaitingList ? TestClock.Now.AddMinutes(waitingMinutes) : null;
        if (status == ApplicationStatus.Approved)
        {
            var d = await db.FamilyDays.SingleAsync(x => x.Id == day.Id);
            d.FamiliesBooked++;
            d.PeopleBooked += guests;
        }
        await db.SaveChangesAsync();
        return tracked;
    }

    private static async Task<HttpResponseMessage> Edit(StaffClient client, FamilyDay day, params KeyValuePair<string, string>[] changes) =>
        await client.PostForm($"/familydays/days/{day.Id}/edit", $"/familydays/days/{day.Id}/edit", changes, keepPrefilled: true);

    [Fact]
    public async Task Changing_the_date_and_time_saves_them_works_out_school_hours_again_and_tells_each_open_application()
    {
        var day = await Day(App, families: 5, people: 20, date: Today.AddDays(30));
        var approved = await Holding(App, day, ApplicationStatus.Approved);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var form = await services.GetPage($"/familydays/days/{day.Id}/edit");
        Assert.Equal(day.Title, form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Title]")!.Value);

        var saved = await Edit(services, day, new("Date", Input(Today.AddDays(31))), new("StartTime", "11am"), new("EndTime", "5pm"), new("Venue", "Gym"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var db = App.Db(day.EstablishmentId);
        var after = await db.FamilyDays.SingleAsync(d => d.Id == day.Id);
        Assert.Equal((Today.AddDays(31), new TimeOnly(11, 0), new TimeOnly(17, 0), "Gym"), (after.Date, after.StartTime, after.EndTime, after.Venue));
        Assert.Equal((1, 1), (after.FamiliesBooked, after.PeopleBooked));
        var told = Assert.Single(await db.FamilyDayApplicationEvents.Where(e => e.FamilyDayApplicationId == approved.Id && e.Type == ApplicationEventType.DayChanged).ToListAsync());
        Assert.Contains("the venue is now Gym", told.Detail);
        Assert.Contains("Tell the family", told.Detail);
    }

    [Fact]
    public async Task Fewer_places_than_families_already_hold_is_refused_with_the_number_and_nothing_is_saved()
    {
        var day = await Day(App, families: 5, people: 20);
        await Holding(App, day, ApplicationStatus.Approved, guests: 2);
        await Holding(App, day, ApplicationStatus.Approved, guests: 2);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);

        var refused = await Edit(services, day, new("CapacityFamilies", "1"), new("Venue", "Changed venue"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("2 families already hold places, so places for families cannot be fewer than 2. Withdraw applications first",
            (await StaffClient.Parse(refused)).ErrorSummary());

        refused = await Edit(services, day, new("CapacityFamilies", "2"), new("CapacityPeople", "3"));
        Assert.Contains("4 family members already hold places, so places for people cannot be fewer than 4. Withdraw applications first",
            (await StaffClient.Parse(refused)).ErrorSummary());

        await using var db = App.Db(day.EstablishmentId);
        var after = await db.FamilyDays.AsNoTracking().SingleAsync(d => d.Id == day.Id);
        Assert.Equal((5, 20, "Visits hall"), (after.CapacityFamilies, after.CapacityPeople, after.Venue));

        Assert.Equal(HttpStatusCode.Redirect, (await Edit(services, day, new("CapacityFamilies", "2"), new("CapacityPeople", "4"))).StatusCode);
        await using var saved = App.Db(day.EstablishmentId);
        Assert.Equal((2, 4), await saved.FamilyDays.Where(d => d.Id == day.Id).Select(d => ValueTuple.Create(d.CapacityFamilies, d.CapacityPeople)).SingleAsync());
    }

    [Fact]
    public async Task More_places_are_offered_to_the_first_on_the_waiting_list()
    {
        var day = await Day(App, families: 1, people: 10);
        await Holding(App, day, ApplicationStatus.Approved);
        var first = await Holding(App, day, ApplicationStatus.WaitingList, waitingMinutes: 1);
        var second = await Holding(App, day, ApplicationStatus.WaitingList, waitingMinutes: 2);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);

        Assert.Equal(HttpStatusCode.Redirect, (await Edit(services, day, new KeyValuePair<string, string>("CapacityFamilies", "2"))).StatusCode);

        await using var db = App.Db(day.EstablishmentId);
        Assert.Equal(ApplicationStatus.Offered, (await db.FamilyDayApplications.SingleAsync(a => a.Id == first.Id)).Status);
        Assert.Equal(ApplicationStatus.WaitingList, (await db.FamilyDayApplications.SingleAsync(a => a.Id == second.Id)).Status);
        Assert.Equal(2, (await db.FamilyDays.SingleAsync(d => d.Id == day.Id)).FamiliesBooked);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_then_marks_every_open_application_frees_the_places_and_closes_the_day()
    {
        var day = await Day(App, families: 1, people: 10);
        var approved = await Holding(App, day, ApplicationStatus.Approved);
        var waiting = await Holding(App, day, ApplicationStatus.WaitingList);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);

        var page = await services.GetPage($"/familydays/days/{day.Id}/cancel");
        Assert.Contains("2 open applications will be marked cancelled", page.QuerySelector(".govuk-warning-text")!.TextContent);
        var refused = await services.PostFormOn(page, $"/familydays/days/{day.Id}/cancel", [new("Reason", " ")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Enter why the family day is cancelled"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using (var before = App.Db(day.EstablishmentId))
        {
            Assert.False((await before.FamilyDays.SingleAsync(d => d.Id == day.Id)).Cancelled);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await services.PostFormOn(page, $"/familydays/days/{day.Id}/cancel", [new("Reason", "The visits hall is flooded")])).StatusCode);

        await using var db = App.Db(day.EstablishmentId);
        var after = await db.FamilyDays.SingleAsync(d => d.Id == day.Id);
        Assert.Equal((true, "The visits hall is flooded", 0, 0), (after.Cancelled, after.CancelReason, after.FamiliesBooked, after.PeopleBooked));
        foreach (var id in new[] { approved.Id, waiting.Id })
        {
            var application = await db.FamilyDayApplications.Include(a => a.Events).SingleAsync(a => a.Id == id);
            Assert.Equal(ApplicationStatus.DayCancelled, application.Status);
            Assert.Contains(application.Events, e => e.Type == ApplicationEventType.DayCancelled && e.Detail.Contains("The visits hall is flooded"));
        }
        var details = await services.GetPage($"/familydays/days/{day.Id}");
        Assert.Contains("The visits hall is flooded", details.QuerySelector("[data-testid=cancelled]")!.TextContent);
        Assert.Null(details.QuerySelector($"a[href='/familydays/days/{day.Id}/edit']"));
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{day.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{day.Id}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{day.Id}/apply")).StatusCode);
        Assert.Contains("Family day cancelled", (await services.GetPage($"/familydays/applications/{approved.Id}")).QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Fact]
    public async Task A_day_that_has_happened_cannot_be_cancelled()
    {
        var day = await Day(App, date: Today.AddDays(-2));
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var refused = await services.PostForm($"/familydays/days/{day.Id}/cancel", $"/familydays/days/{day.Id}/cancel", [new("Reason", "Too late")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["This family day has already happened and cannot be cancelled"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using var db = App.Db(day.EstablishmentId);
        Assert.False((await db.FamilyDays.SingleAsync(d => d.Id == day.Id)).Cancelled);
    }

    [Fact]
    public async Task The_family_lead_cannot_change_or_cancel_and_another_establishments_day_is_not_found()
    {
        var day = await Day(App);
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead);
        Assert.Contains("/error/403", (await lead.Http.GetAsync($"/familydays/days/{day.Id}/edit")).Headers.Location!.ToString());
        Assert.Contains("/error/403", (await lead.Http.GetAsync($"/familydays/days/{day.Id}/cancel")).Headers.Location!.ToString());
        Assert.Null((await lead.GetPage($"/familydays/days/{day.Id}")).QuerySelector($"a[href='/familydays/days/{day.Id}/edit']"));

        var elsewhere = await Day(App, "SHI");
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{elsewhere.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{elsewhere.Id}/cancel")).StatusCode);
        await using var db = App.Db(elsewhere.EstablishmentId);
        Assert.False((await db.FamilyDays.SingleAsync(d => d.Id == elsewhere.Id)).Cancelled);
    }
}
