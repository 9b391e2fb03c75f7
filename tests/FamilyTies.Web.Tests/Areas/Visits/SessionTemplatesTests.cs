using System.Net;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed class SessionTemplatesTests(AppFixture fixture)
{
    private static Dictionary<string, string> ValidForm(Room room, string name) => new()
    {
        ["Name"] = name, ["RoomId"] = room.Id.ToString(), ["DayOfWeek"] = "Wednesday", ["StartTime"] = "6:30pm", ["EndTime"] = "20:00",
        ["ValidFrom"] = Input(ThisMonday), ["ValidTo"] = "", ["WeeklyFrequency"] = "1", ["OpenCapacity"] = "20", ["ClosedCapacity"] = "0",
        ["VisitType"] = "Family", ["Locations"] = "a, B-1", ["IncentiveLevels"] = "Enhanced",
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_visits_manager_adds_an_evening_session_that_shows_on_the_timetable_and_is_audited(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var room = await AddRoom(app, "WYI");
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var name = "Family evening " + Guid.NewGuid().ToString("N")[..6];

        var response = await manager.PostForm("/visits/sessions/new", "/visits/sessions/new", ValidForm(room, name));
        Assert.Equal("/visits/sessions", response.Headers.Location!.ToString());
        Assert.Equal($"Session {name} added", await SuccessBanner(manager, response));

        await using var db = app.Db(room.EstablishmentId);
        var saved = await db.SessionTemplates.SingleAsync(s => s.Name == name);
        Assert.Equal((DayOfWeek.Wednesday, new TimeOnly(18, 30), new TimeOnly(20, 0)), (saved.DayOfWeek, saved.StartTime, saved.EndTime));
        Assert.Equal((20, 0, 1, VisitType.Family), (saved.OpenCapacity, saved.ClosedCapacity, saved.WeeklyFrequency, saved.VisitType));
        Assert.Equal(("A,B-1", "Enhanced"), (saved.Locations, saved.IncentiveLevels));
        Assert.True(saved.IsEvening);
        var audit = await db.AuditEvents.SingleAsync(a => a.EntityType == nameof(SessionTemplate) && a.EntityId == saved.Id.ToString());
        Assert.Equal("Created", audit.Action);
        Assert.NotNull(audit.UserId);

        var week = await manager.GetPage($"/visits/timetable?week={Iso(Day(DayOfWeek.Wednesday, 1))}");
        var row = week.QuerySelector($"[data-testid=day-{Iso(Day(DayOfWeek.Wednesday, 1))}] [data-testid=session-{saved.Id}]")!;
        Assert.Contains("6:30pm to 8pm", row.TextContent);
        Assert.Contains("Family visit", row.TextContent);
        Assert.Contains("Enhanced only; locations A, B-1 only", row.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=evening]"));
        Assert.Null(row.QuerySelector("[data-testid=weekend]"));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Name", "", "Enter a name for the session, like Tuesday afternoon" },
        { "RoomId", "", "Select a room" },
        { "RoomId", "999999", "Select a room" },
        { "DayOfWeek", "", "Select the day of the week" },
        { "DayOfWeek", "Funday", "Select the day of the week" },
        { "StartTime", "", "Enter the start time" },
        { "StartTime", "25:00", "Start time must be a real time, like 14:00 or 2pm" },
        { "EndTime", "13pm", "End time must be a real time, like 14:00 or 2pm" },
        { "EndTime", "6pm", "End time must be after the start time" },
        { "EndTime", "18:30", "End time must be after the start time" },
        { "ValidFrom", "", "Enter the date the session runs from" },
        { "ValidFrom", "31/2/2026", "Runs from must be a real date, like 27/3/1985" },
        { "ValidTo", "1/1/2020", "The date the session runs until must be after the date it runs from" },
        { "WeeklyFrequency", "", "Enter the number of weeks between sessions, like 1 for every week" },
        { "WeeklyFrequency", "0", "Weeks between sessions must be between 1 and 8" },
        { "WeeklyFrequency", "9", "Weeks between sessions must be between 1 and 8" },
        { "WeeklyFrequency", "two", "Weeks between sessions must be a number, like 12" },
        { "OpenCapacity", "", "Enter the open capacity" },
        { "OpenCapacity", "201", "Open capacity must be between 0 and 200" },
        { "OpenCapacity", "-1", "Open capacity must be between 0 and 200" },
        { "OpenCapacity", "0", "Open and closed capacity cannot both be 0" },
        { "ClosedCapacity", "201", "Closed capacity must be between 0 and 200" },
        { "VisitType", "", "Select the type of visit" },
        { "Locations", "A; B", "Enter locations as wing or landing codes separated by commas, like A, B-1" },
        { "IncentiveLevels", "Platinum", "Select incentive levels from the list" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Each_bad_session_is_refused_with_its_message_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var name = "Refused " + Guid.NewGuid().ToString("N")[..6];
        var form = ValidForm(room, name);
        form[field] = value;

        var response = await manager.PostForm("/visits/sessions/new", "/visits/sessions/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.StartsWith("Error:", page.Title);
        await using var db = app.Db(room.EstablishmentId);
        Assert.False(await db.SessionTemplates.AnyAsync(s => s.Name == (field == "Name" ? value : name) && s.RoomId == room.Id));
    }

    [Fact]
    public async Task A_session_that_would_share_a_room_at_the_same_time_is_refused_but_alternate_weeks_are_allowed()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var existing = await AddSession(app, room, DayOfWeek.Wednesday, 18, 20, s => { s.ValidFrom = ThisMonday; s.WeeklyFrequency = 2; });
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var clash = ValidForm(room, "Clashing session");
        var response = await manager.PostForm("/visits/sessions/new", "/visits/sessions/new", clash);
        var error = Assert.Single((await StaffClient.Parse(response)).ErrorSummary());
        Assert.Equal($"{room.Name} already has the {existing.Name} session from 6pm to 8pm on {Spelt(Day(DayOfWeek.Wednesday, 0))}: choose other times or another room", error);

        var otherWeeks = ValidForm(room, "Other weeks " + Guid.NewGuid().ToString("N")[..6]);
        otherWeeks["WeeklyFrequency"] = "2";
        otherWeeks["ValidFrom"] = Input(ThisMonday.AddDays(7));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostForm("/visits/sessions/new", "/visits/sessions/new", otherWeeks)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changing_a_session_moves_the_visits_it_no_longer_fits_to_needs_review(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Tuesday);
        var onLevel = await PeopleTestData.Prisoner(app, "WYI", "Staysfine");
        var date = Day(DayOfWeek.Tuesday, 2);
        var visit = await BookedVisit(app, onLevel, session, date);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var unchanged = await manager.PostForm($"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}",
            new Dictionary<string, string> { ["OpenCapacity"] = "25" }, keepPrefilled: true);
        Assert.Equal($"Session {session.Name} updated", await SuccessBanner(manager, unchanged));

        var moved = await manager.PostForm($"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}",
            new Dictionary<string, string> { ["StartTime"] = "14:30" }, keepPrefilled: true);
        Assert.Equal($"Session {session.Name} updated. 1 booked visit moved to needs review", await SuccessBanner(manager, moved));

        await using var db = app.Db(room.EstablishmentId);
        var flagged = await db.Visits.SingleAsync(v => v.Id == visit.Id);
        Assert.True(flagged.NeedsReview);
        Assert.Equal(NeedsReviewReason.Blocked, flagged.NeedsReviewReason);
        Assert.Contains("2:30pm to 4pm", flagged.NeedsReviewDetail);
        Assert.True(await db.VisitEvents.AnyAsync(e => e.VisitId == visit.Id && e.Type == VisitEventType.FlaggedForReview));
        var changes = await db.AuditEvents.Where(a => a.EntityType == nameof(SessionTemplate) && a.EntityId == session.Id.ToString() && a.Action == "Updated")
            .Select(a => a.Changes).ToListAsync();
        Assert.Contains(changes, c => c!.Contains("OpenCapacity"));
        Assert.Contains(changes, c => c!.Contains("StartTime"));
    }

    [Fact]
    public async Task Limiting_who_may_use_a_session_flags_visits_of_prisoners_no_longer_eligible()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Thursday);
        var standard = await PeopleTestData.Prisoner(app, "WYI", "Onstandard");
        var enhanced = await PeopleTestData.Prisoner(app, "WYI", "Onenhanced");
        await using (var db = app.Db(enhanced.EstablishmentId))
        {
            (await db.Prisoners.SingleAsync(p => p.Id == enhanced.Id)).IncentiveLevel = IncentiveLevel.Enhanced;
            await db.SaveChangesAsync();
        }
        var date = Day(DayOfWeek.Thursday, 2);
        var standardVisit = await BookedVisit(app, standard, session, date);
        var enhancedVisit = await BookedVisit(app, enhanced, session, date);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var response = await manager.PostForm($"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}",
            new Dictionary<string, string> { ["IncentiveLevels"] = "Enhanced" }, keepPrefilled: true);
        Assert.EndsWith("1 booked visit moved to needs review", await SuccessBanner(manager, response));
        await using var check = app.Db(room.EstablishmentId);
        Assert.True((await check.Visits.SingleAsync(v => v.Id == standardVisit.Id)).NeedsReview);
        Assert.False((await check.Visits.SingleAsync(v => v.Id == enhancedVisit.Id)).NeedsReview);
    }

    [Fact]
    public async Task Switching_a_session_off_keeps_it_flags_its_visits_and_it_can_be_switched_on_again()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Friday);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var visit = await BookedVisit(app, prisoner, session, Day(DayOfWeek.Friday, 3));
        var past = await BookedVisit(app, prisoner, session, Day(DayOfWeek.Friday, -2));
        using var manager = await At(app, "visitsmanager.wymott", "WYI");

        var confirm = await manager.GetPage($"/visits/sessions/{session.Id}/deactivate");
        Assert.Contains("1 visit is booked into this session from today", confirm.QuerySelector(".govuk-warning-text")!.TextContent);
        var off = await manager.PostForm($"/visits/sessions/{session.Id}/deactivate", $"/visits/sessions/{session.Id}/deactivate", []);
        Assert.Equal($"Session {session.Name} switched off. 1 booked visit moved to needs review", await SuccessBanner(manager, off));

        await using (var db = app.Db(room.EstablishmentId))
        {
            var saved = await db.SessionTemplates.SingleAsync(s => s.Id == session.Id);
            Assert.False(saved.Active);
            Assert.True((await db.Visits.SingleAsync(v => v.Id == visit.Id)).NeedsReview);
            Assert.False((await db.Visits.SingleAsync(v => v.Id == past.Id)).NeedsReview);
        }
        var week = await manager.GetPage($"/visits/timetable?week={Iso(Day(DayOfWeek.Friday, 3))}");
        Assert.Null(week.QuerySelector($"[data-testid=session-{session.Id}]"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/visits/sessions/{session.Id}/deactivate")).StatusCode);

        var on = await manager.PostForm($"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}/reactivate", []);
        Assert.Equal($"Session {session.Name} switched on", await SuccessBanner(manager, on));
        await using var check = app.Db(room.EstablishmentId);
        Assert.True((await check.SessionTemplates.SingleAsync(s => s.Id == session.Id)).Active);
    }

    [Fact]
    public async Task Only_the_visits_manager_may_change_sessions_and_rooms_and_visits_roles_may_read_the_lists()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Monday);
        foreach (var user in new[] { "visits.wymott", "familylead.wymott", "security.wymott" })
        {
            using var client = await At(app, user, "WYI");
            var readable = user != "security.wymott";
            foreach (var list in new[] { "/visits/sessions", "/visits/rooms" })
            {
                var get = await client.Http.GetAsync(list);
                if (readable)
                {
                    Assert.Equal(HttpStatusCode.OK, get.StatusCode);
                    var page = await StaffClient.Parse(get);
                    Assert.Empty(page.QuerySelectorAll("a[href$='/new'], a[href^='/visits/sessions/'], a[href^='/visits/rooms/']"));
                }
                else
                {
                    Assert.Contains("/error/403", get.Headers.Location!.ToString());
                }
            }
            foreach (var url in new[] { "/visits/sessions/new", $"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}/deactivate", "/visits/rooms/new", $"/visits/rooms/{room.Id}" })
            {
                var get = await client.Http.GetAsync(url);
                Assert.True(get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location!.ToString().Contains("/error/403"), $"{user} GET {url}: {(int)get.StatusCode}");
            }
            var post = await PostAnyway(client, $"/visits/sessions/{session.Id}", ValidForm(room, "Hijacked"));
            Assert.Contains("/error/403", post.Headers.Location!.ToString());
            var deactivate = await PostAnyway(client, $"/visits/sessions/{session.Id}/deactivate", new Dictionary<string, string>());
            Assert.Contains("/error/403", deactivate.Headers.Location!.ToString());
            var newRoom = await PostAnyway(client, "/visits/rooms/new", new Dictionary<string, string> { ["Name"] = "Hijacked room", ["Kind"] = "VisitsHall", ["Tables"] = "1", ["ClosedBooths"] = "0" });
            Assert.Contains("/error/403", newRoom.Headers.Location!.ToString());
        }
        await using var db = app.Db(room.EstablishmentId);
        var unchanged = await db.SessionTemplates.SingleAsync(s => s.Id == session.Id);
        Assert.True(unchanged.Active);
        Assert.NotEqual("Hijacked", unchanged.Name);
        Assert.False(await db.Rooms.AnyAsync(r => r.Name == "Hijacked room"));

        using var staff = await At(app, "visits.wymott", "WYI");
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/visits/timetable")).StatusCode);
    }

    [Fact]
    public async Task Another_establishment_s_sessions_and_rooms_are_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Monday);
        using var littlehey = await StaffClient.SignedIn(app, "visitsmanager.littlehey");

        foreach (var url in new[] { $"/visits/sessions/{session.Id}", $"/visits/sessions/{session.Id}/deactivate", $"/visits/rooms/{room.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await PostAnyway(littlehey, $"/visits/sessions/{session.Id}", ValidForm(room, "Taken over"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAnyway(littlehey, $"/visits/sessions/{session.Id}/deactivate", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAnyway(littlehey, $"/visits/sessions/{session.Id}/reactivate", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAnyway(littlehey, $"/visits/rooms/{room.Id}",
            new Dictionary<string, string> { ["Name"] = "Taken", ["Kind"] = "VisitsHall", ["Tables"] = "1", ["ClosedBooths"] = "0", ["Active"] = "false" })).StatusCode);

        var lhiSessions = await littlehey.GetPage("/visits/sessions");
        Assert.DoesNotContain(session.Name, lhiSessions.Body!.TextContent);
        var lhiRooms = await littlehey.GetPage("/visits/rooms");
        Assert.DoesNotContain(room.Name, lhiRooms.Body!.TextContent);

        // A Littlehey session may not be put in a Wymott room either.
        var form = ValidForm(room, "Borrowed room");
        var refused = await littlehey.PostForm("/visits/sessions/new", "/visits/sessions/new", form);
        Assert.Equal(["Select a room"], (await StaffClient.Parse(refused)).ErrorSummary());
    }
}
