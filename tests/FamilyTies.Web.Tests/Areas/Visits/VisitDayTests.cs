using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// The visit day through the real app (issue 13): finding a visit, the day's lists and who read them, arrivals and the
/// ID rule by age, the session's run and its delay cause, outcomes (never assumed), corrections, and isolation.
/// Every visit here is a week ago, in a session of its own, so it has started and ended whatever the time of day.
/// </summary>
[Collection("App")]
public sealed class VisitDayTests(AppFixture fixture)
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    private static DateOnly Date => VisitsTestData.Today.AddDays(-7);

    private sealed record Arranged(Prisoner Prisoner, Visit Visit, List<VisitVisitor> Visitors, SessionTemplate Session);

    /// <summary>A booked visit a week ago, 2pm to 4pm, with visitors of the given ages (and a table in its hall).</summary>
    private async Task<Arranged> PastVisit(string code = "WYI", SessionTemplate? session = null, VisitStatus status = VisitStatus.Booked, params int[] ages)
    {
        var prisoner = await PeopleTestData.Prisoner(App, code, "Dayvisit" + Guid.NewGuid().ToString("N")[..6]);
        if (session is null)
        {
            var room = await VisitsTestData.AddRoom(App, code);
            session = await VisitsTestData.AddSession(App, room, Date.DayOfWeek);
            await using var t = App.Db(room.EstablishmentId);
            t.HallTables.Add(new HallTable { RoomId = room.Id, Label = "7", Accessible = true });
            await t.SaveChangesAsync();
        }
        var visit = await VisitsTestData.BookedVisit(App, prisoner, session, Date, status);
        await using var db = App.Db(prisoner.EstablishmentId);
        var saved = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Id == visit.Id);
        foreach (var age in ages.Length == 0 ? [40] : ages)
        {
            var (contact, _) = await PeopleTestData.VisitorAged(App, prisoner, age, age < 18 ? "Child" : "Adult");
            saved.Visitors.Add(new VisitVisitor { ContactId = contact.Id, AgeOnVisit = age, Child = age < 18 });
            saved.MainContactId ??= contact.Id;
        }
        await db.SaveChangesAsync();
        return new Arranged(prisoner, saved, saved.Visitors.ToList(), session);
    }

    /// <summary>Not allowed: 403, or the access-denied page the sign-in cookie sends a signed-in user to.</summary>
    private static void Refused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().StartsWith("/visits/day", StringComparison.Ordinal)),
            $"{(int)response.StatusCode} {response.Headers.Location}");

    private async Task<StaffClient> As(string role, string code = "WYI") => await TestUsers.SignedInAs(App, role, code);

    private static Dictionary<string, string> Arrivals(Arranged a, params (string Arrived, string Id, string Refusal, string Told)[] each)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < each.Length; i++)
        {
            fields[$"Visitors[{i}].VisitVisitorId"] = a.Visitors[i].Id.ToString();
            fields[$"Visitors[{i}].Arrived"] = each[i].Arrived;
            fields[$"Visitors[{i}].IdEvidence"] = each[i].Id;
            fields[$"Visitors[{i}].RefusalReason"] = each[i].Refusal;
            fields[$"Visitors[{i}].FamilyTold"] = each[i].Told;
        }
        return fields;
    }

    [Fact]
    public async Task A_visit_is_found_by_reference_in_any_case_with_or_without_the_dash_by_prison_number_name_and_date()
    {
        var a = await PastVisit();
        using var client = await As(Roles.VisitsStaff);
        foreach (var typed in new[] { a.Visit.Reference, a.Visit.Reference.ToLowerInvariant(), a.Visit.Reference.Replace("-", ""), " " + a.Visit.Reference.ToLowerInvariant().Replace("-", " ") })
        {
            var response = await client.Http.GetAsync("/visits/find?q=" + Uri.EscapeDataString(typed));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/visits/bookings/{a.Visit.Id}", response.Headers.Location!.ToString());
        }
        // The old address still works.
        Assert.Equal($"/visits/bookings/{a.Visit.Id}", (await client.Http.GetAsync("/visits/bookings?reference=" + a.Visit.Reference)).Headers.Location!.ToString());
        foreach (var query in new[] { "q=" + a.Prisoner.PrisonNumber.ToLowerInvariant(), "q=" + a.Prisoner.LastName, "q=Adult+" + a.Prisoner.LastName[..4], "q=" + a.Prisoner.LastName + "&date=" + VisitsTestData.Input(Date) })
        {
            var page = await client.GetPage("/visits/find?" + query);
            Assert.Contains(a.Visit.Reference, page.QuerySelector("[data-testid=visit-rows]")?.TextContent ?? "");
        }
        var other = await client.GetPage("/visits/find?q=" + a.Prisoner.LastName + "&date=" + VisitsTestData.Input(Date.AddDays(1)));
        Assert.NotNull(other.QuerySelector("[data-testid=no-results]"));
        var bad = await client.GetPage("/visits/find?q=x&date=31/2/2026");
        Assert.Equal(["Enter the date as a real date, like 23/11/2026"], bad.ErrorSummary());
    }

    [Fact]
    public async Task The_prisoner_profile_has_a_visits_tab_by_month_and_the_contact_page_lists_visits()
    {
        var a = await PastVisit();
        using var client = await As(Roles.Security);
        var tab = await client.GetPage($"/prisoners/{a.Prisoner.Id}/visits");
        var visits = tab.QuerySelector("[data-testid=prisoner-visits]")!.TextContent;
        Assert.Contains(a.Visit.Reference, visits);
        Assert.Contains(Date.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), visits);
        Assert.Contains("Unresolved: no outcome", visits);
        var contact = await client.GetPage($"/contacts/{a.Visitors[0].ContactId}");
        Assert.Contains(a.Visit.Reference, contact.QuerySelector("[data-testid=contact-visits]")!.TextContent);
    }

    [Fact]
    public async Task The_day_and_the_session_list_show_visitors_ages_and_who_viewed_or_printed_it()
    {
        var a = await PastVisit(ages: [40, 4]);
        using var client = await As(Roles.VisitsStaff);
        var day = await client.GetPage("/visits/day?date=" + VisitsTestData.Iso(Date));
        Assert.NotNull(day.QuerySelector($"a[href='/visits/day/sessions/{a.Visit.SessionSlotId}']"));
        var list = await client.GetPage($"/visits/day/sessions/{a.Visit.SessionSlotId}");
        var row = list.QuerySelector($"[data-testid=visit-{a.Visit.Id}]")!.TextContent;
        Assert.Contains("(40)", row);
        Assert.Contains("(child, 4)", row);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/visits/day/sessions/{a.Visit.SessionSlotId}/print")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/visits/day/sessions/{a.Visit.SessionSlotId}/passes")).StatusCode);
        var again = await client.GetPage($"/visits/day/sessions/{a.Visit.SessionSlotId}");
        var audit = again.QuerySelector("[data-testid=list-audit]")!.TextContent;
        Assert.Contains("viewed the list", audit);
        Assert.Contains("printed the list", audit);
        Assert.Contains("printed the visit passes", audit);
        await using var db = App.Db(a.Prisoner.EstablishmentId);
        Assert.Equal(4, await db.AuditEvents.CountAsync(e => e.EntityType == "VisitList" && e.EntityId == a.Visit.SessionSlotId.ToString() && e.Action == "Read"));
    }

    [Fact]
    public async Task A_child_under_the_id_age_with_an_adult_needs_no_id_but_without_one_is_refused_and_nothing_is_saved()
    {
        await using (var db = App.Db(await App.EstablishmentId("WYI")))
        {
            Assert.Equal(16, (await db.Establishments.SingleAsync(e => e.Code == "WYI")).ChildIdAge);
        }
        var a = await PastVisit(ages: [40, 0, 15]);
        using var client = await As(Roles.VisitsStaff);
        var url = $"/visits/day/visits/{a.Visit.Id}/arrival";
        // The adult refused entry: the baby and the 15-year-old are then without an adult, so they need ID.
        var refused = await client.PostForm(url, url, Arrivals(a, ("true", "None", "Id", "Told to bring a passport next time"), ("true", "None", "", ""), ("true", "None", "", "")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await StaffClient.Parse(refused)).ErrorSummary();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("Under 16 without an adult", e));
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            Assert.False(await db.VisitorArrivals.AnyAsync(x => x.VisitId == a.Visit.Id));
        }
        // With the adult let in (List A), the baby and the 15-year-old need none: the rule and the decision are kept.
        var ok = await client.PostForm(url, url, Arrivals(a, ("true", "ListA", "", ""), ("true", "None", "", ""), ("true", "None", "", "")));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            var arrivals = await db.VisitorArrivals.Where(x => x.VisitId == a.Visit.Id).OrderBy(x => x.VisitVisitorId).ToListAsync();
            Assert.All(arrivals, x => Assert.True(x.IdAccepted));
            Assert.Equal(["One document from List A", "Under 16 and with an adult: no ID needed", "Under 16 and with an adult: no ID needed"], arrivals.Select(x => x.IdRule));
        }
        // A 16-year-old (the ID age) with no ID is refused even with an adult.
        var b = await PastVisit(ages: [40, 16]);
        var sixteen = await client.PostForm($"/visits/day/visits/{b.Visit.Id}/arrival", $"/visits/day/visits/{b.Visit.Id}/arrival", Arrivals(b, ("true", "ListA", "", ""), ("true", "None", "", "")));
        Assert.Single((await StaffClient.Parse(sixteen)).ErrorSummary());
    }

    [Fact]
    public async Task A_refusal_needs_what_the_family_was_told_and_is_kept_with_its_reason()
    {
        var a = await PastVisit();
        using var client = await As(Roles.VisitsStaff);
        var url = $"/visits/day/visits/{a.Visit.Id}/arrival";
        var refused = await client.PostForm(url, url, Arrivals(a, ("true", "None", "DressCode", "")));
        Assert.Equal(["Enter what the family was told about the refusal"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, Arrivals(a, ("true", "None", "DressCode", "Offered a spare top; declined")))).StatusCode);
        await using var db = App.Db(a.Prisoner.EstablishmentId);
        var arrival = await db.VisitorArrivals.SingleAsync(x => x.VisitId == a.Visit.Id);
        Assert.Equal((true, RefusalReason.DressCode, "Offered a spare top; declined"), (arrival.Refused, arrival.RefusalReason!.Value, arrival.FamilyTold));
    }

    [Fact]
    public async Task A_start_more_than_five_minutes_late_needs_a_delay_cause_and_minutes_lost_are_computed()
    {
        var a = await PastVisit();
        using var client = await As(Roles.VisitsStaff);
        var url = $"/visits/day/sessions/{a.Visit.SessionSlotId}/run";
        var late = await client.PostForm(url, url, new Dictionary<string, string> { ["Started"] = "14:06" });
        Assert.Equal(["Visits started more than 5 minutes late: select why"], (await StaffClient.Parse(late)).ErrorSummary());
        var other = await client.PostForm(url, url, new Dictionary<string, string> { ["Started"] = "14:06", ["DelayCause"] = "Other" });
        Assert.Equal(["Enter details of the delay"], (await StaffClient.Parse(other)).ErrorSummary());
        var backwards = await client.PostForm(url, url, new Dictionary<string, string> { ["Started"] = "14:00", ["Ended"] = "13:00" });
        Assert.Equal(["The time visits ended must be after the time they started"], (await StaffClient.Parse(backwards)).ErrorSummary());
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            Assert.False(await db.SessionRuns.AnyAsync(r => r.SessionSlotId == a.Visit.SessionSlotId));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, new Dictionary<string, string> { ["Started"] = "14:05" })).StatusCode); // 5 minutes: on time
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, new Dictionary<string, string>
            { ["HallOpened"] = "13:30", ["Started"] = "14:20", ["Ended"] = "15:50", ["DelayCause"] = "RollCheck" })).StatusCode);
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            var run = await db.SessionRuns.SingleAsync(r => r.SessionSlotId == a.Visit.SessionSlotId);
            Assert.Equal((20, 30, DelayCause.RollCheck), (run.MinutesLate!.Value, run.MinutesLostPerFamily!.Value, run.DelayCause!.Value));
        }
        var page = await client.GetPage($"/visits/day/sessions/{a.Visit.SessionSlotId}");
        Assert.Equal("30", page.QuerySelector("[data-testid=minutes-lost]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unresolved_visits_stay_on_the_worklist_never_attended_until_an_outcome_is_recorded_in_one_step()
    {
        var a = await PastVisit();
        var b = await PastVisit(session: a.Session);
        using var client = await As(Roles.VisitsStaff);
        var worklist = await client.GetPage("/visits/unresolved");
        Assert.Contains(a.Visit.Reference, worklist.QuerySelector("[data-testid=unresolved]")!.TextContent);
        // A arrived; B's visitor did not come. "All who arrived completed" records both.
        var url = $"/visits/day/visits/{a.Visit.Id}/arrival";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, Arrivals(a, ("true", "ListA", "", "")))).StatusCode);
        var list = $"/visits/day/sessions/{a.Visit.SessionSlotId}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(list, $"{list}/outcomes", [])).StatusCode);
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            Assert.Equal(VisitOutcome.Completed, (await db.VisitAttendances.SingleAsync(x => x.VisitId == a.Visit.Id)).Outcome);
            Assert.Equal(VisitOutcome.VisitorDidNotArrive, (await db.VisitAttendances.SingleAsync(x => x.VisitId == b.Visit.Id)).Outcome);
            Assert.True((await db.VisitorArrivals.SingleAsync(x => x.VisitId == a.Visit.Id)).Attended);
            Assert.False((await db.VisitorArrivals.SingleAsync(x => x.VisitId == b.Visit.Id)).Attended);
        }
        var after = await client.GetPage("/visits/unresolved");
        Assert.DoesNotContain(a.Visit.Reference, after.QuerySelector("main")!.TextContent);
        // Recorded once: visits staff cannot record it again; a visits manager corrects it, with a reason.
        var outcome = $"/visits/day/visits/{b.Visit.Id}/outcome";
        var again = await client.PostForm(outcome, outcome, new Dictionary<string, string> { ["Outcome"] = "Completed" });
        Assert.Equal(["This visit's outcome is already recorded: a visits manager can correct it"], (await StaffClient.Parse(again)).ErrorSummary());
        using var manager = await As(Roles.VisitsManager);
        var correct = $"/visits/day/visits/{b.Visit.Id}/correct";
        var noReason = await manager.PostForm(correct, correct, new Dictionary<string, string> { ["Outcome"] = "PrisonerRefused" });
        Assert.Equal(["Enter why the outcome is being corrected"], (await StaffClient.Parse(noReason)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostForm(correct, correct, new Dictionary<string, string>
            { ["Outcome"] = "PrisonerRefused", ["CorrectionReason"] = "The prisoner declined to come down" })).StatusCode);
        await using (var db = App.Db(a.Prisoner.EstablishmentId))
        {
            var corrected = await db.VisitAttendances.SingleAsync(x => x.VisitId == b.Visit.Id);
            Assert.Equal((VisitOutcome.PrisonerRefused, "The prisoner declined to come down"), (corrected.Outcome!.Value, corrected.CorrectionReason));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(VisitAttendance) && e.EntityId == corrected.Id.ToString() && e.Action == "Updated"));
        }
        Refused(await client.Http.GetAsync(correct));
    }

    [Fact]
    public async Task A_cancelled_visit_takes_no_outcome_and_a_late_cancellation_is_not_a_no_show()
    {
        var a = await PastVisit(status: VisitStatus.Cancelled);
        using var client = await As(Roles.VisitsStaff);
        var outcome = $"/visits/day/visits/{a.Visit.Id}/outcome";
        var response = await VisitsTestData.PostAnyway(client, outcome, new Dictionary<string, string> { ["Outcome"] = "VisitorDidNotArrive" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["A cancelled visit takes no outcome"], (await StaffClient.Parse(response)).ErrorSummary());
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(outcome)).StatusCode);
        await using var db = App.Db(a.Prisoner.EstablishmentId);
        Assert.False(await db.VisitAttendances.AnyAsync(x => x.VisitId == a.Visit.Id));
        using var lead = await As(Roles.FamilyLead);
        Assert.DoesNotContain(a.Visit.Reference, (await lead.GetPage("/visits/unresolved")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Another_establishments_lists_and_visits_are_not_found_and_the_family_lead_reads_but_does_not_run()
    {
        var a = await PastVisit();
        using var stoke = await As(Roles.VisitsStaff, "SHI");
        foreach (var url in new[] { $"/visits/day/sessions/{a.Visit.SessionSlotId}", $"/visits/day/sessions/{a.Visit.SessionSlotId}/print", $"/visits/day/visits/{a.Visit.Id}/arrival", $"/visits/day/sessions/{a.Visit.SessionSlotId}/run" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stoke.Http.GetAsync(url)).StatusCode);
        }
        Assert.DoesNotContain(a.Visit.Reference, (await stoke.GetPage("/visits/find?q=" + a.Prisoner.LastName)).QuerySelector("main")!.TextContent);
        using var lead = await As(Roles.FamilyLead);
        var list = await lead.GetPage($"/visits/day/sessions/{a.Visit.SessionSlotId}");
        Assert.Null(list.QuerySelector($"a[href='/visits/day/visits/{a.Visit.Id}/arrival']"));
        Refused(await VisitsTestData.PostAnyway(lead, $"/visits/day/visits/{a.Visit.Id}/outcome", new Dictionary<string, string> { ["Outcome"] = "Completed" }));
        await using var db = App.Db(a.Prisoner.EstablishmentId);
        Assert.False(await db.VisitAttendances.AnyAsync(x => x.VisitId == a.Visit.Id));
    }
}
