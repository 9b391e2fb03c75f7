using System.Net;
using System.Text;
using FamilyTies.Data.Measures;
using FamilyTies.Data.Visits;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// The no-visits list through the real app (issue 13 §5): the look-back windows at their boundaries, each filter, the
/// support form and its refusals, the CSV, isolation, and that the page and the measures give the same figures.
/// Each test has an establishment of its own (look-backs 90 and 180 days), so every prisoner on a list is the test's.
/// </summary>
/// <remarks>An app of its own (it adds establishments, which the shared app's national figures must not see).</remarks>
public sealed class NoVisitsTests(Dashboard.SelfAssessmentTests.OwnApp fixture) : IClassFixture<Dashboard.SelfAssessmentTests.OwnApp>
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    private static DateOnly Today => VisitsTestData.Today;

    internal sealed record Place(string Code, int Id, SessionTemplate Session);

    internal static async Task<Place> Establishment(FamilyTiesApp app)
    {
        var code = "N" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        int id;
        await using (var db = app.Db())
        {
            var e = new Establishment { Code = code, Name = "HMP Novisits " + code, NoVisitsShortLookbackDays = 90, NoVisitsLongLookbackDays = 180 };
            db.Establishments.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
        }
        var room = await VisitsTestData.AddRoom(app, code);
        return new Place(code, id, await VisitsTestData.AddSession(app, room, DayOfWeek.Saturday));
    }

    internal static async Task<Prisoner> Prisoner(FamilyTiesApp app, Place at, string lastName, DateOnly? received, Action<Prisoner>? configure = null)
    {
        await using var db = app.Db(at.Id);
        var p = new Prisoner
        {
            PrisonNumber = PeopleTestData.NewPrisonNumber(), FirstName = "Nova", LastName = lastName, DateOfBirth = new DateOnly(1985, 3, 3),
            Location = "A-1-01", ReceptionDate = received, Nationality = "British",
        };
        configure?.Invoke(p);
        db.Prisoners.Add(p);
        await db.SaveChangesAsync();
        return p;
    }

    /// <summary>A booked visit on <paramref name="date"/> with the outcome given (none: no day record at all).</summary>
    internal static async Task<Visit> Visit(FamilyTiesApp app, Place at, Prisoner p, DateOnly date, VisitOutcome? outcome = VisitOutcome.Completed, VisitStatus status = VisitStatus.Booked)
    {
        var visit = await VisitsTestData.BookedVisit(app, p, at.Session, date, status);
        if (outcome is { } o)
        {
            await using var db = app.Db(at.Id);
            db.VisitAttendances.Add(new VisitAttendance { VisitId = visit.Id, PrisonerId = p.Id, Date = date, Outcome = o });
            await db.SaveChangesAsync();
        }
        return visit;
    }

    private static List<string> Listed(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=no-visits] tbody tr").Select(r => r.GetAttribute("data-testid")!["no-visits-".Length..]).Order().ToList();

    private static List<string> Numbers(params Prisoner[] prisoners) => prisoners.Select(p => p.PrisonNumber).Order().ToList();

    private async Task<MeasureValue> Measure(int establishment, string key, TimeProvider? clock = null)
    {
        clock ??= FamilyTies.Testing.TestClock.Provider;
        await using var db = App.Db(establishment, clock);
        var now = clock.GetUtcNow();
        var results = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(LondonTime.DateOf(now), now)]));
        return results.Value(key, establishment, 0);
    }

    [Fact]
    public async Task The_look_backs_count_a_visit_on_the_day_after_the_boundary_but_not_on_it_and_the_page_agrees_with_the_measures()
    {
        var at = await Establishment(App);
        var long_ago = Today.AddDays(-400);
        // Short look-back: 90 days, the days (today - 90, today]. A visit exactly 90 days ago is outside it.
        var onBoundary = await Prisoner(App, at, "Boundary", long_ago);
        await Visit(App, at, onBoundary, Today.AddDays(-90));
        var dayInside = await Prisoner(App, at, "Inside", long_ago);
        await Visit(App, at, dayInside, Today.AddDays(-89));
        var dayOutside = await Prisoner(App, at, "Outside", long_ago);
        await Visit(App, at, dayOutside, Today.AddDays(-91));
        var none = await Prisoner(App, at, "Never", long_ago);
        var noOutcome = await Prisoner(App, at, "Unresolved", long_ago);
        await Visit(App, at, noOutcome, Today.AddDays(-10), outcome: null);
        var noShow = await Prisoner(App, at, "Noshow", long_ago);
        await Visit(App, at, noShow, Today.AddDays(-10), VisitOutcome.VisitorDidNotArrive);
        var endedByStaff = await Prisoner(App, at, "Ended", long_ago);
        await Visit(App, at, endedByStaff, Today.AddDays(-10), VisitOutcome.TerminatedByStaff);
        var cancelled = await Prisoner(App, at, "Cancelled", long_ago);
        await Visit(App, at, cancelled, Today.AddDays(-10), VisitOutcome.Completed, VisitStatus.Cancelled);
        // Here exactly 90 days is here for the whole look-back; 89 days is not yet.
        var received90 = await Prisoner(App, at, "Received", Today.AddDays(-90));
        await Prisoner(App, at, "Recent", Today.AddDays(-89));
        await Prisoner(App, at, "Released", long_ago, p => p.Status = PrisonerStatus.Released);

        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var page = await client.GetPage("/visits/no-visits");
        var expectedShort = Numbers(onBoundary, dayOutside, none, noOutcome, noShow, cancelled, received90);
        Assert.Equal(expectedShort, Listed(page));
        Assert.Equal("7", page.QuerySelector("[data-testid=no-visits-all]")!.TextContent);
        Assert.Equal((decimal?)7, (await Measure(at.Id, "novisits.short_lookback")).Value);

        // Long look-back: 180 days. Visits 89, 90 and 91 days ago are all in it; received 90 days ago is too recent.
        var longPage = await client.GetPage("/visits/no-visits?lookback=long");
        Assert.Equal(Numbers(none, noOutcome, noShow, cancelled), Listed(longPage));
        Assert.Equal((decimal?)4, (await Measure(at.Id, "novisits.long_lookback")).Value);
        Assert.Equal("4", longPage.QuerySelector("[data-testid=no-visits-all]")!.TextContent);
    }

    [Fact]
    public async Task A_video_call_recorded_as_delivered_takes_a_prisoner_off_the_list_and_one_never_recorded_or_not_connected_does_not()
    {
        var at = await Establishment(App);
        var longAgo = Today.AddDays(-400);
        var delivered = await Prisoner(App, at, "Delivered", longAgo);
        var unrecorded = await Prisoner(App, at, "Unrecorded", longAgo);
        var notConnected = await Prisoner(App, at, "Notconnected", longAgo);
        var session = await VideoCallsTestData.Session(App, at.Code, Today.AddDays(-10));
        foreach (var (prisoner, outcome) in new[] { (delivered, (FamilyTies.Domain.VideoCalls.VideoCallOutcome?)FamilyTies.Domain.VideoCalls.VideoCallOutcome.Delivered),
                     (unrecorded, null), (notConnected, FamilyTies.Domain.VideoCalls.VideoCallOutcome.NotConnected) })
        {
            var (contact, _) = await PeopleTestData.Contact(App, prisoner, "Vida", new DateOnly(1975, 3, 3));
            var call = await VideoCallsTestData.Call(App, prisoner, session, Today.AddDays(-10), contact.Id);
            await using var db = App.Db(at.Id);
            var tracked = await db.VideoCalls.SingleAsync(c => c.Id == call.Id);
            tracked.Outcome = outcome;
            tracked.DeliveredMinutes = outcome == FamilyTies.Domain.VideoCalls.VideoCallOutcome.Delivered ? 30 : null;
            await db.SaveChangesAsync();
        }

        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        Assert.Equal(Numbers(unrecorded, notConnected), Listed(await client.GetPage("/visits/no-visits")));
        Assert.Equal((decimal?)2, (await Measure(at.Id, "novisits.short_lookback")).Value);
    }

    [Fact]
    public async Task The_look_back_ends_on_todays_date_in_London_not_in_UTC()
    {
        var at = await Establishment(App);
        // 23:30 UTC on 31 July is 00:30 on 1 August in London: the short look-back is (3 May, 1 August].
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 8, 1), LondonTime.Today(clock));
        var onBoundary = await Prisoner(App, at, "Londonedge", new DateOnly(2025, 1, 1));
        await Visit(App, at, onBoundary, new DateOnly(2026, 5, 3));
        var inside = await Prisoner(App, at, "Londoninside", new DateOnly(2025, 1, 1));
        await Visit(App, at, inside, new DateOnly(2026, 5, 4));
        // Counted from 31 July (UTC's date) the 3 May visit would be inside the look-back and the figure 0.
        Assert.Equal((decimal?)1, (await Measure(at.Id, "novisits.short_lookback", clock)).Value);
        await using var db = App.Db(at.Id, clock);
        Assert.Equal([onBoundary.Id], await NoVisitsList.Prisoners(db.Prisoners, db.VisitAttendances, db.VideoCalls, LondonTime.Today(clock), 90).Select(p => p.Id).ToListAsync());
    }

    [Fact]
    public async Task Each_filter_narrows_the_list_to_its_group()
    {
        var at = await Establishment(App);
        var old = Today.AddDays(-400);
        var care = await Prisoner(App, at, "Care", old, p => { p.CareExperienced = true; p.Location = "C-2-05"; });
        var foreign = await Prisoner(App, at, "Foreign", old, p => p.Nationality = "French");
        var remand = await Prisoner(App, at, "Remand", old, p => p.LegalStatus = LegalStatus.Remand);
        var acct = await Prisoner(App, at, "Acct", old);
        var closedCase = await Prisoner(App, at, "Closedcase", old);
        // New to the list in the last 28 days: received 100 days ago, or last attended visit 100 days ago.
        var newArrival = await Prisoner(App, at, "Newlyhere", Today.AddDays(-100));
        var visitedEarlier = await Prisoner(App, at, "Visitedearlier", old);
        await Visit(App, at, visitedEarlier, Today.AddDays(-100));
        var visitedLongAgo = await Prisoner(App, at, "Visitedlongago", old);
        await Visit(App, at, visitedLongAgo, Today.AddDays(-130));
        await using (var db = App.Db(at.Id))
        {
            db.SafetyCases.AddRange(
                new SafetyCase { PrisonerId = acct.Id, Kind = SafetyCaseKind.Acct, Reference = "ACCT-" + acct.PrisonNumber, OpenedOn = Today.AddDays(-5) },
                new SafetyCase { PrisonerId = closedCase.Id, Kind = SafetyCaseKind.Csip, Reference = "CSIP-" + closedCase.PrisonNumber, OpenedOn = Today.AddDays(-50), ClosedOn = Today.AddDays(-20) });
            await db.SaveChangesAsync();
        }
        using var client = await TestUsers.SignedInAs(App, Roles.FamilyLead, at.Code);
        Assert.Equal(Numbers(care, foreign, remand, acct, closedCase, newArrival, visitedEarlier, visitedLongAgo), Listed(await client.GetPage("/visits/no-visits")));
        Assert.Equal(Numbers(care), Listed(await client.GetPage("/visits/no-visits?cohort=CareExperienced")));
        Assert.Equal(Numbers(foreign), Listed(await client.GetPage("/visits/no-visits?cohort=ForeignNational")));
        Assert.Equal(Numbers(remand), Listed(await client.GetPage("/visits/no-visits?cohort=Remand")));
        Assert.Equal(Numbers(acct), Listed(await client.GetPage("/visits/no-visits?cohort=OpenAcctOrCsip")));
        Assert.Equal(Numbers(newArrival, visitedEarlier), Listed(await client.GetPage("/visits/no-visits?cohort=NewToList")));
        Assert.Equal(Numbers(care), Listed(await client.GetPage("/visits/no-visits?location=C")));
        Assert.Equal(Numbers(care), Listed(await client.GetPage("/visits/no-visits?location=c-2&cohort=CareExperienced")));
        var none = await client.GetPage("/visits/no-visits?location=C&cohort=Remand");
        Assert.NotNull(none.QuerySelector("[data-testid=no-visits-none]"));
        // The unfiltered figure stays the measure's whatever the filter.
        Assert.Equal("8", none.QuerySelector("[data-testid=no-visits-all]")!.TextContent);
        var bad = await client.GetPage("/visits/no-visits?cohort=Everyone&lookback=medium");
        Assert.Equal(["Select a group from the list", "Select the short or the long look-back"], bad.ErrorSummary().Order());
    }

    [Fact]
    public async Task Visits_staff_record_support_offered_and_taken_up_and_the_support_measure_counts_it()
    {
        var at = await Establishment(App);
        var a = await Prisoner(App, at, "Offered", Today.AddDays(-400));
        var b = await Prisoner(App, at, "Notoffered", Today.AddDays(-400));
        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var url = $"/visits/no-visits/prisoners/{a.Id}";
        var response = await client.PostForm(url, url + "/support", new Dictionary<string, string>
        {
            ["Kind"] = "OfficialPrisonVisitor", ["Detail"] = "", ["OfferedOn"] = VisitsTestData.Input(Today.AddDays(-20)), ["TakenUpOn"] = "",
        });
        Assert.Equal("Support offer recorded", await VisitsTestData.SuccessBanner(client, response));
        int supportId;
        await using (var db = App.Db(at.Id))
        {
            var support = await db.NoVisitsSupports.SingleAsync(s => s.PrisonerId == a.Id);
            Assert.Equal((NoVisitsSupportKind.OfficialPrisonVisitor, Today.AddDays(-20), (DateOnly?)null), (support.Kind, support.OfferedOn, support.TakenUpOn));
            supportId = support.Id;
        }
        var taken = await client.PostForm($"/visits/no-visits/support/{supportId}/taken-up", $"/visits/no-visits/support/{supportId}/taken-up",
            new Dictionary<string, string> { ["TakenUpOn"] = VisitsTestData.Input(Today.AddDays(-6)) });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var list = await client.GetPage("/visits/no-visits");
        var row = list.QuerySelector($"[data-testid=no-visits-{a.PrisonNumber}]")!.TextContent;
        Assert.Contains($"Official Prison Visitor: offered {LondonTime.FormatDate(Today.AddDays(-20))}, taken up {LondonTime.FormatDate(Today.AddDays(-6))}", row);
        Assert.Contains("None offered", list.QuerySelector($"[data-testid=no-visits-{b.PrisonNumber}]")!.TextContent);
        Assert.Equal("1", list.QuerySelector("[data-testid=no-visits-offered]")!.TextContent);
        var measure = await Measure(at.Id, "novisits.support_offered_pct");
        Assert.Equal(((decimal?)50, (decimal?)1, (decimal?)2), (measure.Value, measure.Numerator, measure.Denominator));
    }

    [Theory]
    [InlineData("", "", "20", "", "Select the support offered")]
    [InlineData("Other", "", "20", "", "Enter the details of the other support offered")]
    [InlineData("PenPal", "", "-1", "", "Date offered must be between")]
    [InlineData("PenPal", "", "20", "25", "The date the support was taken up must be on or after the date it was offered")]
    [InlineData("999", "", "20", "", "Select the support offered")]
    public async Task A_support_offer_that_breaks_a_rule_is_refused_and_nothing_is_saved(string kind, string detail, string offeredDaysAgo, string takenDaysAgo, string error)
    {
        var at = await Establishment(App);
        var p = await Prisoner(App, at, "Refused", Today.AddDays(-400));
        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        string Ago(string days) => days.Length == 0 ? "" : VisitsTestData.Input(Today.AddDays(-int.Parse(days, System.Globalization.CultureInfo.InvariantCulture)));
        var url = $"/visits/no-visits/prisoners/{p.Id}";
        var response = await client.PostForm(url, url + "/support", new Dictionary<string, string>
        {
            ["Kind"] = kind, ["Detail"] = detail, ["OfferedOn"] = Ago(offeredDaysAgo), ["TakenUpOn"] = Ago(takenDaysAgo),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await StaffClient.Parse(response)).ErrorSummary(), e => e.StartsWith(error, StringComparison.Ordinal));
        await using var db = App.Db(at.Id);
        Assert.False(await db.NoVisitsSupports.AnyAsync(s => s.PrisonerId == p.Id));
    }

    [Fact]
    public async Task Take_up_before_the_offer_or_twice_is_refused_a_released_prisoner_takes_no_offer_and_the_family_lead_only_reads()
    {
        var at = await Establishment(App);
        var p = await Prisoner(App, at, "Takeup", Today.AddDays(-400));
        var released = await Prisoner(App, at, "Gone", Today.AddDays(-400), x => x.Status = PrisonerStatus.Released);
        NoVisitsSupport support;
        await using (var db = App.Db(at.Id))
        {
            support = new NoVisitsSupport { PrisonerId = p.Id, Kind = NoVisitsSupportKind.PatDog, OfferedOn = Today.AddDays(-10) };
            db.NoVisitsSupports.Add(support);
            await db.SaveChangesAsync();
        }
        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var url = $"/visits/no-visits/support/{support.Id}/taken-up";
        var early = await client.PostForm(url, url, new Dictionary<string, string> { ["TakenUpOn"] = VisitsTestData.Input(Today.AddDays(-11)) });
        Assert.Contains("must be on or after the date it was offered", Assert.Single((await StaffClient.Parse(early)).ErrorSummary()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, new Dictionary<string, string> { ["TakenUpOn"] = VisitsTestData.Input(Today.AddDays(-3)) })).StatusCode);
        var twice = await client.PostForm(url, url, new Dictionary<string, string> { ["TakenUpOn"] = VisitsTestData.Input(Today) });
        Assert.Contains("already taken up", Assert.Single((await StaffClient.Parse(twice)).ErrorSummary()));
        await using (var db = App.Db(at.Id))
        {
            Assert.Equal(Today.AddDays(-3), (await db.NoVisitsSupports.SingleAsync(s => s.Id == support.Id)).TakenUpOn);
        }

        var offer = new Dictionary<string, string> { ["Kind"] = "PenPal", ["OfferedOn"] = VisitsTestData.Input(Today) };
        var refused = await VisitsTestData.PostAnyway(client, $"/visits/no-visits/prisoners/{released.Id}/support", offer);
        Assert.Contains("no longer on the roll", Assert.Single((await StaffClient.Parse(refused)).ErrorSummary()));

        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead, at.Code);
        var leadPage = await lead.GetPage($"/visits/no-visits/prisoners/{p.Id}");
        Assert.Null(leadPage.QuerySelector("form[action$='/support']"));
        var forbidden = await VisitsTestData.PostAnyway(lead, $"/visits/no-visits/prisoners/{p.Id}/support", offer);
        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, forbidden.StatusCode.ToString());
        await using (var db = App.Db(at.Id))
        {
            Assert.Equal(1, await db.NoVisitsSupports.CountAsync(s => s.PrisonerId == p.Id || s.PrisonerId == released.Id));
        }
    }

    [Fact]
    public async Task The_csv_is_the_filtered_list_with_formulas_neutralised()
    {
        var at = await Establishment(App);
        var formula = await Prisoner(App, at, "=HYPERLINK(\"http://example.invalid\")", Today.AddDays(-400), p => p.Location = "B-1-01");
        var other = await Prisoner(App, at, "Plain", Today.AddDays(-400));
        using var client = await TestUsers.SignedInAs(App, Roles.FamilyLead, at.Code);
        var response = await client.Http.GetAsync("/visits/no-visits/export?lookback=short&location=B");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Prison number,Name,Location,Received,Last attended visit,Support offered,Support taken up", lines[0]);
        var line = Assert.Single(lines[1..]);
        Assert.StartsWith(formula.PrisonNumber + ",\"'=HYPERLINK(", line);
        Assert.DoesNotContain(other.PrisonNumber, text);
    }

    [Fact]
    public async Task Another_establishments_prisoners_and_support_are_not_listed_or_found()
    {
        var here = await Establishment(App);
        var there = await Establishment(App);
        var mine = await Prisoner(App, here, "Mine", Today.AddDays(-400));
        var theirs = await Prisoner(App, there, "Theirs", Today.AddDays(-400));
        NoVisitsSupport support;
        await using (var db = App.Db(there.Id))
        {
            support = new NoVisitsSupport { PrisonerId = theirs.Id, Kind = NoVisitsSupportKind.PenPal, OfferedOn = Today.AddDays(-3) };
            db.NoVisitsSupports.Add(support);
            await db.SaveChangesAsync();
        }
        using var client = await TestUsers.SignedInAs(App, Roles.VisitsStaff, here.Code);
        var page = await client.GetPage("/visits/no-visits");
        Assert.Equal(Numbers(mine), Listed(page));
        Assert.Equal("0", page.QuerySelector("[data-testid=no-visits-offered]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/visits/no-visits/prisoners/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/visits/no-visits/support/{support.Id}/taken-up")).StatusCode);
        var offer = new Dictionary<string, string> { ["Kind"] = "PenPal", ["OfferedOn"] = VisitsTestData.Input(Today) };
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(client, $"/visits/no-visits/prisoners/{theirs.Id}/support", offer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(client, $"/visits/no-visits/support/{support.Id}/taken-up",
            new Dictionary<string, string> { ["TakenUpOn"] = VisitsTestData.Input(Today) })).StatusCode);
        Assert.Equal((decimal?)1, (await Measure(there.Id, "novisits.short_lookback")).Value);
        await using var check = App.Db(there.Id);
        Assert.Null((await check.NoVisitsSupports.SingleAsync(s => s.Id == support.Id)).TakenUpOn);
    }
}
