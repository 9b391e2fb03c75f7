using System.Net;
using FamilyTies.Web.Tests.Infrastructure;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed class TimetableTests(AppFixture fixture)
{
    [Fact]
    public async Task A_week_shows_the_sessions_that_run_in_it_with_every_n_weeks_and_valid_dates_respected()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var start = ThisMonday.AddDays(7 * 10);
        var fortnightly = await AddSession(app, room, DayOfWeek.Thursday, 10, 11, s => { s.ValidFrom = start; s.WeeklyFrequency = 2; });
        var later = await AddSession(app, room, DayOfWeek.Thursday, 12, 13, s => s.ValidFrom = start.AddDays(7));
        var ending = await AddSession(app, room, DayOfWeek.Thursday, 14, 15, s => s.ValidTo = start.AddDays(7 + 3));
        using var staff = await At(app, "visits.wymott", "WYI");

        bool Runs(AngleSharp.Html.Dom.IHtmlDocument page, DateOnly monday, int sessionId) =>
            page.QuerySelector($"[data-testid=day-{Iso(monday.AddDays(3))}] [data-testid=session-{sessionId}]") is not null;

        var week0 = await staff.GetPage($"/visits/timetable?week={Iso(start)}");
        Assert.Equal((true, false, true), (Runs(week0, start, fortnightly.Id), Runs(week0, start, later.Id), Runs(week0, start, ending.Id)));
        var week1 = await staff.GetPage($"/visits/timetable?week={Input(start.AddDays(7 + 4))}");
        Assert.Equal("Week starting " + Spelt(start.AddDays(7)), week1.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal((false, true, true), (Runs(week1, start.AddDays(7), fortnightly.Id), Runs(week1, start.AddDays(7), later.Id), Runs(week1, start.AddDays(7), ending.Id)));
        var week2 = await staff.GetPage($"/visits/timetable?week={Iso(start.AddDays(14))}");
        Assert.Equal((true, true, false), (Runs(week2, start.AddDays(14), fortnightly.Id), Runs(week2, start.AddDays(14), later.Id), Runs(week2, start.AddDays(14), ending.Id)));

        var row = week2.QuerySelector($"[data-testid=session-{later.Id}]")!.TextContent;
        Assert.Contains("midday to 1pm", row);
        Assert.Contains(room.Name, row);
        Assert.Contains("0 of 20 open", row);
        Assert.Contains("0 of 2 closed", row);
        Assert.Contains("Social visit", row);
        Assert.Contains("All prisoners", row);
    }

    [Fact]
    public async Task This_week_is_the_default_and_next_and_previous_links_move_a_week()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var staff = await At(app, "visits.wymott", "WYI");
        var page = await staff.GetPage("/visits/timetable");
        Assert.Equal("Week starting " + Spelt(ThisMonday), page.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal($"/visits/timetable?week={Iso(ThisMonday.AddDays(7))}", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"/visits/timetable?week={Iso(ThisMonday.AddDays(-7))}", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(7, page.QuerySelectorAll("[data-testid^=day-][aria-labelledby]").Length);
        Assert.Contains("Today", page.QuerySelector($"[data-testid=day-{Iso(Today)}] h2")!.TextContent);

        var nonsense = await staff.GetPage("/visits/timetable?week=not-a-date");
        Assert.Equal("Week starting " + Spelt(ThisMonday), nonsense.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
    }

    [Fact]
    public async Task Evening_and_weekend_sessions_are_tagged()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var evening = await AddSession(app, room, DayOfWeek.Wednesday, 17, 19);
        var weekend = await AddSession(app, room, DayOfWeek.Saturday, 10, 12);
        var weekday = await AddSession(app, room, DayOfWeek.Wednesday, 10, 12);
        using var staff = await At(app, "visits.wymott", "WYI");
        var page = await staff.GetPage($"/visits/timetable?week={Iso(ThisMonday.AddDays(7))}");

        Assert.Equal("Evening", page.QuerySelector($"[data-testid=session-{evening.Id}] [data-testid=evening]")!.TextContent);
        Assert.Null(page.QuerySelector($"[data-testid=session-{evening.Id}] [data-testid=weekend]"));
        Assert.Equal("Weekend", page.QuerySelector($"[data-testid=session-{weekend.Id}] [data-testid=weekend]")!.TextContent);
        Assert.Null(page.QuerySelector($"[data-testid=session-{weekend.Id}] [data-testid=evening]"));
        Assert.Null(page.QuerySelector($"[data-testid=session-{weekday.Id}] .govuk-tag"));
    }

    [Fact]
    public async Task Only_the_visits_manager_is_offered_blocking_from_the_timetable()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Tuesday);
        var week = $"/visits/timetable?week={Iso(ThisMonday.AddDays(14))}";
        using var staff = await At(app, "visits.wymott", "WYI");
        Assert.Null((await staff.GetPage(week)).QuerySelector($"[data-testid=session-{session.Id}] a"));
        using var lead = await At(app, "familylead.wymott", "WYI");
        Assert.Null((await lead.GetPage(week)).QuerySelector($"[data-testid=session-{session.Id}] a"));
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        Assert.NotNull((await manager.GetPage(week)).QuerySelector($"[data-testid=session-{session.Id}] a[href^='/visits/blocks/new']"));

        using var security = await At(app, "security.wymott", "WYI");
        Assert.Contains("/error/403", (await security.Http.GetAsync(week)).Headers.Location!.ToString());
        using var anonymous = StaffClient.Anonymous(app);
        Assert.Contains("/sign-in", (await anonymous.Http.GetAsync(week)).Headers.Location!.ToString());
    }

    [Fact]
    public async Task Another_establishment_s_sessions_are_not_on_the_timetable()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "WYI");
        var session = await AddSession(app, room, DayOfWeek.Tuesday);
        using var littlehey = await StaffClient.SignedIn(app, "visits.littlehey");
        var page = await littlehey.GetPage($"/visits/timetable?week={Iso(ThisMonday.AddDays(7))}");
        Assert.Null(page.QuerySelector($"[data-testid=session-{session.Id}]"));
        Assert.DoesNotContain(room.Name, page.Body!.TextContent);
        Assert.Contains("Visits hall", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_visits_landing_page_links_to_each_part_of_visits_by_role()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var manager = await At(app, "visitsmanager.wymott", "WYI");
        var links = (await manager.GetPage("/visits")).QuerySelectorAll("[data-testid=visits-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/visits/book", "/visits/find", "/visits/day", "/visits/unresolved", "/visits/no-visits", "/contacts", "/visits/needs-review", "/visits/timetable", "/visits/blocks", "/visits/sessions", "/visits/rooms", "/visits/tables", "/visits/video", "/visiting"], links);

        using var staff = await At(app, "visits.wymott", "WYI");
        var staffLinks = (await staff.GetPage("/visits")).QuerySelectorAll("[data-testid=visits-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/visits/book", "/visits/find", "/visits/day", "/visits/unresolved", "/visits/no-visits", "/contacts", "/visits/needs-review", "/visits/timetable", "/visits/blocks", "/visits/sessions", "/visits/rooms", "/visits/tables", "/visits/video", "/visiting"], staffLinks);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/visits/blocks")).StatusCode);
        foreach (var page in new[] { "/visits/no-visits", "/contacts", "/visits/tables" })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync(page)).StatusCode);
        }

        // The family lead reads visits but books nothing, so is not offered booking.
        using var lead = await At(app, "familylead.wymott", "WYI");
        var leadLinks = (await lead.GetPage("/visits")).QuerySelectorAll("[data-testid=visits-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/visits/find", "/visits/day", "/visits/unresolved", "/visits/no-visits", "/contacts", "/visits/needs-review", "/visits/timetable", "/visits/blocks", "/visits/sessions", "/visits/rooms", "/visits/tables", "/visits/video", "/visiting"], leadLinks);
        foreach (var page in new[] { "/visits/no-visits", "/contacts", "/visits/tables" })
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.Http.GetAsync(page)).StatusCode);
        }
    }
}
