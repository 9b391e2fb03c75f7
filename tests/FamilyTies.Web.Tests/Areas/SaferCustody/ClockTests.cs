using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>
/// Service levels, voicemail gaps, the 14-day rule and the figures, with the app's clock moved by the test
/// (FakeTimeProvider in place of TimeProvider.System). The clock is set in the future so the shared database's
/// real-time demo data cannot interfere.
/// </summary>
[Collection("App")]
public sealed class ClockTests(AppFixture fixture)
{
    private static DateTimeOffset London(int y, int mo, int d, int h, int mi) => London(new DateOnly(y, mo, d), h, mi);

    private static DateTimeOffset London(DateOnly day, int h, int mi) => LondonTime.ToInstant(day, new TimeOnly(h, mi));

    /// <summary>A fresh sign-in at the current fake time (a moved clock may have outlived the last cookie).</summary>
    private static Task<StaffClient> SignIn(WebApplicationFactory<Program> app, string user) => StaffClient.SignedIn(app, user);

    [Fact]
    public async Task Time_to_breach_is_shown_at_the_boundaries_and_counts_real_time_across_the_October_clock_change()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        // Sunday 31 October 2027: at 02:00 BST the clocks go back to 01:00 GMT.
        var clock = new FakeTimeProvider(London(2027, 10, 31, 0, 46));
        using var factory = WithClock(app, clock);
        using var client = await SignIn(factory, "safercustody.wymott");
        var received = London(2027, 10, 31, 0, 45);
        var id = await LogContact(client, Contact(received, imminent: true, callback: false).With(Escalation(received.AddMinutes(1))));
        var reference = SaferCustodyContact.FormatReference(id);

