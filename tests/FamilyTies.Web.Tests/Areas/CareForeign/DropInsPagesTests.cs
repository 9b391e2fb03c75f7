using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.CareForeign;

/// <summary>Drop-in sessions for care-experienced prisoners through the real app: adding, attendance, refusals, isolation.</summary>
[Collection("App")]
public sealed class DropInsPagesTests(AppFixture fixture)
{
    private static string D(DateOnly d) => LondonTime.DateInput(d);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Family_services_add_a_session_record_who_came_and_it_shows_on_the_session_and_the_prisoners_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (came, stayedAway) = (await CareForeignTestData.Record(app), await CareForeignTestData.Record(app));
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        // Registered 20 days ago; the session was 3 days ago.
        var added = await client.PostForm("/careexperienced/dropins/new", "/careexperienced/dropins/new",
            [F("Date", D(TestClock.Today.AddDays(-3))), F("StartTime", "10am"), F("EndTime", "11:30"), F("Place", "Library"), F("RunWith", "Lancashire leaving care team")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var url = added.Headers.Location!.ToString();
        var session = await client.GetPage(url);
        Assert.Contains("10am to 11:30am", session.QuerySelector("[data-testid=session]")!.TextContent);
        Assert.Equal("Attendance is not recorded yet.", session.QuerySelector("[data-testid=attendance]")!.TextContent.Trim());

        var form = await client.GetPage(url + "/attendance");
        Assert.NotNull(form.QuerySelector($"input[name=Attended][value='{came.Id}']"));
        Assert.NotNull(form.QuerySelector($"input[name=Attended][value='{stayedAway.Id}']"));
        var recorded = await client.PostFormOn(form, url + "/attendance", [F("Attended", came.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var attendance = (await client.GetPage(url)).QuerySelector("[data-testid=attendance]")!.TextContent;
        Assert.Contains(came.Prisoner!.PrisonNumber, attendance);
        Assert.DoesNotContain(stayedAway.Prisoner!.PrisonNumber, attendance);
        Assert.Contains("Lancashire leaving care team", (await client.GetPage($"/careexperienced/{came.Id}")).QuerySelector("[data-testid=dropins]")!.TextContent);
        Assert.Equal("Not recorded at any drop-in session.", (await client.GetPage($"/careexperienced/{stayedAway.Id}")).QuerySelector("[data-testid=dropins]")!.TextContent.Trim());
        var list = await client.GetPage("/careexperienced/dropins");
        Assert.NotNull(list.QuerySelector("[data-testid=dropin-figure]"));
        Assert.NotNull(list.QuerySelector($"a[href='{url}']"));

        // Recording again with nobody ticked keeps the row, marked as not attended.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url + "/attendance", url + "/attendance", [])).StatusCode);
        Assert.Equal("Nobody came.", (await client.GetPage(url)).QuerySelector("[data-testid=attendance]")!.TextContent.Trim());
        await using var db = app.Db(came.EstablishmentId);
        var row = await db.DropInAttendances.SingleAsync(a => a.RecordId == came.Id);
        Assert.False(row.Attended);
    }

    [Fact]
    public async Task Attendance_before_the_session_has_started_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var record = await CareForeignTestData.Record(app);
        var session = await CareForeignTestData.DropIn(app, daysFromToday: 7);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var url = $"/careexperienced/dropins/{session.Id}/attendance";
        Assert.Equal(["Attendance can be recorded once the session has started"], (await client.GetPage(url)).ErrorSummary());
        var refused = await client.PostForm(url, url, [F("Attended", record.Id.ToString())]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Attendance can be recorded once the session has started"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using var db = app.Db(record.EstablishmentId);
        Assert.False(await db.DropInAttendances.AnyAsync(a => a.SessionId == session.Id));
        Assert.Null((await db.DropInSessions.SingleAsync(s => s.Id == session.Id)).AttendanceRecordedAt);
    }

    [Fact]
    public async Task A_prisoner_not_on_the_register_by_the_sessions_date_or_of_another_establishment_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (late, theirs) = (await CareForeignTestData.Record(app), await CareForeignTestData.Record(app, "SHI"));
        // The record was registered 20 days ago; the session was 30 days ago.
        var session = await CareForeignTestData.DropIn(app, daysFromToday: -30);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var url = $"/careexperienced/dropins/{session.Id}/attendance";
        Assert.Null((await client.GetPage(url)).QuerySelector($"input[name=Attended][value='{late.Id}']"));
        foreach (var id in new[] { late.Id, theirs.Id })
        {
            var refused = await client.PostForm(url, url, [F("Attended", id.ToString())]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(["Select prisoners from the list: only prisoners on the care-experienced register by the session's date can be recorded"],
                (await StaffClient.Parse(refused)).ErrorSummary());
        }
        await using var db = app.Db(late.EstablishmentId);
        Assert.False(await db.DropInAttendances.IgnoreQueryFilters().AnyAsync(a => a.SessionId == session.Id));
    }

    [Fact]
    public async Task A_session_ending_before_it_starts_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var refused = await client.PostForm("/careexperienced/dropins/new", "/careexperienced/dropins/new",
            [F("Date", D(TestClock.Today)), F("StartTime", "2pm"), F("EndTime", "1pm"), F("Place", "Refusedplace"), F("RunWith", "")]);
        Assert.Equal(["The end time must be after the start time", "Enter who runs it with the prison"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        Assert.False(await db.DropInSessions.AnyAsync(s => s.Place == "Refusedplace"));
    }

    [Fact]
    public async Task The_family_lead_reads_and_another_establishments_session_is_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (ours, theirs) = (await CareForeignTestData.DropIn(app), await CareForeignTestData.DropIn(app, "SHI"));
        using (var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI"))
        {
            var page = await lead.GetPage($"/careexperienced/dropins/{ours.Id}");
            Assert.Null(page.QuerySelector($"a[href='/careexperienced/dropins/{ours.Id}/attendance']"));
            var denied = await lead.Http.GetAsync($"/careexperienced/dropins/{ours.Id}/attendance");
            Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.ToString().Contains("/error/403"), $"{(int)denied.StatusCode} {denied.Headers.Location}");
            Assert.Null((await lead.GetPage("/careexperienced/dropins")).QuerySelector("a[href='/careexperienced/dropins/new']"));
        }
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        foreach (var url in new[] { $"/careexperienced/dropins/{theirs.Id}", $"/careexperienced/dropins/{theirs.Id}/attendance" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await CrossPost.To(client, $"/careexperienced/dropins/{ours.Id}/attendance", $"/careexperienced/dropins/{theirs.Id}/attendance")).StatusCode);
        Assert.DoesNotContain($"/careexperienced/dropins/{theirs.Id}\"", (await client.Http.GetStringAsync("/careexperienced/dropins")));
    }
}
