using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.CareForeign;

/// <summary>The foreign nationals pages through the real app: the one rule, family abroad and calling hours, refusals, isolation.</summary>
[Collection("App")]
public sealed class ForeignNationalsPagesTests(AppFixture fixture)
{
    private static string D(DateOnly d) => LondonTime.DateInput(d);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    /// <summary>The next 8 January after the test clock's today: Vietnam is 7 hours ahead of London then.</summary>
    private static DateOnly NextJanuary8()
    {
        var today = TestClock.Today;
        var d = new DateOnly(today.Year, 1, 8);
        return d > today ? d : d.AddYears(1);
    }

    [Fact]
    public async Task Family_abroad_shows_when_they_can_be_called_and_a_night_call_override_request_is_recorded_undecided()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await CareForeignTestData.ForeignNational(app, nationality: "Vietnamese");
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var recorded = await client.PostForm($"/foreignnationals/{prisoner.Id}/family/new", $"/foreignnationals/{prisoner.Id}/family/new",
            [F("Name", "Lan Testnguyen"), F("Relationship", "Sister"), F("Country", "Vietnam"), F("TimeZone", "Asia/Ho_Chi_Minh")]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var page = await client.GetPage($"/foreignnationals/{prisoner.Id}?date={D(NextJanuary8())}");
        Assert.Equal("8am to 3pm (3pm to 10pm their time)", page.QuerySelector("[data-testid=overlap]")!.TextContent.Trim());
        Assert.Contains("7 hours ahead of London", page.QuerySelector("[data-testid=family-abroad]")!.TextContent);

        await using var db = app.Db(prisoner.EstablishmentId);
        var family = await db.FamilyAbroad.SingleAsync(f => f.PrisonerId == prisoner.Id);
        var requested = await client.PostForm($"/foreignnationals/{prisoner.Id}/family/{family.Id}/nightcalls/new", $"/foreignnationals/{prisoner.Id}/family/{family.Id}/nightcalls/new",
            [F("RequestedOn", D(TestClock.Today.AddDays(-1))), F("RequestedBy", "The prisoner"), F("Reason", "Sister works days")]);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var calls = (await client.GetPage($"/foreignnationals/{prisoner.Id}")).QuerySelector("[data-testid=night-calls]")!.TextContent;
        Assert.Contains("by The prisoner: Requested, not decided yet", calls);
        var request = await db.NightCallOverrides.SingleAsync(n => n.FamilyAbroadId == family.Id);
        Assert.Equal((NightCallDecision.Requested, null), (request.Decision, request.DecidedByUserId));
    }

    [Fact]
    public async Task A_request_is_decided_later_by_the_member_of_staff_signed_in_and_today()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var request = await CareForeignTestData.NightCall(app);
        var user = await TestUsers.Create(app, [Roles.FamilyServices], "WYI");
        using var client = await StaffClient.SignedIn(app, user.UserName);
        var prisonerId = request.FamilyAbroad!.PrisonerId;
        var decide = $"/foreignnationals/{prisonerId}/family/{request.FamilyAbroadId}/nightcalls/{request.Id}/decision";
        var page = await client.GetPage($"/foreignnationals/{prisonerId}");
        Assert.NotNull(page.QuerySelector($"a[href='{decide}']"));