        async Task<string> Status()
        {
            var page = await client.GetPage("/safercustody/contacts");
            var row = page.QuerySelectorAll("[data-testid=contacts] tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
            return row.QuerySelectorAll("td")[4].TextContent.Trim();
        }

        clock.SetUtcNow(London(2027, 10, 31, 1, 14)); // 01:14 BST
        Assert.Equal("First action due in 1 minute", await Status());
        clock.SetUtcNow(London(2027, 10, 31, 1, 15)); // 01:15 BST: the stroke of the deadline
        Assert.Equal("First action due in less than a minute", await Status());
        clock.SetUtcNow(new DateTimeOffset(2027, 10, 31, 1, 10, 0, TimeSpan.Zero)); // 01:10 GMT: earlier on the wall clock, 55 minutes later in fact
        Assert.Equal("01:10 GMT", LondonTime.TimeInput(clock.GetUtcNow()));
        Assert.Equal("First action overdue by 55 minutes", await Status());

        // 01:10 happened twice that night, so the form asks which.
        var url = $"/safercustody/contacts/{id}/actions/new";
        var ambiguous = await client.PostForm(url, url, new Dictionary<string, string> { ["Kind"] = "WelfareCheck", ["OccurredDate"] = "31/10/2027", ["OccurredTime"] = "01:10" });
        Assert.Equal(["The time it was done happened twice that night because the clocks went back: add BST for the first or GMT for the second, like 01:30 GMT"],
            (await StaffClient.Parse(ambiguous)).ErrorSummary());
        var prefilled = await client.GetPage(url);
        Assert.Equal("01:10 GMT", prefilled.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#OccurredTime")!.Value);

        // A welfare check now is late by 55 minutes, and the contact page says so.
        await RecordAction(client, id, "WelfareCheck", clock.GetUtcNow());
        var details = await client.GetPage($"/safercustody/contacts/{id}");
        Assert.Equal("First action late by 55 minutes", details.QuerySelector("[data-testid=service-levels]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_landing_page_says_so_when_the_voicemail_gap_in_line_hours_exceeds_the_interval()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        // Stoke Heath: line staffed 9am to 5pm every day; check at least every 480 staffed minutes. The days are well
        // after the demo history's voicemail checks, whatever day the run is on (FAMILYTIES_TEST_NOW): a seeded check
        // later than this test's own would be the "last checked" one.
        var first = TestClock.Today.AddDays(400);
        var second = first.AddDays(1);
        DateTimeOffset On(DateOnly day, int h, int mi) => LondonTime.ToInstant(day, new TimeOnly(h, mi));
        var clock = new FakeTimeProvider(On(first, 10, 0));
        using var factory = WithClock(app, clock);
        using (var client = await SignIn(factory, "safercustody.stokeheath"))
        {
            var response = await client.PostForm("/safercustody/voicemail", "/safercustody/voicemail", new Dictionary<string, string> { ["Form.MessagesFound"] = "0" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        async Task<bool> Overdue(DateTimeOffset at)
        {
            clock.SetUtcNow(at);
            using var client = await SignIn(factory, "safercustody.stokeheath");
            var page = await client.GetPage("/safercustody");
            return page.QuerySelector("[data-testid=voicemail-overdue]") is not null;
        }

        Assert.False(await Overdue(On(first, 16, 59)));
        Assert.False(await Overdue(On(second, 9, 59)));  // overnight does not count
        Assert.False(await Overdue(On(second, 10, 0)));  // exactly 8 staffed hours
        Assert.True(await Overdue(On(second, 10, 1)));
        Assert.True(await Overdue(On(second, 20, 0)));   // still overdue after the line closes

        clock.SetUtcNow(On(second, 20, 0));
        using var last = await SignIn(factory, "safercustody.stokeheath");
        var banner = (await last.GetPage("/safercustody")).QuerySelector("[data-testid=voicemail-overdue]")!.TextContent;
        Assert.Contains($"15 hours of staffed time since it was last checked at {LondonTime.FormatDate(first)} at 10am", Collapse(banner));
    }

    [Fact]
    public async Task A_prisoner_stays_on_the_act_on_this_list_until_asked_and_again_after_14_days_without_a_family_update()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var number = await NewPrisonNumber(app, "LHI");
        var clock = new FakeTimeProvider(London(2027, 2, 1, 10, 0));
        using var factory = WithClock(app, clock);

        async Task<string?> ActOnThis()
        {
            using var client = await SignIn(factory, "safercustody.littlehey");
            var page = await client.GetPage("/safercustody/cases");
            return page.QuerySelectorAll("[data-testid=act-on-this] li").Select(li => Collapse(li.TextContent))
                .SingleOrDefault(t => t.Contains(number, StringComparison.Ordinal));
        }

        int caseId;
        using (var client = await SignIn(factory, "safercustody.littlehey"))
        {
            var opened = await client.PostForm("/safercustody/cases/new", "/safercustody/cases/new",
                new Dictionary<string, string> { ["PrisonNumber"] = number, ["Kind"] = "Acct", ["OpenedOn"] = "1/2/2027" });
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            caseId = int.Parse(opened.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
            var again = await client.PostForm("/safercustody/cases/new", "/safercustody/cases/new",
                new Dictionary<string, string> { ["PrisonNumber"] = number, ["Kind"] = "Acct", ["OpenedOn"] = "1/2/2027" });
            Assert.Equal(["This prisoner already has an open ACCT"], (await StaffClient.Parse(again)).ErrorSummary());
        }
        Assert.EndsWith("Prisoner not yet asked whether family should be involved", await ActOnThis());

        async Task Record(Dictionary<string, string> fields)
        {
            using var client = await SignIn(factory, "safercustody.littlehey");
            var url = $"/safercustody/cases/{caseId}/entries/new";
            var response = await client.PostForm(url, url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await StaffClient.Parse(response)).ErrorSummary()));
        }

        await Record(new() { ["Kind"] = "PrisonerAsked", ["OccurredOn"] = "1/2/2027", ["Answer"] = "NotYetDecided" });
        Assert.EndsWith("Prisoner asked but has not yet decided", await ActOnThis());
        await Record(new() { ["Kind"] = "PrisonerAsked", ["OccurredOn"] = "1/2/2027", ["Answer"] = "Agreed", ["FamilyMember"] = "Wendy Testfamily (sister)" });
        Assert.Null(await ActOnThis());

        clock.SetUtcNow(London(2027, 2, 14, 23, 59)); // 13 days later
        Assert.Null(await ActOnThis());
        clock.SetUtcNow(London(2027, 2, 15, 0, 0));   // 14 days later
        Assert.EndsWith("No family update for 14 days", await ActOnThis());

        await Record(new() { ["Kind"] = "FamilyUpdated", ["OccurredOn"] = "15/2/2027", ["Notes"] = "Phoned his sister" });
        Assert.Null(await ActOnThis());

        using var meeting = await SignIn(factory, "safercustody.littlehey");
        var row = (await meeting.GetPage("/safercustody/meeting")).QuerySelectorAll("[data-testid=meeting] tbody tr")
            .Single(r => r.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("Wendy Testfamily (sister)", row.TextContent);
    }

    [Fact]
    public async Task The_landing_figures_cover_this_week_and_the_last_four_weeks()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        // A Wednesday in early May two years after the test clock's today (5 May 2027 with today's date), midday; this
        // week began on the Monday. Two years on is past the demo data's history and bookings, which are relative to
        // today, so the figures count this test's contacts only; May's last four weeks have no clock change.
        var wednesday = new DateOnly(TestClock.Today.Year + 2, 5, 5);
        while (wednesday.DayOfWeek != DayOfWeek.Wednesday)
        {
            wednesday = wednesday.AddDays(1);
        }
        var clock = new FakeTimeProvider(London(wednesday, 12, 0));
        using var factory = WithClock(app, clock);
        using var client = await SignIn(factory, "safercustody.stokeheath");

        var monday = London(wednesday.AddDays(-2), 9, 0);
        var first = await LogContact(client, Contact(monday));
        await RecordAction(client, first, "PrisonerSpokenTo", monday.AddMinutes(20), consent: "Given");
        var url = $"/safercustody/contacts/{first}/caller/new";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(url, url, new Dictionary<string, string>
        {
            ["Result"] = "Told", ["OccurredDate"] = LondonTime.DateInput(wednesday.AddDays(-2)), ["OccurredTime"] = "10:00", ["Disclosure"] = "WelfareAndActions", ["Notes"] = "Told her he is safe",
        })).StatusCode);

        var tuesday = London(wednesday.AddDays(-1), 10, 0);
        var second = await LogContact(client, Contact(tuesday, category: "BullyingAndViolence"));
        await RecordAction(client, second, "WelfareCheck", tuesday.AddHours(1));

        var earlier = London(wednesday.AddDays(-15), 10, 0); // the Tuesday two weeks before
        var third = await LogContact(client, Contact(earlier, channel: "WebForm", callback: false));
        await RecordAction(client, third, "KeyWorkerTold", earlier.AddHours(3));

        var page = await client.GetPage("/safercustody");
        string[] Row(string id) => page.QuerySelectorAll($"[data-testid=figure-{id}] td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["2", "3"], Row("contacts"));
        Assert.Equal(["40 minutes", "1 hour"], Row("median"));
        Assert.Equal(["1 hour", "3 hours"], Row("p90"));
        Assert.Equal(["1 of 2 (50%)", "1 of 2 (50%)"], Row("told"));
        Assert.Equal(["1", "1"], Row("missed")); // the second caller's call back was due on Wednesday at 10am
        Assert.Equal(["2 of 3 (67%)", "2 of 3 (67%)"], Row("acct")); // Stoke Heath's demo ACCTs: one not yet asked

        var channels = page.QuerySelectorAll("[data-testid=by-channel] tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
        Assert.Equal(["2", "2"], channels["Safer custody line"]);
        Assert.Equal(["0", "1"], channels["Web form or helpline portal"]);
        var concerns = page.QuerySelectorAll("[data-testid=by-category] tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());
        Assert.Equal(["1", "2"], concerns["Healthcare"]);
        Assert.Equal(["1", "1"], concerns["Bullying and violence"]);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
