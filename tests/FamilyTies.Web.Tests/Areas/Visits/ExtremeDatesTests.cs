using System.Net;
using FamilyTies.Web.Tests.Infrastructure;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>The first and last dates the calendar has, typed into the session form or the timetable's week: never a server error.</summary>
[Collection("App")]
public sealed class ExtremeDatesTests(AppFixture fixture)
{
    [Theory]
    [InlineData("31/12/9999")]
    [InlineData("1/1/0001")]
    public async Task A_new_session_from_the_first_or_last_date_next_to_one_that_clashes_is_answered_not_failed(string validFrom)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        await AddSession(app, room, DayOfWeek.Wednesday, 18, 20);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var name = "Edge " + Guid.NewGuid().ToString("N")[..6];
        var response = await manager.PostForm("/visits/sessions/new", "/visits/sessions/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["RoomId"] = room.Id.ToString(), ["DayOfWeek"] = "Wednesday", ["StartTime"] = "18:30", ["EndTime"] = "19:30",
            ["ValidFrom"] = validFrom, ["ValidTo"] = "", ["WeeklyFrequency"] = "1", ["OpenCapacity"] = "20", ["ClosedCapacity"] = "0",
            ["VisitType"] = "Social", ["Locations"] = "",
        });
        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            // Refused only for its date (out of range, or the clash it would have), never for another field.
            var errors = (await StaffClient.Parse(response)).ErrorSummary();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.True(e.Contains("runs from", StringComparison.OrdinalIgnoreCase) || e.Contains("already has", StringComparison.Ordinal), e));
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("31/12/9999")]
    [InlineData("1/1/0001")]
    [InlineData("1/1/1066")]
    public async Task A_week_outside_the_timetable_s_range_shows_this_week_and_says_why(string week)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var staff = await At(app, "visits.wymott", "WYI");
        var response = await staff.Http.GetAsync($"/visits/timetable?week={Uri.EscapeDataString(week)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal("Week starting " + Spelt(ThisMonday), page.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal(["Enter a week between 1 January 2000 and 31 December 2099: this week is shown instead"], page.ErrorSummary());
    }

    [Fact]
    public async Task The_first_and_last_weeks_in_range_have_no_link_beyond_the_range()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var staff = await At(app, "visits.wymott", "WYI");
        var first = await staff.GetPage("/visits/timetable?week=2000-01-01");
        Assert.Empty(first.ErrorSummary());
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        var last = await staff.GetPage("/visits/timetable?week=2099-12-31");
        Assert.Empty(last.ErrorSummary());
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.NotNull(last.QuerySelector("a[rel=prev]"));
    }
}
