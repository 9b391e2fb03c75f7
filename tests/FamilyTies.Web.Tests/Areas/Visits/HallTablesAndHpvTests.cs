using System.Net;
using FamilyTies.Data.Measures;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// Hall tables (issue 13 §3) and Help with Prison Visits per family (§6) through the real app: the visits manager's
/// tables and the refusals (a duplicate number, retiring a table with visits allocated), Help with Prison Visits told
/// and stamped with theirs, the measure, and isolation. Each test has an establishment of its own.
/// </summary>
/// <remarks>An app of its own (it adds establishments, which the shared app's national figures must not see).</remarks>
public sealed class HallTablesAndHpvTests(Dashboard.SelfAssessmentTests.OwnApp fixture) : IClassFixture<Dashboard.SelfAssessmentTests.OwnApp>
{
    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    private static DateOnly Today => VisitsTestData.Today;

    private static Dictionary<string, string> TableForm(int roomId, string label, bool accessible = false, bool play = false, bool quiet = false, bool active = true) => new()
    {
        ["RoomId"] = roomId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Label"] = label,
        ["Accessible"] = accessible ? "true" : "false", ["NearPlayArea"] = play ? "true" : "false", ["Quiet"] = quiet ? "true" : "false", ["Active"] = active ? "true" : "false",
    };

