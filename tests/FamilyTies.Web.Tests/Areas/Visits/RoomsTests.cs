using System.Net;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed class RoomsTests(AppFixture fixture)
{
    [Fact]
    public async Task A_visits_manager_adds_a_room_and_cannot_switch_it_off_while_a_session_uses_it()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var name = "Family room " + Guid.NewGuid().ToString("N")[..6];

        var added = await manager.PostForm("/visits/rooms/new", "/visits/rooms/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["Kind"] = "FamilyRoom", ["Tables"] = "6", ["ClosedBooths"] = "0", ["Facilities"] = "Soft play, baby changing",
        });
        Assert.Equal($"Room {name} added", await SuccessBanner(manager, added));
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        var room = await db.Rooms.AsNoTracking().SingleAsync(r => r.Name == name);
        Assert.Equal((RoomKind.FamilyRoom, 6, 0, "Soft play, baby changing", true), (room.Kind, room.Tables, room.ClosedBooths, room.Facilities, room.Active));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == nameof(Room) && a.EntityId == room.Id.ToString() && a.Action == "Created"));

        var duplicate = await manager.PostForm("/visits/rooms/new", "/visits/rooms/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["Kind"] = "VisitsHall", ["Tables"] = "6", ["ClosedBooths"] = "0",
        });
        Assert.Equal([$"There is already a room called {name}"], (await StaffClient.Parse(duplicate)).ErrorSummary());

        var session = await AddSession(app, room, DayOfWeek.Sunday, 10, 12);
        var refused = await manager.PostForm($"/visits/rooms/{room.Id}", $"/visits/rooms/{room.Id}", new Dictionary<string, string> { ["Active"] = "false" }, keepPrefilled: true);
        Assert.Equal([$"The room cannot be switched off while sessions use it: switch off {session.Name} first"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.True((await db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id)).Active);

        await manager.PostForm($"/visits/sessions/{session.Id}/deactivate", $"/visits/sessions/{session.Id}/deactivate", []);
        var off = await manager.PostForm($"/visits/rooms/{room.Id}", $"/visits/rooms/{room.Id}", new Dictionary<string, string> { ["Active"] = "false" }, keepPrefilled: true);
        Assert.Equal($"Room {name} updated", await SuccessBanner(manager, off));
        Assert.False((await db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id)).Active);

        // A switched-off room is not offered for new sessions.
        var form = await manager.GetPage("/visits/sessions/new");
        Assert.Null(form.QuerySelector($"#RoomId option[value='{room.Id}']"));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Name", "", "Enter the name of the room, like Visits hall 1" },
        { "Name", new string('x', 101), "Name must be 100 characters or fewer" },
        { "Kind", "", "Select the kind of room" },
        { "Kind", "Ballroom", "Select the kind of room" },
        { "Tables", "", "Enter the number of tables" },
        { "Tables", "201", "Tables must be between 0 and 200" },
        { "ClosedBooths", "51", "Closed-visit booths must be between 0 and 50" },
        { "ClosedBooths", "some", "Closed-visit booths must be a number, like 12" },
        { "Facilities", new string('x', 501), "Facilities must be 500 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Each_bad_room_is_refused_with_its_message_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var name = "Refused room " + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "VisitsHall", ["Tables"] = "10", ["ClosedBooths"] = "1", ["Facilities"] = "" };
        form[field] = value;
        var response = await manager.PostForm("/visits/rooms/new", "/visits/rooms/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = app.Db(await app.EstablishmentId("WYI"));
        Assert.False(await db.Rooms.AnyAsync(r => r.Name == name));
    }
}