        var granted = await client.PostForm(decide, decide, [F("Decision", "Granted"), F("RefusalReason", "")]);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var after = await client.GetPage($"/foreignnationals/{prisonerId}");
        Assert.Contains($"Granted on {LondonTime.FormatDate(TestClock.Today)} by {user.DisplayName}", after.QuerySelector("[data-testid=night-calls]")!.TextContent);
        Assert.Null(after.QuerySelector($"a[href='{decide}']"));
        await using var db = app.Db(request.EstablishmentId);
        var saved = await db.NightCallOverrides.SingleAsync(n => n.Id == request.Id);
        Assert.Equal((NightCallDecision.Granted, user.Id, TestClock.Today), (saved.Decision, saved.DecidedByUserId, saved.DecidedOn));
    }

    [Fact]
    public async Task A_decided_request_cannot_be_decided_again()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var request = await CareForeignTestData.NightCall(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var decide = $"/foreignnationals/{request.FamilyAbroad!.PrisonerId}/family/{request.FamilyAbroadId}/nightcalls/{request.Id}/decision";
        // Two tabs open on the form: the first refuses it, the second tries to grant it.
        var secondTab = await client.GetPage(decide);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(decide, decide, [F("Decision", "Refused"), F("RefusalReason", "Call at 8am UK time instead")])).StatusCode);
        var again = await client.PostFormOn(secondTab, decide, [F("Decision", "Granted")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var error = Assert.Single((await StaffClient.Parse(again)).ErrorSummary());
        Assert.Equal($"This request was already refused on {LondonTime.FormatDate(TestClock.Today)}. A decided request cannot be decided again", error);
        await using var db = app.Db(request.EstablishmentId);
        var saved = await db.NightCallOverrides.SingleAsync(n => n.Id == request.Id);
        Assert.Equal((NightCallDecision.Refused, "Call at 8am UK time instead", 1), (saved.Decision, saved.RefusalReason, saved.Version));
        // The page of a decided request says so and offers no form.
        var page = await client.GetPage(decide);
        Assert.NotNull(page.QuerySelector("[data-testid=decided]"));
        Assert.Null(page.QuerySelector("form[method=post] input[name=Decision]"));
    }

    [Fact]
    public async Task A_refusal_without_a_reason_and_a_request_without_who_asked_are_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var request = await CareForeignTestData.NightCall(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var decide = $"/foreignnationals/{request.FamilyAbroad!.PrisonerId}/family/{request.FamilyAbroadId}/nightcalls/{request.Id}/decision";
        var refused = await client.PostForm(decide, decide, [F("Decision", "Refused"), F("RefusalReason", " ")]);
        Assert.Equal(["Enter why the request is refused"], (await StaffClient.Parse(refused)).ErrorSummary());
        var undecided = await client.PostForm(decide, decide, [F("Decision", "Requested")]);
        Assert.Equal(["Select whether the request is granted or refused"], (await StaffClient.Parse(undecided)).ErrorSummary());
        var create = $"/foreignnationals/{request.FamilyAbroad.PrisonerId}/family/{request.FamilyAbroadId}/nightcalls/new";
        var noWho = await client.PostForm(create, create, [F("RequestedOn", D(TestClock.Today)), F("RequestedBy", ""), F("Reason", "Nights")]);
        Assert.Equal(["Enter who asked for it"], (await StaffClient.Parse(noWho)).ErrorSummary());
        await using var db = app.Db(request.EstablishmentId);
        Assert.Equal(NightCallDecision.Requested, (await db.NightCallOverrides.SingleAsync(n => n.Id == request.Id)).Decision);
        Assert.Equal(1, await db.NightCallOverrides.CountAsync(n => n.FamilyAbroadId == request.FamilyAbroadId));
    }

    [Fact]
    public async Task Only_family_services_may_decide_and_another_establishments_request_is_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (ours, theirs) = (await CareForeignTestData.NightCall(app), await CareForeignTestData.NightCall(app, "SHI"));
        string Decide(NightCallOverride n) => $"/foreignnationals/{n.FamilyAbroad!.PrisonerId}/family/{n.FamilyAbroadId}/nightcalls/{n.Id}/decision";
        using (var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI"))
        {
            var denied = await lead.Http.GetAsync(Decide(ours));
            Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.ToString().Contains("/error/403"), $"{(int)denied.StatusCode} {denied.Headers.Location}");
            var page = await lead.GetPage($"/foreignnationals/{ours.FamilyAbroad!.PrisonerId}");
            Assert.Null(page.QuerySelector($"a[href='{Decide(ours)}']"));
        }
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(Decide(theirs))).StatusCode);
        // Our prisoner and family with their request's id.
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/foreignnationals/{ours.FamilyAbroad!.PrisonerId}/family/{ours.FamilyAbroadId}/nightcalls/{theirs.Id}/decision")).StatusCode);
        var post = await CrossPost.To(client, Decide(ours), Decide(theirs), F("Decision", "Granted"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.Db(theirs.EstablishmentId);
        Assert.Equal(NightCallDecision.Requested, (await db.NightCallOverrides.SingleAsync(n => n.Id == theirs.Id)).Decision);
    }

    [Theory]
    [InlineData("British")]
    [InlineData("Welsh")]
    [InlineData("Northern Irish")]
    [InlineData("")]
    public async Task Records_for_a_prisoner_who_is_not_a_foreign_national_are_refused(string nationality)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Notforeign", nationality: nationality);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var refused = await client.PostForm($"/foreignnationals/{prisoner.Id}/credit/new", $"/foreignnationals/{prisoner.Id}/credit/new",
            [F("Kind", "Granted"), F("OccurredOn", D(TestClock.Today)), F("Amount", "5.00"), F("Reason", "No visits")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var error = Assert.Single((await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Contains(nationality == "" ? "nationality is not recorded" : "This is for foreign nationals", error);
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal(0, await db.InternationalCredits.CountAsync(c => c.PrisonerId == prisoner.Id));
    }

    [Fact]
    public async Task An_Irish_prisoner_is_a_foreign_national_and_the_worklist_clears_when_credit_is_granted()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await CareForeignTestData.ForeignNational(app, nationality: "Irish");
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        Assert.Contains(prisoner.PrisonNumber, (await client.GetPage("/foreignnationals")).QuerySelector("[data-testid=foreign-nationals]")!.TextContent);
        Assert.Contains(prisoner.PrisonNumber, (await client.GetPage("/foreignnationals/worklist")).QuerySelector("[data-testid=worklist]")!.TextContent);
        var granted = await client.PostForm($"/foreignnationals/{prisoner.Id}/credit/new", $"/foreignnationals/{prisoner.Id}/credit/new",
            [F("Kind", "Granted"), F("OccurredOn", D(TestClock.Today)), F("Amount", "5.00"), F("Reason", "No social visits")]);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.DoesNotContain(prisoner.PrisonNumber, (await client.GetPage("/foreignnationals/worklist")).QuerySelector("[data-testid=worklist]")!.TextContent);
        Assert.Contains("Granted £5.00", (await client.GetPage($"/foreignnationals/{prisoner.Id}")).QuerySelector("[data-testid=credit-summary]")!.TextContent);
    }

    [Fact]
    public async Task A_video_call_delivered_takes_a_foreign_national_off_the_worklist_and_one_never_recorded_does_not()
    {
        // Contact is one rule (CohortContact, docs/decisions/0028): an attended visit or a delivered video call.
        var app = fixture.App(DatabaseKind.Sqlite);
        var delivered = await CareForeignTestData.ForeignNational(app, nationality: "Polish");
        var unrecorded = await CareForeignTestData.ForeignNational(app, nationality: "Polish");
        var day = TestClock.Today.AddDays(-10);
        var session = await FamilyTies.Web.Tests.Areas.Visits.VideoCallsTestData.Session(app, "WYI", day);
        foreach (var (prisoner, outcome) in new[] { (delivered, (FamilyTies.Domain.VideoCalls.VideoCallOutcome?)FamilyTies.Domain.VideoCalls.VideoCallOutcome.Delivered), (unrecorded, null) })
        {
            var (contact, _) = await PeopleTestData.Contact(app, prisoner, "Vida", new DateOnly(1975, 3, 3));
            var call = await FamilyTies.Web.Tests.Areas.Visits.VideoCallsTestData.Call(app, prisoner, session, day, contact.Id);
            await using var db = app.Db(prisoner.EstablishmentId);
            var tracked = await db.VideoCalls.SingleAsync(c => c.Id == call.Id);
            tracked.Outcome = outcome;
            tracked.DeliveredMinutes = outcome is null ? null : 30;
            await db.SaveChangesAsync();
        }
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var worklist = (await client.GetPage("/foreignnationals/worklist")).QuerySelector("[data-testid=worklist]")!.TextContent;
        Assert.DoesNotContain(delivered.PrisonNumber, worklist);
        Assert.Contains(unrecorded.PrisonNumber, worklist);
    }

    [Fact]
    public async Task Officials_and_interpreter_requests_are_recorded()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await CareForeignTestData.ForeignNational(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm($"/foreignnationals/{prisoner.Id}/officials/new", $"/foreignnationals/{prisoner.Id}/officials/new",
            [F("Kind", "ConsulateNotified"), F("OccurredOn", D(TestClock.Today)), F("Detail", "Polish consulate, Manchester")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm($"/foreignnationals/{prisoner.Id}/interpreters/new", $"/foreignnationals/{prisoner.Id}/interpreters/new",
            [F("For", "Visit"), F("Language", "Polish"), F("NeededOn", D(TestClock.Today)), F("Outcome", "NotMet")])).StatusCode);
        var page = await client.GetPage($"/foreignnationals/{prisoner.Id}");
        Assert.Contains("Embassy or consulate notified, Polish consulate, Manchester", page.QuerySelector("[data-testid=officials]")!.TextContent);
        Assert.Contains("Polish for a visit, not met", page.QuerySelector("[data-testid=interpreters]")!.TextContent);
        // Translated material needs its language.
        var refused = await client.PostForm($"/foreignnationals/{prisoner.Id}/officials/new", $"/foreignnationals/{prisoner.Id}/officials/new",
            [F("Kind", "TranslatedMaterial"), F("OccurredOn", D(TestClock.Today)), F("Detail", "Visits booklet"), F("Language", "")]);
        Assert.Equal(["Enter the language of the translated material"], (await StaffClient.Parse(refused)).ErrorSummary());
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await CareForeignTestData.ForeignNational(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var refused = await client.PostForm($"/foreignnationals/{prisoner.Id}/family/new", $"/foreignnationals/{prisoner.Id}/family/new",
            [F("Name", "A"), F("Relationship", "Brother"), F("Country", "Poland"), F("TimeZone", "Poland time")]);
        Assert.Equal(["Enter the time zone as a region and city, like Europe/Warsaw or Asia/Ho_Chi_Minh"], (await StaffClient.Parse(refused)).ErrorSummary());
    }

    [Fact]
    public async Task Another_establishments_foreign_national_is_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var theirs = await CareForeignTestData.ForeignNational(app, "SHI");
        var theirFamily = await CareForeignTestData.Family(app, theirs);
        var ours = await CareForeignTestData.ForeignNational(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        foreach (var url in new[] { $"/foreignnationals/{theirs.Id}", $"/foreignnationals/{theirs.Id}/family/new", $"/foreignnationals/{theirs.Id}/family/{theirFamily.Id}/nightcalls/new",
                     $"/foreignnationals/{ours.Id}/family/{theirFamily.Id}/nightcalls/new", $"/foreignnationals/{theirs.Id}/credit/new" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }
        var post = await CrossPost.To(client, $"/foreignnationals/{ours.Id}/credit/new", $"/foreignnationals/{theirs.Id}/credit/new",
            F("Kind", "Granted"), F("OccurredOn", D(TestClock.Today)), F("Amount", "5.00"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
