using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.FamilyDays.FamilyDaysTestData;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>Family days through the real app: the application journey, its checks and refusals, places, roles and isolation.</summary>
[Collection("App")]
public sealed class FamilyDayApplicationTests(AppFixture fixture)
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    /// <summary>Refused by authorization: the app sends the user to its 403 page.</summary>
    private static void Denied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/error/403", response.Headers.Location!.ToString());
    }

    private static async Task AddChildContactRestriction(FamilyTiesApp app, Prisoner prisoner)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        db.Restrictions.Add(new Restriction { Type = RestrictionType.ChildContact, PrisonerId = prisoner.Id, Reason = "Public protection", StartDate = Today.AddYears(-1) });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_application_goes_through_both_checks_to_attendance_with_a_childs_book_and_every_change_is_recorded()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        using var security = await TestUsers.SignedInAs(App, Roles.Security);
        var created = await services.PostForm("/familydays/days/new", "/familydays/days/new",
        [
            new("Title", "Summer children's day"), new("Type", "ChildrensDay"), new("Date", Input(Today)), new("StartTime", "10am"), new("EndTime", "3:30pm"),
            new("Venue", "Sports hall"), new("CapacityFamilies", "12"), new("CapacityPeople", "40"), new("Organiser", "Pact"), new("Cohort", "Everyone"),
            new("IncentiveLevels", "Standard"), new("IncentiveLevels", "Enhanced"),
        ]);
        var dayId = IdFrom(created);
        var page = await services.GetPage($"/familydays/days/{dayId}");
        Assert.Equal("5 hours 30 minutes", page.QuerySelector("[data-testid=length]")!.TextContent.Trim());

        var (prisoner, partner) = await Family(App);
        var (child, _) = await Member(App, prisoner, "Cara", Relationship.Daughter, 7, childContactApproved: true);
        await AddChildContactRestriction(App, prisoner);
        await using (var db0 = App.Db(prisoner.EstablishmentId))
        {
            var day = await db0.FamilyDays.SingleAsync(d => d.Id == dayId);
            var applicationId = IdFrom(await Apply(services, day, prisoner, partner.Id, child.Id));
            var details = await services.GetPage($"/familydays/applications/{applicationId}");
            Assert.Equal("Not done", details.QuerySelector("[data-testid=child-check]")!.TextContent.Trim());

            Assert.Equal(HttpStatusCode.Redirect, (await Check(security, applicationId, "security", "Passed")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await Check(security, applicationId, "child", "Passed")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await Decide(services, applicationId, "Approve")).StatusCode);

            details = await services.GetPage($"/familydays/applications/{applicationId}");
            Assert.Equal("Approved", details.QuerySelector("[data-testid=status]")!.TextContent.Trim());
            await using var read = App.Db(prisoner.EstablishmentId);
            var guests = await read.FamilyDayGuests.Where(g => g.FamilyDayApplicationId == applicationId).OrderBy(g => g.Child).ToListAsync(); // the partner, then the child
            var attended = await services.PostFormOn(details, $"/familydays/applications/{applicationId}/attendance",
            [
                new("Record.PrisonerAttended", "true"), new("Record.PrisonerAttended", "false"),
                new("Record.Guests[0].Id", guests[0].Id.ToString()), new("Record.Guests[0].Attended", "true"),
                new("Record.Guests[1].Id", guests[1].Id.ToString()), new("Record.Guests[1].Attended", "true"), new("Record.Guests[1].BookTitle", "The Gruffalo"),
                new("Record.Feedback", "Lovely to play together"),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);

            await using var after = App.Db(prisoner.EstablishmentId);
            var application = await after.FamilyDayApplications.Include(a => a.Guests).Include(a => a.Events).Include(a => a.FamilyDay).SingleAsync(a => a.Id == applicationId);
            var book = Assert.Single(application.Guests, g => g.BookTitle != "");
            Assert.Equal(("The Gruffalo", 7, true), (book.BookTitle, book.AgeOnDay, book.Child));
            Assert.True(application.PrisonerAttended);
            Assert.Equal((1, 2), (application.FamilyDay!.FamiliesBooked, application.FamilyDay.PeopleBooked));
            Assert.Equal(
                [ApplicationEventType.Applied, ApplicationEventType.SecurityChecked, ApplicationEventType.ChildChecked, ApplicationEventType.Approved, ApplicationEventType.AttendanceRecorded],
                application.Events.OrderBy(e => e.Id).Select(e => e.Type));
            Assert.True(await after.AuditEvents.CountAsync(e => e.EntityType == nameof(FamilyDayApplication) && e.EntityId == applicationId.ToString()) >= 4);
        }
    }

    [Fact]
    public async Task A_child_under_a_child_contact_restriction_without_public_protection_approval_refuses_the_check()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        using var security = await TestUsers.SignedInAs(App, Roles.Security);
        var day = await Day(App);
        var (prisoner, partner) = await Family(App);
        var (child, _) = await Member(App, prisoner, "Cody", Relationship.Son, 9);
        await AddChildContactRestriction(App, prisoner);
        var applicationId = IdFrom(await Apply(services, day, prisoner, partner.Id, child.Id));

        var refused = await Check(security, applicationId, "child", "Passed");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains((await StaffClient.Parse(refused)).ErrorSummary(), m => m.Contains("Cody Family may not come", StringComparison.Ordinal));
        await using (var db = App.Db(prisoner.EstablishmentId))
        {
            Assert.Equal(CheckResult.NotDone, (await db.FamilyDayApplications.SingleAsync(a => a.Id == applicationId)).ChildCheck);
        }
        // Approval waits for the check.
        Assert.Equal(HttpStatusCode.Redirect, (await Check(security, applicationId, "security", "Passed")).StatusCode);
        var early = await Decide(services, applicationId, "Approve");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("The public protection check must pass before the application is approved", (await StaffClient.Parse(early)).ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await Check(security, applicationId, "child", "Refused", "No approval from public protection")).StatusCode);
        await using var after = App.Db(prisoner.EstablishmentId);
        var application = await after.FamilyDayApplications.SingleAsync(a => a.Id == applicationId);
        Assert.Equal((ApplicationStatus.Declined, CheckResult.Refused), (application.Status, application.ChildCheck));
    }

    [Fact]
    public async Task Without_a_child_contact_restriction_the_child_check_is_not_needed()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var day = await Day(App);
        var (prisoner, partner) = await Family(App);
        var (child, _) = await Member(App, prisoner, "Cleo", Relationship.Daughter, 4);
        var applicationId = IdFrom(await Apply(services, day, prisoner, partner.Id, child.Id));
        await using var db = App.Db(prisoner.EstablishmentId);
        Assert.Equal(CheckResult.NotNeeded, (await db.FamilyDayApplications.SingleAsync(a => a.Id == applicationId)).ChildCheck);
    }

    [Theory]
    [InlineData("level", "is on basic, which this day does not admit")]
    [InlineData("adjudication", "had a proven adjudication within 6 months of the day")]
    [InlineData("cohort", "is not in the day's group: care-experienced prisoners")]
    [InlineData("adult child", "is an adult child, and this day does not admit adult children")]
    [InlineData("extended", "is extended family, and this day does not admit extended family")]
    public async Task An_ineligible_application_is_refused_with_the_reason_and_nothing_is_saved(string rule, string message)
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var day = await Day(App, change: d =>
        {
            d.BasicEligible = false;
            d.NoProvenAdjudicationMonths = 6;
            d.Cohort = rule == "cohort" ? FamilyDayCohort.CareExperienced : FamilyDayCohort.Everyone;
        });
        var (prisoner, partner) = await Family(App, level: rule == "level" ? IncentiveLevel.Basic : IncentiveLevel.Standard);
        if (rule == "adjudication")
        {
            await using var db = App.Db(prisoner.EstablishmentId);
            (await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id)).LastProvenAdjudication = day.Date.AddMonths(-2);
            await db.SaveChangesAsync();
        }
        var invited = rule switch
        {
            "adult child" => (await Member(App, prisoner, "Adam", Relationship.Son, 24)).Contact.Id,
            "extended" => (await Member(App, prisoner, "Sue", Relationship.Sister, 40)).Contact.Id,
            _ => partner.Id,
        };
        var response = await Apply(services, day, prisoner, invited);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await StaffClient.Parse(response)).ErrorSummary(), m => m.EndsWith(message, StringComparison.Ordinal));
        await using var read = App.Db(prisoner.EstablishmentId);
        Assert.False(await read.FamilyDayApplications.AnyAsync(a => a.PrisonerId == prisoner.Id));

        // The same family is allowed on a day that admits them.
        var open = await Day(App, change: d => { d.AdultChildrenAllowed = true; d.ExtendedFamilyAllowed = true; });
        if (rule is not ("level" or "adjudication" or "cohort"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Apply(services, open, prisoner, invited)).StatusCode);
        }
    }

    [Fact]
    public async Task Many_staff_approving_at_once_never_exceed_the_places_and_a_freed_place_goes_to_the_first_on_the_waiting_list()
    {
        const int families = 3;
        const int applications = 9;
        var day = await Day(App, families: families, people: 40);
        var all = new List<FamilyDayApplication>();
        for (var i = 0; i < applications; i++)
        {
            all.Add(await CheckedApplication(App, day));
        }
        var clients = new List<StaffClient>();
        for (var i = 0; i < 3; i++)
        {
            clients.Add(await TestUsers.SignedInAs(App, Roles.FamilyServices));
        }
        var posts = new List<(StaffClient Client, int Id, string Token)>();
        for (var i = 0; i < applications; i++)
        {
            var client = clients[i % clients.Count];
            var page = await client.GetPage($"/familydays/applications/{all[i].Id}");
            posts.Add((client, all[i].Id, page.QuerySelector($"form[action='/familydays/applications/{all[i].Id}/decision'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        }
        using var start = new SemaphoreSlim(0);
        var tasks = posts.Select(async p =>
        {
            await start.WaitAsync();
            return await p.Client.Http.PostAsync($"/familydays/applications/{p.Id}/decision",
                new FormUrlEncodedContent([new("Decision", "Approve"), new("Reason", ""), new("__RequestVerificationToken", p.Token)]));
        }).ToList();
        start.Release(applications);
        var responses = await Task.WhenAll(tasks);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        await using (var db = App.Db(day.EstablishmentId))
        {
            var saved = await db.FamilyDays.SingleAsync(d => d.Id == day.Id);
            var statuses = await db.FamilyDayApplications.Where(a => a.FamilyDayId == day.Id).ToListAsync();
            Assert.Equal(families, saved.FamiliesBooked);
            Assert.Equal(families, saved.PeopleBooked);
            Assert.Equal(families, statuses.Count(a => a.Status == ApplicationStatus.Approved));
            Assert.Equal(applications - families, statuses.Count(a => a.Status == ApplicationStatus.WaitingList));
        }

        // One approved family withdraws: the first on the waiting list is offered its place.
        List<FamilyDayApplication> before;
        await using (var db = App.Db(day.EstablishmentId))
        {
            before = await db.FamilyDayApplications.AsNoTracking().Where(a => a.FamilyDayId == day.Id).ToListAsync();
        }
        var leaving = before.First(a => a.Status == ApplicationStatus.Approved);
        var first = before.Where(a => a.Status == ApplicationStatus.WaitingList).OrderBy(a => a.WaitingSince).ThenBy(a => a.Id).First();
        var withdrawn = await clients[0].PostForm($"/familydays/applications/{leaving.Id}", $"/familydays/applications/{leaving.Id}/withdraw",
            [new("Withdraw.Reason", "The family cannot travel that day")]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        await using (var db = App.Db(day.EstablishmentId))
        {
            var after = await db.FamilyDayApplications.Where(a => a.FamilyDayId == day.Id).ToListAsync();
            Assert.Equal(ApplicationStatus.Withdrawn, after.Single(a => a.Id == leaving.Id).Status);
            Assert.Equal(ApplicationStatus.Offered, after.Single(a => a.Id == first.Id).Status);
            Assert.Single(after, a => a.Status == ApplicationStatus.Offered);
            Assert.Equal(families, (await db.FamilyDays.SingleAsync(d => d.Id == day.Id)).FamiliesBooked);
            Assert.Contains(await db.FamilyDayApplicationEvents.Where(e => e.FamilyDayApplicationId == first.Id).Select(e => e.Type).ToListAsync(),
                t => t == ApplicationEventType.Offered);
        }
        var accepted = await clients[1].PostForm($"/familydays/applications/{first.Id}", $"/familydays/applications/{first.Id}/accept", []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    [Fact]
    public async Task Places_for_people_are_counted_as_well_as_families()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var day = await Day(App, families: 10, people: 3);
        var a = await CheckedApplication(App, day, guests: 2);
        var b = await CheckedApplication(App, day, guests: 2);
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(services, a.Id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(services, b.Id, "Approve")).StatusCode);
        await using var db = App.Db(day.EstablishmentId);
        Assert.Equal(ApplicationStatus.Approved, (await db.FamilyDayApplications.SingleAsync(x => x.Id == a.Id)).Status);
        Assert.Equal(ApplicationStatus.WaitingList, (await db.FamilyDayApplications.SingleAsync(x => x.Id == b.Id)).Status);
        Assert.Equal(2, (await db.FamilyDays.SingleAsync(d => d.Id == day.Id)).PeopleBooked);
    }

    [Fact]
    public async Task Family_services_run_it_security_record_the_checks_and_the_family_lead_only_reads()
    {
        var day = await Day(App);
        var application = await CheckedApplication(App, day);
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead);
        using var security = await TestUsers.SignedInAs(App, Roles.Security);
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var page = await lead.GetPage($"/familydays/applications/{application.Id}");
        Assert.Null(page.QuerySelector($"form[action='/familydays/applications/{application.Id}/decision']"));
        Denied(await lead.Http.GetAsync($"/familydays/days/{day.Id}/apply"));
        Denied(await security.Http.GetAsync($"/familydays/applications/{application.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await security.Http.GetAsync($"/familydays/applications/{application.Id}/checks")).StatusCode);
        Denied(await services.Http.GetAsync($"/familydays/applications/{application.Id}/checks"));
        Denied(await lead.Http.GetAsync($"/familydays/applications/{application.Id}/checks"));
    }

    [Fact]
    public async Task Another_establishments_family_days_and_applications_are_not_found()
    {
        var day = await Day(App, "SHI");
        var application = await CheckedApplication(App, await Day(App, "SHI"));
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        using var security = await TestUsers.SignedInAs(App, Roles.Security);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{day.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/days/{day.Id}/apply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await services.Http.GetAsync($"/familydays/applications/{application.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await security.Http.GetAsync($"/familydays/applications/{application.Id}/checks")).StatusCode);
        var list = await services.GetPage("/familydays/days");
        Assert.DoesNotContain(day.Title, list.Body!.TextContent);
    }

    [Fact]
    public async Task A_day_in_term_time_is_flagged_school_hours_and_a_half_term_added_later_clears_the_flag()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        // Four years ahead, where no other test or the demo keeps term dates: a Wednesday.
        var wednesday = Today.AddYears(4);
        wednesday = wednesday.AddDays(((int)DayOfWeek.Wednesday - (int)wednesday.DayOfWeek + 7) % 7);
        var termStart = wednesday.AddDays(-14);
        Assert.Equal(HttpStatusCode.Redirect, (await services.PostForm("/familydays/terms/new", "/familydays/terms/new",
            [new("SchoolYear", termStart.Year.ToString()), new("Kind", "Term"), new("Name", "Test term"), new("StartDate", Input(termStart)), new("EndDate", Input(wednesday.AddDays(30)))])).StatusCode);
        var dayId = IdFrom(await services.PostForm("/familydays/days/new", "/familydays/days/new",
        [
            new("Title", "Term-time day"), new("Type", "AdultFamilyDay"), new("Date", Input(wednesday)), new("StartTime", "13:30"), new("EndTime", "15:30"),
            new("Venue", "Chapel"), new("CapacityFamilies", "5"), new("CapacityPeople", "10"), new("Organiser", "Pact"), new("Cohort", "Everyone"), new("IncentiveLevels", "Standard"),
        ]));
        Assert.Equal("In school hours", (await services.GetPage($"/familydays/days/{dayId}")).QuerySelector("[data-testid=school-hours]")!.TextContent.Trim());

        var overlapping = await services.PostForm("/familydays/terms/new", "/familydays/terms/new",
            [new("SchoolYear", termStart.Year.ToString()), new("Kind", "Term"), new("Name", "Overlap"), new("StartDate", Input(wednesday)), new("EndDate", Input(wednesday))]);
        Assert.Equal(HttpStatusCode.OK, overlapping.StatusCode);
        Assert.Contains("These dates overlap a term already recorded", (await StaffClient.Parse(overlapping)).ErrorSummary());

        Assert.Equal(HttpStatusCode.Redirect, (await services.PostForm("/familydays/terms/new", "/familydays/terms/new",
            [new("SchoolYear", termStart.Year.ToString()), new("Kind", "Holiday"), new("Name", "Half term"), new("StartDate", Input(wednesday.AddDays(-2))), new("EndDate", Input(wednesday.AddDays(2)))])).StatusCode);
        Assert.Equal("Outside school hours", (await services.GetPage($"/familydays/days/{dayId}")).QuerySelector("[data-testid=school-hours]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_bad_family_day_form_shows_the_errors_and_saves_nothing()
    {
        using var services = await TestUsers.SignedInAs(App, Roles.FamilyServices);
        var title = "Bad day " + Guid.NewGuid().ToString("N")[..6];
        var response = await services.PostForm("/familydays/days/new", "/familydays/days/new",
        [
            new("Title", title), new("Type", "Picnic"), new("Date", Input(Today)), new("StartTime", "3pm"), new("EndTime", "1pm"),
            new("Venue", ""), new("CapacityFamilies", "10"), new("CapacityPeople", "5"), new("Organiser", "Pact"), new("Cohort", "Everyone"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Select the type of family day", "The end time must be after the start time", "Enter the venue", "Places for people must be at least the places for families", "Select the incentive levels that may apply"],
            (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = App.Db(await App.EstablishmentId("WYI"));
        Assert.False(await db.FamilyDays.AnyAsync(d => d.Title == title));
    }
}
