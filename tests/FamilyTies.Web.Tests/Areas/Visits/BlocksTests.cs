using System.Net;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed class BlocksTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Blocking_a_date_moves_every_visit_booked_that_day_to_needs_review_and_unblocking_keeps_the_history(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var room = await AddRoom(app, "WYI");
        var afternoon = await AddSession(app, room, DayOfWeek.Saturday, 14, 16);
        var morning = await AddSession(app, room, DayOfWeek.Saturday, 9, 11);
        var date = Day(DayOfWeek.Saturday, 2);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Blockedout");
        var other = await PeopleTestData.Prisoner(app, "WYI", "Alsoblocked");
        var inAfternoon = await BookedVisit(app, prisoner, afternoon, date);
        var inMorning = await BookedVisit(app, other, morning, date);
        var cancelled = await BookedVisit(app, other, afternoon, date, VisitStatus.Cancelled);
        var nextWeek = await BookedVisit(app, prisoner, afternoon, date.AddDays(7));
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var response = await manager.PostForm("/visits/blocks/new", "/visits/blocks/new", new Dictionary<string, string>
        {
            ["Date"] = Input(date), ["SessionTemplateId"] = "", ["Reason"] = "Whole-prison search",
        });
        Assert.Equal("/visits/blocks", response.Headers.Location!.ToString());
        Assert.Equal($"Every session on {Spelt(date)} blocked. 2 booked visits moved to needs review", await SuccessBanner(manager, response));

        await using (var db = app.Db(room.EstablishmentId))
        {
            var block = await db.BlockedDates.SingleAsync(b => b.Date == date && !b.Removed);
            Assert.Null(block.SessionTemplateId);
            Assert.Equal("Whole-prison search", block.Reason);
            var visits = await db.Visits.Where(v => new[] { inAfternoon.Id, inMorning.Id, cancelled.Id, nextWeek.Id }.Contains(v.Id)).ToDictionaryAsync(v => v.Id);
            Assert.True(visits[inAfternoon.Id].NeedsReview);
            Assert.True(visits[inMorning.Id].NeedsReview);
            Assert.Equal(NeedsReviewReason.Blocked, visits[inMorning.Id].NeedsReviewReason);
            Assert.Equal("Visits blocked: Whole-prison search", visits[inMorning.Id].NeedsReviewDetail);
            Assert.False(visits[cancelled.Id].NeedsReview);
            Assert.False(visits[nextWeek.Id].NeedsReview);
            Assert.Equal(2, await db.VisitEvents.CountAsync(e => (e.VisitId == inAfternoon.Id || e.VisitId == inMorning.Id) && e.Type == VisitEventType.FlaggedForReview));

            var created = await db.AuditEvents.SingleAsync(a => a.EntityType == nameof(BlockedDate) && a.EntityId == block.Id.ToString());
            Assert.Equal("Created", created.Action);
            Assert.Contains("Whole-prison search", created.Changes);
            // The block and the flags were saved together: one correlation id.
            var flaggedAudit = await db.AuditEvents.Where(a => a.EntityType == nameof(Visit) && a.Action == "Updated" && a.EntityId == inMorning.Id.ToString()).ToListAsync();
            Assert.Contains(flaggedAudit, a => a.CorrelationId == created.CorrelationId && a.Changes!.Contains("NeedsReview"));
        }

        var list = await manager.GetPage("/visits/blocks");
        var row = list.QuerySelectorAll("[data-testid=blocks] tbody tr").Single(r => r.TextContent.Contains(Spelt(date)));
        Assert.Contains("Every session", row.TextContent);
        Assert.Contains("Whole-prison search", row.TextContent);
        Assert.Contains("Visits manager (HMP Wymott)", row.TextContent);

        var week = await manager.GetPage($"/visits/timetable?week={Iso(date)}");
        var day = week.QuerySelector($"[data-testid=day-{Iso(date)}]")!;
        Assert.Contains("Every session is blocked: Whole-prison search", day.QuerySelector("[data-testid=day-blocked]")!.TextContent);
        Assert.NotNull(day.QuerySelector($"[data-testid=session-{afternoon.Id}] [data-testid=blocked]"));

        Assert.Equal($"Every session on {Spelt(date)} is already blocked", Assert.Single((await StaffClient.Parse(
            await manager.PostForm("/visits/blocks/new", "/visits/blocks/new", new Dictionary<string, string> { ["Date"] = Input(date), ["Reason"] = "Again" }))).ErrorSummary()));

        int blockId;
        await using (var db = app.Db(room.EstablishmentId))
        {
            blockId = (await db.BlockedDates.SingleAsync(b => b.Date == date && !b.Removed)).Id;
        }
        var removed = await manager.PostForm($"/visits/blocks/{blockId}/remove", $"/visits/blocks/{blockId}/remove", []);
        Assert.Equal($"Block on {Spelt(date)} removed", await SuccessBanner(manager, removed));

        await using (var db = app.Db(room.EstablishmentId))
        {
            var kept = await db.BlockedDates.SingleAsync(b => b.Id == blockId);
            Assert.True(kept.Removed);
            Assert.True((await db.Visits.SingleAsync(v => v.Id == inMorning.Id)).NeedsReview);
            Assert.Equal(["Created", "Updated"], await db.AuditEvents.Where(a => a.EntityType == nameof(BlockedDate) && a.EntityId == blockId.ToString())
                .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }
        var after = await manager.GetPage($"/visits/timetable?week={Iso(date)}");
        Assert.Null(after.QuerySelector($"[data-testid=day-{Iso(date)}] [data-testid=day-blocked]"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/visits/blocks/{blockId}/remove")).StatusCode);
    }

    [Fact]
    public async Task Blocking_one_session_flags_only_that_session_s_visits_and_families_see_it_cancelled()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var blocked = await AddSession(app, room, DayOfWeek.Sunday, 14, 16);
        var stillOn = await AddSession(app, room, DayOfWeek.Sunday, 9, 11);
        var date = Day(DayOfWeek.Sunday, 1);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var hit = await BookedVisit(app, prisoner, blocked, date);
        var missed = await BookedVisit(app, prisoner, stillOn, date);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var fromTimetable = await manager.GetPage($"/visits/timetable?week={Iso(date)}");
        var link = fromTimetable.QuerySelector($"[data-testid=session-{blocked.Id}] a[href^='/visits/blocks/new']")!.GetAttribute("href")!;
        Assert.Equal($"/visits/blocks/new?date={Iso(date)}&sessionTemplateId={blocked.Id}", link);
        var response = await manager.PostForm(link, "/visits/blocks/new", new Dictionary<string, string> { ["Reason"] = "Staff training" }, keepPrefilled: true);
        Assert.Equal($"Session blocked on {Spelt(date)}. 1 booked visit moved to needs review", await SuccessBanner(manager, response));

        await using var db = app.Db(room.EstablishmentId);
        Assert.Equal(blocked.Id, (await db.BlockedDates.SingleAsync(b => b.Date == date && b.SessionTemplateId != null && !b.Removed && b.SessionTemplateId == blocked.Id)).SessionTemplateId);
        Assert.True((await db.Visits.SingleAsync(v => v.Id == hit.Id)).NeedsReview);
        Assert.False((await db.Visits.SingleAsync(v => v.Id == missed.Id)).NeedsReview);

        var week = await manager.GetPage($"/visits/timetable?week={Iso(date)}");
        Assert.NotNull(week.QuerySelector($"[data-testid=session-{blocked.Id}] [data-testid=blocked]"));
        Assert.Null(week.QuerySelector($"[data-testid=session-{stillOn.Id}] [data-testid=blocked]"));

        using var family = StaffClient.Anonymous(app);
        var publicPage = await family.GetPage("/visiting/wyi");
        var cancelled = publicPage.QuerySelector("[data-testid=cancelled]")!.TextContent;
        Assert.Contains($"{Spelt(date)}: the 2pm to 4pm visits are cancelled", cancelled);
        Assert.DoesNotContain("Staff training", publicPage.Body!.TextContent);
    }

    public static TheoryData<string, string, string, string> BadBlocks => new()
    {
        { "", "", "Search", "Enter the date to block" },
        { "30/2/2030", "", "Search", "Date must be a real date, like 27/3/1985" },
        { "yesterday", "", "Search", "Date must be a real date, like 27/3/1985" },
        { "past", "", "Search", FamilyTies.Web.Infrastructure.DateRanges.Error("Date", FamilyTies.Web.Infrastructure.DateRanges.For(FamilyTies.Web.Infrastructure.DateKind.Upcoming, FamilyTies.Testing.TestClock.Today)) },
        { "tuesday", "", "", "Enter the reason for the block" },
        { "tuesday", "", new string('x', 301), "Reason must be 300 characters or fewer" },
        { "wednesday", "session", "Search", "does not run on" },
        { "tuesday", "999999", "Search", "Select a session from the list" },
    };

    [Theory]
    [MemberData(nameof(BadBlocks))]
    public async Task Bad_blocks_are_refused_with_their_message_and_nothing_is_saved(string date, string session, string reason, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var tuesdays = await AddSession(app, room, DayOfWeek.Tuesday);
        var dateValue = date switch
        {
            "past" => Input(Today.AddDays(-1)),
            "tuesday" => Input(Day(DayOfWeek.Tuesday, 5)),
            "wednesday" => Input(Day(DayOfWeek.Wednesday, 5)),
            _ => date,
        };
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        await using var db = app.Db(room.EstablishmentId);
        var before = await db.BlockedDates.CountAsync();

        var response = await manager.PostForm("/visits/blocks/new", "/visits/blocks/new", new Dictionary<string, string>
        {
            ["Date"] = dateValue, ["SessionTemplateId"] = session == "session" ? tuesdays.Id.ToString() : session, ["Reason"] = reason,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Assert.Single((await StaffClient.Parse(response)).ErrorSummary()));
        Assert.Equal(before, await db.BlockedDates.CountAsync());
    }

    [Fact]
    public async Task Visits_staff_and_the_family_lead_see_blocks_but_only_the_visits_manager_blocks_and_unblocks()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Day(DayOfWeek.Monday, 6);
        int blockId;
        await using (var db = app.Db(await app.EstablishmentId("WYI")))
        {
            var block = new BlockedDate { Date = date, Reason = "Bank holiday staffing" };
            db.BlockedDates.Add(block);
            await db.SaveChangesAsync();
            blockId = block.Id;
        }
        foreach (var user in new[] { "visits.wymott", "familylead.wymott" })
        {
            using var client = await At(app, user, "WYI");
            var list = await client.GetPage("/visits/blocks");
            Assert.Contains("Bank holiday staffing", list.QuerySelector("[data-testid=blocks]")!.TextContent);
            Assert.Null(list.QuerySelector("a[href='/visits/blocks/new']"));
            Assert.Null(list.QuerySelector($"a[href='/visits/blocks/{blockId}/remove']"));
            foreach (var url in new[] { "/visits/blocks/new", $"/visits/blocks/{blockId}/remove" })
            {
                Assert.Contains("/error/403", (await client.Http.GetAsync(url)).Headers.Location!.ToString());
            }
            Assert.Contains("/error/403", (await PostAnyway(client, "/visits/blocks/new",
                new Dictionary<string, string> { ["Date"] = Input(date.AddDays(1)), ["Reason"] = "Not allowed" })).Headers.Location!.ToString());
            Assert.Contains("/error/403", (await PostAnyway(client, $"/visits/blocks/{blockId}/remove", new Dictionary<string, string>())).Headers.Location!.ToString());
        }
        using var security = await At(app, "security.wymott", "WYI");
        Assert.Contains("/error/403", (await security.Http.GetAsync("/visits/blocks")).Headers.Location!.ToString());

        await using var check = app.Db(await app.EstablishmentId("WYI"));
        Assert.False((await check.BlockedDates.SingleAsync(b => b.Id == blockId)).Removed);
        Assert.False(await check.BlockedDates.AnyAsync(b => b.Reason == "Not allowed"));
    }

    [Fact]
    public async Task Another_establishment_s_blocks_and_sessions_cannot_be_seen_blocked_or_removed()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var wymottSession = await AddSession(app, room, DayOfWeek.Tuesday);
        var date = Day(DayOfWeek.Tuesday, 7);
        int blockId;
        await using (var db = app.Db(room.EstablishmentId))
        {
            var block = new BlockedDate { Date = date, Reason = "Wymott only" };
            db.BlockedDates.Add(block);
            await db.SaveChangesAsync();
            blockId = block.Id;
        }
        using var littlehey = await StaffClient.SignedIn(app, "visitsmanager.littlehey");
        Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync($"/visits/blocks/{blockId}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAnyway(littlehey, $"/visits/blocks/{blockId}/remove", new Dictionary<string, string>())).StatusCode);
        Assert.DoesNotContain("Wymott only", (await littlehey.GetPage("/visits/blocks")).Body!.TextContent);

        var refused = await littlehey.PostForm("/visits/blocks/new", "/visits/blocks/new", new Dictionary<string, string>
        {
            ["Date"] = Input(date), ["SessionTemplateId"] = wymottSession.Id.ToString(), ["Reason"] = "Not theirs",
        });
        Assert.Equal(["Select a session from the list"], (await StaffClient.Parse(refused)).ErrorSummary());
        await using var check = app.Db(room.EstablishmentId);
        Assert.False((await check.BlockedDates.SingleAsync(b => b.Id == blockId)).Removed);
    }
}