    [Fact]
    public async Task The_visits_manager_adds_and_changes_tables_a_number_is_unique_in_its_room_and_visits_staff_only_read()
    {
        var at = await NoVisitsTests.Establishment(App);
        var room = await VisitsTestData.AddRoom(App, at.Code, "Main hall");
        using var manager = await TestUsers.SignedInAs(App, Roles.VisitsManager, at.Code);
        var added = await manager.PostForm("/visits/tables/new", "/visits/tables/new", TableForm(room.Id, "12", accessible: true, play: true));
        Assert.Equal("Table 12 added", await VisitsTestData.SuccessBanner(manager, added));
        await using (var db = App.Db(at.Id))
        {
            var t = await db.HallTables.SingleAsync(x => x.RoomId == room.Id);
            Assert.Equal(("12", true, true, false, true), (t.Label, t.Accessible, t.NearPlayArea, t.Quiet, t.Active));
        }
        var again = await manager.PostForm("/visits/tables/new", "/visits/tables/new", TableForm(room.Id, " 12 "));
        Assert.Equal(["There is already a table 12 in Main hall"], (await StaffClient.Parse(again)).ErrorSummary());
        var noLabel = await manager.PostForm("/visits/tables/new", "/visits/tables/new", TableForm(room.Id, ""));
        Assert.Equal(["Enter the table's number or name, like 12"], (await StaffClient.Parse(noLabel)).ErrorSummary());
        int id;
        await using (var db = App.Db(at.Id))
        {
            Assert.Equal(1, await db.HallTables.CountAsync(x => x.RoomId == room.Id));
            id = (await db.HallTables.SingleAsync(x => x.RoomId == room.Id)).Id;
        }
        var changed = await manager.PostForm($"/visits/tables/{id}", $"/visits/tables/{id}", TableForm(room.Id, "12", quiet: true));
        Assert.Equal("Table 12 updated", await VisitsTestData.SuccessBanner(manager, changed));
        var list = await manager.GetPage("/visits/tables");
        Assert.Contains("quiet", list.QuerySelector($"[data-testid=table-{id}]")!.TextContent);

        using var staff = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var staffList = await staff.GetPage("/visits/tables");
        Assert.NotNull(staffList.QuerySelector($"[data-testid=table-{id}]"));
        Assert.Null(staffList.QuerySelector($"a[href='/visits/tables/{id}']"));
        Assert.Null(staffList.QuerySelector("a[href='/visits/tables/new']"));
        var refused = await VisitsTestData.PostAnyway(staff, $"/visits/tables/{id}", TableForm(room.Id, "13"));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, refused.StatusCode.ToString());
        Assert.NotEqual($"/visits/tables", refused.Headers.Location?.ToString());
        await using (var db = App.Db(at.Id))
        {
            Assert.Equal("12", (await db.HallTables.SingleAsync(x => x.Id == id)).Label);
        }
    }

    [Fact]
    public async Task A_table_with_a_visit_allocated_from_today_cannot_be_retired_until_the_visit_has_another_table()
    {
        var at = await NoVisitsTests.Establishment(App);
        var room = await VisitsTestData.AddRoom(App, at.Code);
        var prisoner = await NoVisitsTests.Prisoner(App, at, "Tabled", Today.AddDays(-30));
        var visit = await VisitsTestData.BookedVisit(App, prisoner, at.Session, Today.AddDays(3));
        var past = await VisitsTestData.BookedVisit(App, prisoner, at.Session, Today.AddDays(-7));
        HallTable table, spare;
        await using (var db = App.Db(at.Id))
        {
            table = new HallTable { RoomId = room.Id, Label = "4" };
            spare = new HallTable { RoomId = room.Id, Label = "5" };
            db.HallTables.AddRange(table, spare);
            await db.SaveChangesAsync();
            db.VisitAttendances.AddRange(
                new VisitAttendance { VisitId = visit.Id, PrisonerId = prisoner.Id, Date = visit.Date, HallTableId = table.Id },
                new VisitAttendance { VisitId = past.Id, PrisonerId = prisoner.Id, Date = past.Date, HallTableId = table.Id, Outcome = VisitOutcome.Completed });
            await db.SaveChangesAsync();
        }
        using var manager = await TestUsers.SignedInAs(App, Roles.VisitsManager, at.Code);
        var page = await manager.GetPage($"/visits/tables/{table.Id}");
        Assert.NotNull(page.QuerySelector($"[data-testid=table-allocations] a[href='/visits/day/visits/{visit.Id}/arrival']"));
        var retire = await manager.PostForm($"/visits/tables/{table.Id}", $"/visits/tables/{table.Id}", TableForm(room.Id, "4", active: false));
        var error = Assert.Single((await StaffClient.Parse(retire)).ErrorSummary());
        Assert.Contains($"1 visit allocated from today, the first {visit.Reference}", error);
        await using (var db = App.Db(at.Id))
        {
            Assert.True((await db.HallTables.SingleAsync(t => t.Id == table.Id)).Active);
            var a = await db.VisitAttendances.SingleAsync(x => x.VisitId == visit.Id);
            a.HallTableId = spare.Id;
            await db.SaveChangesAsync();
        }
        var retired = await manager.PostForm($"/visits/tables/{table.Id}", $"/visits/tables/{table.Id}", TableForm(room.Id, "4", active: false));
        Assert.Equal("Table 4 retired", await VisitsTestData.SuccessBanner(manager, retired));
        await using (var db = App.Db(at.Id))
        {
            Assert.False((await db.HallTables.SingleAsync(t => t.Id == table.Id)).Active);
            // The past visit keeps its table.
            Assert.Equal(table.Id, (await db.VisitAttendances.SingleAsync(x => x.VisitId == past.Id)).HallTableId);
        }
    }

    [Fact]
    public async Task Another_establishments_tables_and_families_are_not_found()
    {
        var here = await NoVisitsTests.Establishment(App);
        var there = await NoVisitsTests.Establishment(App);
        var theirRoom = await VisitsTestData.AddRoom(App, there.Code);
        HallTable theirs;
        await using (var db = App.Db(there.Id))
        {
            theirs = new HallTable { RoomId = theirRoom.Id, Label = "9" };
            db.HallTables.Add(theirs);
            await db.SaveChangesAsync();
        }
        var theirPrisoner = await NoVisitsTests.Prisoner(App, there, "Elsewhere", Today.AddDays(-30));
        var (theirContact, _) = await PeopleTestData.Contact(App, theirPrisoner, "Farfamily", new DateOnly(1980, 1, 1));
        using var manager = await TestUsers.SignedInAs(App, Roles.VisitsManager, here.Code);
        var myRoom = await VisitsTestData.AddRoom(App, here.Code);
        Assert.Null((await manager.GetPage("/visits/tables")).QuerySelector($"[data-testid=table-{theirs.Id}]"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/visits/tables/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(manager, $"/visits/tables/{theirs.Id}", TableForm(theirRoom.Id, "10"))).StatusCode);
        var intoTheirRoom = await manager.PostForm("/visits/tables/new", "/visits/tables/new", TableForm(theirRoom.Id, "1"));
        Assert.Equal(["Select the room the table is in"], (await StaffClient.Parse(intoTheirRoom)).ErrorSummary());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/visits/hpv/contacts/{theirContact.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await VisitsTestData.PostAnyway(manager, $"/visits/hpv/contacts/{theirContact.Id}/told",
            new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today), ["How"] = "Phone" })).StatusCode);
        await using var check = App.Db(there.Id);
        Assert.Equal("9", (await check.HallTables.SingleAsync(t => t.Id == theirs.Id)).Label);
        Assert.False(await check.HpvTolds.AnyAsync(h => h.ContactId == theirContact.Id));
        await using var mine = App.Db(here.Id);
        Assert.False(await mine.HallTables.AnyAsync(t => t.RoomId == myRoom.Id));
    }

    private async Task<(NoVisitsTests.Place At, Prisoner Prisoner, Contact Family)> Family()
    {
        var at = await NoVisitsTests.Establishment(App);
        var prisoner = await NoVisitsTests.Prisoner(App, at, "Hpvprisoner", Today.AddDays(-60));
        var (family, _) = await PeopleTestData.Contact(App, prisoner, "Hpvfamily", new DateOnly(1975, 6, 6));
        return (at, prisoner, family);
    }

    private async Task<Visit> VisitWith(NoVisitsTests.Place at, Prisoner prisoner, Contact family, DateOnly date, VisitOutcome? outcome = VisitOutcome.Completed,
        VisitStatus status = VisitStatus.Booked)
    {
        var visit = await NoVisitsTests.Visit(App, at, prisoner, date, outcome, status);
        await using var db = App.Db(at.Id);
        var saved = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Id == visit.Id);
        saved.Visitors.Add(new VisitVisitor { ContactId = family.Id, AgeOnVisit = 50 });
        saved.MainContactId = family.Id;
        await db.SaveChangesAsync();
        return saved;
    }

    private async Task<decimal?> FamiliesTold(int establishment)
    {
        await using var db = App.Db(establishment);
        var now = db.Clock.GetUtcNow();
        var results = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(LondonTime.DateOf(now), now)]));
        return results.Value("hpv.families_told", establishment, 0).Value;
    }

    [Fact]
    public async Task Visits_staff_record_a_family_told_about_help_with_prison_visits_and_the_measure_counts_the_family_once()
    {
        var (at, _, family) = await Family();
        using var staff = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var contactPage = await staff.GetPage($"/contacts/{family.Id}");
        Assert.NotNull(contactPage.QuerySelector($"[data-testid=contact-hpv][href='/visits/hpv/contacts/{family.Id}']"));
        var url = $"/visits/hpv/contacts/{family.Id}";
        Assert.Equal((decimal?)0, await FamiliesTold(at.Id));
        var told = await staff.PostForm(url, url + "/told", new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today), ["How"] = "Phone" });
        Assert.Equal("Recorded that the family was told about Help with Prison Visits", await VisitsTestData.SuccessBanner(staff, told));
        var again = await staff.PostForm(url, url + "/told", new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today), ["How"] = "Letter" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await staff.GetPage(url);
        var list = page.QuerySelector("[data-testid=hpv-told]")!.TextContent;
        Assert.Contains($"{LondonTime.FormatDate(Today)}: by phone", list);
        Assert.Contains($"{LondonTime.FormatDate(Today)}: by letter", list);
        Assert.Equal((decimal?)1, await FamiliesTold(at.Id));

        foreach (var (fields, error) in new[]
        {
            (new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today), ["How"] = "" }, "Select how the family was told"),
            (new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today.AddDays(1)), ["How"] = "Phone" }, "Date told must be between"),
            (new Dictionary<string, string> { ["ToldOn"] = "", ["How"] = "Phone" }, "Enter the date the family was told"),
        })
        {
            var refused = await staff.PostForm(url, url + "/told", fields);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains((await StaffClient.Parse(refused)).ErrorSummary(), e => e.StartsWith(error, StringComparison.Ordinal));
        }
        using var lead = await TestUsers.SignedInAs(App, Roles.FamilyLead, at.Code);
        Assert.Null((await lead.GetPage(url)).QuerySelector("form[action$='/told']"));
        var forbidden = await VisitsTestData.PostAnyway(lead, url + "/told", new Dictionary<string, string> { ["ToldOn"] = VisitsTestData.Input(Today), ["How"] = "Phone" });
        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, forbidden.StatusCode.ToString());
        await using var db = App.Db(at.Id);
        Assert.Equal(2, await db.HpvTolds.CountAsync(h => h.ContactId == family.Id));
    }

    [Fact]
    public async Task A_claim_form_is_stamped_once_at_a_visit_of_the_family_that_took_place_and_other_stamps_are_refused()
    {
        var (at, prisoner, family) = await Family();
        var attended = await VisitWith(at, prisoner, family, Today.AddDays(-7));
        var cancelled = await VisitWith(at, prisoner, family, Today.AddDays(-14), null, VisitStatus.Cancelled);
        var noShow = await VisitWith(at, prisoner, family, Today.AddDays(-21), VisitOutcome.VisitorDidNotArrive);
        var future = await VisitWith(at, prisoner, family, Today.AddDays(7), null);
        var (stranger, _) = await PeopleTestData.Contact(App, prisoner, "Otherfamily", new DateOnly(1970, 2, 2));
        var strangers = await VisitWith(at, prisoner, stranger, Today.AddDays(-28));
        using var staff = await TestUsers.SignedInAs(App, Roles.VisitsStaff, at.Code);
        var url = $"/visits/hpv/contacts/{family.Id}";
        Dictionary<string, string> Stamp(Visit v, DateOnly on) => new() { ["VisitId"] = v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StampedOn"] = VisitsTestData.Input(on) };

        var page = await staff.GetPage(url);
        var offered = page.QuerySelectorAll("select[name=VisitId] option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }).ToList();
        Assert.Equal([attended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], offered);

        foreach (var (visit, on, error) in new[]
        {
            (cancelled, cancelled.Date, $"Visit {cancelled.Reference} was cancelled"),
            (noShow, noShow.Date, $"Visit {noShow.Reference} did not take place"),
            (future, Today, $"Visit {future.Reference} has not happened yet"),
            (strangers, strangers.Date, "Select the visit the claim form was stamped at"),
            (attended, attended.Date.AddDays(-1), "The claim form is stamped at the visit: the date must be on or after"),
        })
        {
            var refused = await VisitsTestData.PostAnyway(staff, url + "/stamped", Stamp(visit, on));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(error, Assert.Single((await StaffClient.Parse(refused)).ErrorSummary()));
        }
        await using (var db = App.Db(at.Id))
        {
            Assert.False(await db.VisitAttendances.AnyAsync(a => a.PrisonerId == prisoner.Id && a.HpvClaimStampedAt != null));
        }
        var stamped = await staff.PostForm(url, url + "/stamped", Stamp(attended, attended.Date));
        Assert.Equal("Claim form stamp recorded", await VisitsTestData.SuccessBanner(staff, stamped));
        var after = await staff.GetPage(url);
        Assert.Contains($"Visit {attended.Reference} on {LondonTime.FormatDate(attended.Date)}: stamped {LondonTime.FormatDate(attended.Date)}", after.QuerySelector("[data-testid=hpv-stamped]")!.TextContent);
        var twice = await VisitsTestData.PostAnyway(staff, url + "/stamped", Stamp(attended, Today));
        Assert.Contains("already stamped", Assert.Single((await StaffClient.Parse(twice)).ErrorSummary()));
        await using (var db = App.Db(at.Id))
        {
            var a = await db.VisitAttendances.SingleAsync(x => x.VisitId == attended.Id);
            Assert.Equal(attended.Date, LondonTime.DateOf(a.HpvClaimStampedAt!.Value));
        }
    }
}
