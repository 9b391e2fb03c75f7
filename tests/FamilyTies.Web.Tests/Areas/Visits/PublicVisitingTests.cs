using System.Net;
using System.Text.RegularExpressions;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.Visits.VisitsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

[Collection("App")]
public sealed partial class PublicVisitingTests(AppFixture fixture)
{
    private static List<(string Day, string Time)> Times(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=visiting-times] tbody tr")
            .Select(r => (r.QuerySelector("[data-testid=day]")!.TextContent.Trim(), r.QuerySelector("[data-testid=time]")!.TextContent.Trim()))
            .ToList();

    [Fact]
    public async Task Littlehey_s_page_lists_its_published_timetable_without_signing_in()
    {
        using var family = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var response = await family.Http.GetAsync("/visiting/lhi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);

        Assert.Equal("Visiting HMP Littlehey", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(
        [
            ("Tuesday", "2pm to 4pm"), ("Wednesday", "2pm to 4pm"), ("Thursday", "2pm to 4pm"), ("Friday", "2pm to 4pm"),
            ("Saturday", "9am to 11am"), ("Saturday", "2pm to 4pm"), ("Sunday", "9am to 11am"), ("Sunday", "2pm to 4pm"),
        ], Times(page));
        var rows = page.QuerySelectorAll("[data-testid=visiting-times] tbody tr");
        Assert.All(rows.Take(4), r => Assert.Null(r.QuerySelector("[data-testid=weekend]")));
        Assert.All(rows.Skip(4), r => Assert.NotNull(r.QuerySelector("[data-testid=weekend]")));
        Assert.Empty(page.QuerySelectorAll("[data-testid=evening]"));

        Assert.Equal("01480 335136", page.QuerySelector("[data-testid=booking-number]")!.TextContent);
        Assert.Contains("Tuesday to Sunday, 8:30am to 4:30pm", page.QuerySelector("[data-testid=booking-hours]")!.TextContent);
        Assert.Contains("No more than 3 adults", page.QuerySelector("[data-testid=visit-rules]")!.TextContent);
        Assert.Contains("up to £40 for each adult and £5 for each child", page.QuerySelector("[data-testid=bring]")!.TextContent);
        Assert.Contains("Children under 16 do not need ID", page.QuerySelector("[data-testid=id-rules]")!.TextContent);
        Assert.Contains("Adults (aged 18 or over) must bring photo ID", page.QuerySelector("[data-testid=id-rules]")!.TextContent);
        Assert.Equal("https://www.gov.uk/help-with-prison-visits", page.QuerySelector("[data-testid=help-with-prison-visits]")!.GetAttribute("href"));
        Assert.Contains("Help with Prison Visits scheme", page.Body!.TextContent);
        Assert.Contains("Play area, refreshments, hearing loop", page.Body.TextContent);

        // The public look: no staff navigation, nobody signed in.
        Assert.Null(page.QuerySelector(".moj-primary-navigation"));
        Assert.Null(page.QuerySelector("[data-testid=signed-in-user]"));
    }

    [Fact]
    public async Task The_page_is_made_from_the_establishment_settings_and_session_templates_in_the_database()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var id = await app.EstablishmentId("SHI");
        FamilyTies.Domain.Establishments.Establishment before;
        await using (var db = app.Db())
        {
            before = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == id);
        }
        try
        {
            await using (var db = app.Db())
            {
                var e = await db.Establishments.SingleAsync(x => x.Id == id);
                e.VisitsBookingNumber = "01630 999888";
                e.VisitsBookingHours = "Monday to Thursday, 10am to 2pm";
                e.ChildIdAge = 14;
                e.MaxAdultsPerVisit = 2;
                e.MaxVisitorsPerVisit = 5;
                e.SpendPerAdult = 25m;
                e.SpendPerChild = 2.5m;
                e.MinBookingNoticeDays = 2;
                e.MaxBookingNoticeDays = 21;
                await db.SaveChangesAsync();
            }
            var room = await AddRoom(app, "SHI");
            var evening = await AddSession(app, room, DayOfWeek.Friday, 17, 19, s =>
            {
                s.StartTime = new TimeOnly(17, 30);
                s.EndTime = new TimeOnly(19, 30);
                s.VisitType = VisitType.Family;
                s.IncentiveLevels = "Enhanced";
            });
            await AddSession(app, room, DayOfWeek.Monday, 9, 10, s => s.ValidFrom = Day(DayOfWeek.Monday, 2));
            await AddSession(app, room, DayOfWeek.Monday, 11, 12, s => s.ValidFrom = Today.AddDays(40));
            await AddSession(app, room, DayOfWeek.Monday, 13, 14, s => s.ValidTo = Today.AddDays(-1));
            await AddSession(app, room, DayOfWeek.Monday, 15, 16, s => s.Active = false);

            using var family = StaffClient.Anonymous(app);
            var page = await family.GetPage("/visiting/SHI");
            Assert.Equal("01630 999888", page.QuerySelector("[data-testid=booking-number]")!.TextContent);
            Assert.Contains("Monday to Thursday, 10am to 2pm", page.QuerySelector("[data-testid=booking-hours]")!.TextContent);
            Assert.Contains("Book at least 2 days before the visit and up to 21 days ahead", Regex.Replace(page.QuerySelector("[data-testid=booking-notice]")!.TextContent, @"\s+", " "));
            Assert.Contains("Children under 14 do not need ID", page.QuerySelector("[data-testid=id-rules]")!.TextContent);
            Assert.Contains("Children aged 14 to 17 must bring ID", page.QuerySelector("[data-testid=id-rules]")!.TextContent);
            Assert.Contains("Up to 5 visitors", page.QuerySelector("[data-testid=visit-rules]")!.TextContent);
            Assert.Contains("No more than 2 adults", page.QuerySelector("[data-testid=visit-rules]")!.TextContent);
            Assert.Contains("up to £25 for each adult and £2.50 for each child", page.QuerySelector("[data-testid=bring]")!.TextContent);

            var times = Times(page);
            Assert.Contains(("Friday", "5:30pm to 7:30pm"), times);
            Assert.Contains(("Monday", "9am to 10am"), times);
            Assert.DoesNotContain(("Monday", "11am to midday"), times);
            Assert.DoesNotContain(("Monday", "1pm to 2pm"), times);
            Assert.DoesNotContain(("Monday", "3pm to 4pm"), times);
            var eveningRow = page.QuerySelectorAll("[data-testid=visiting-times] tbody tr").Single(r => r.TextContent.Contains("5:30pm to 7:30pm"));
            Assert.Equal("Evening", eveningRow.QuerySelector("[data-testid=evening]")!.TextContent);
            Assert.Contains("Family visit", eveningRow.TextContent);
            Assert.Contains("For prisoners on: Enhanced only", eveningRow.TextContent);
            var soonRow = page.QuerySelectorAll("[data-testid=visiting-times] tbody tr").Single(r => r.TextContent.Contains("9am to 10am"));
            Assert.Contains("Starts " + Spelt(Day(DayOfWeek.Monday, 2)), soonRow.TextContent);

            await using (var db = app.Db(id))
            {
                (await db.SessionTemplates.SingleAsync(s => s.Id == evening.Id)).Active = false;
                await db.SaveChangesAsync();
            }
            Assert.DoesNotContain(("Friday", "5:30pm to 7:30pm"), Times(await family.GetPage("/visiting/shi")));
        }
        finally
        {
            await using var db = app.Db();
            var e = await db.Establishments.SingleAsync(x => x.Id == id);
            (e.VisitsBookingNumber, e.VisitsBookingHours, e.ChildIdAge, e.MaxAdultsPerVisit, e.MaxVisitorsPerVisit) =
                (before.VisitsBookingNumber, before.VisitsBookingHours, before.ChildIdAge, before.MaxAdultsPerVisit, before.MaxVisitorsPerVisit);
            (e.SpendPerAdult, e.SpendPerChild, e.MinBookingNoticeDays, e.MaxBookingNoticeDays) =
                (before.SpendPerAdult, before.SpendPerChild, before.MinBookingNoticeDays, before.MaxBookingNoticeDays);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_page_shows_no_prisoner_or_visitor_data()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var room = await AddRoom(app, "SHI");
        var session = await AddSession(app, room, DayOfWeek.Thursday, 10, 12);
        var prisoner = await PeopleTestData.Prisoner(app, "SHI", "Neverpublished");
        var (contact, _) = await PeopleTestData.Contact(app, prisoner, "Hiddenvisitor", new DateOnly(1980, 5, 5));
        var visit = await BookedVisit(app, prisoner, session, Day(DayOfWeek.Thursday, 1));

        using var family = StaffClient.Anonymous(app);
        var html = await (await family.Http.GetAsync("/visiting/shi")).Content.ReadAsStringAsync();
        Assert.Contains("10am to midday", html);
        Assert.DoesNotContain("Neverpublished", html);
        Assert.DoesNotContain(prisoner.PrisonNumber, html);
        Assert.DoesNotContain(contact.FirstName, html);
        Assert.DoesNotContain(visit.Reference, html);
        Assert.DoesNotContain("07700 900123", html);
        Assert.Empty(PrisonNumber().Matches(html));
    }

    [Fact]
    public async Task The_index_lists_every_establishment_and_an_unknown_one_is_not_found()
    {
        using var family = StaffClient.Anonymous(fixture.App(DatabaseKind.Sqlite));
        var index = await family.GetPage("/visiting");
        var links = index.QuerySelectorAll("[data-testid=establishments] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("HMP Littlehey", "/visiting/lhi"), ("HMP Wymott", "/visiting/wyi"), ("HMPYOI Stoke Heath", "/visiting/shi")], links);
        Assert.Equal(HttpStatusCode.NotFound, (await family.Http.GetAsync("/visiting/xyz")).StatusCode);
    }

    [Fact]
    public async Task Every_page_s_footer_links_to_the_visiting_information()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var family = StaffClient.Anonymous(app);
        var signIn = await family.GetPage("/sign-in");
        Assert.Equal("Visiting information for families", signIn.QuerySelector(".govuk-footer a[href='/visiting']")!.TextContent);
        using var staff = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.NotNull((await staff.GetPage("/visits")).QuerySelector(".govuk-footer a[href='/visiting']"));
        // Signed in, the page is still the establishment asked for, not the user's own.
        Assert.Equal("Visiting HMP Littlehey", (await staff.GetPage("/visiting/lhi")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(("Tuesday", "2pm to 4pm"), Times(await staff.GetPage("/visiting/lhi")));
    }

    [GeneratedRegex(@"\b[A-Z]\d{4}[A-Z]{2}\b")]
    private static partial Regex PrisonNumber();
}
