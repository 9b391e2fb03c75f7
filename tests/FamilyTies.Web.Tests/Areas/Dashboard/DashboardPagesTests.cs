using System.Globalization;
using System.Net;
using System.Text;
using FamilyTies.Data.Measures;
using FamilyTies.Domain;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.Exports;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Areas.Dashboard;

/// <summary>The family lead's dashboard, a measure's page, the exports, the report and the national view, over HTTP on the demo data.</summary>
[Collection("App")]
public sealed class DashboardPagesTests(AppFixture fixture)
{
    private static string LastMonth => TestClock.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_dashboard_shows_every_measure_for_13_months_with_its_target_and_a_status_tag()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var page = await lead.GetPage("/dashboard?month=" + LastMonth);
        foreach (var m in MeasureRegistry.All)
        {
            var row = page.QuerySelector($"[data-testid='measure-{m.Key}']");
            Assert.NotNull(row);
            Assert.Equal(13 + 2, row!.QuerySelectorAll("td").Length); // 13 months, the target, the status
            Assert.NotNull(row.QuerySelector("[data-testid=status] .govuk-tag"));
        }
        var told = page.QuerySelector("[data-testid='measure-safercustody.caller_told_pct']")!;
        Assert.Equal("90%", told.QuerySelectorAll("td")[13].TextContent.Trim());
        Assert.Contains(told.QuerySelector(".govuk-tag")!.TextContent.Trim(), new[] { "Met", "Not met", "No figure" });

        foreach (var link in page.QuerySelectorAll("a[href^='/dashboard/measures/']").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var response = await lead.Http.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_measure_page_has_a_chart_a_trend_table_and_its_rows_paged()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var page = await lead.GetPage($"/dashboard/measures/needs.children_pct?month={LastMonth}");
        Assert.NotNull(page.QuerySelector("svg.ft-chart[role=img] title"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal(13, page.QuerySelectorAll("[data-testid=trend] tbody tr").Length);
        Assert.Equal(25, page.QuerySelectorAll("[data-testid=rows] tbody tr").Length); // 200 demo prisoners, 25 to a page
        Assert.NotNull(page.QuerySelector(".govuk-pagination"));
        var second = await lead.GetPage($"/dashboard/measures/needs.children_pct?month={LastMonth}&page=2");
        Assert.NotEqual(page.QuerySelector("[data-testid=rows] tbody tr")!.TextContent, second.QuerySelector("[data-testid=rows] tbody tr")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync("/dashboard/measures/no.such.measure")).StatusCode);
    }

    [Fact]
    public async Task The_establishment_export_has_one_row_per_measure_in_the_documented_columns()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var csv = await lead.Http.GetAsync("/dashboard/measures.csv?month=" + LastMonth);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,title,value,numerator,denominator,target,unit,establishment,month", lines[0]);
        Assert.Equal(MeasureRegistry.All.Select(m => m.Key), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",WYI," + LastMonth, l));
        Assert.Contains(lines, l => l.StartsWith("safercustody.caller_told_pct,Callers told the outcome,", StringComparison.Ordinal) && l.Contains(",90,percent,", StringComparison.Ordinal));

        var xlsx = await lead.Http.GetAsync("/dashboard/measures.xlsx?month=" + LastMonth);
        var cells = ExportsTests.Cells(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal("key", cells["A1"].Text);
        Assert.Equal("visits.booked", cells["A2"].Text);
        Assert.Equal("WYI", cells["H2"].Text);

        var rows = await lead.Http.GetAsync($"/dashboard/measures/needs.children_pct/rows.csv?month={LastMonth}");
        var rowLines = Encoding.UTF8.GetString(await rows.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The header and one row per prisoner on last month's roll: the measure's denominator in the export (Wymott's demo
        // prisoners who had arrived by then, and any other tests on this app added).
        var denominator = int.Parse(lines.Single(l => l.StartsWith("needs.children_pct,", StringComparison.Ordinal)).Split(',')[4]);
        Assert.True(denominator > 100, $"roll of {denominator}");
        Assert.Equal(denominator + 1, rowLines.Length);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    [InlineData("garbage")]
    [InlineData("1999-12")]
    public async Task A_bad_month_gives_a_clear_message_on_the_pages_and_not_found_on_the_exports(string month)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        foreach (var url in new[] { "/dashboard", "/dashboard/report", "/dashboard/measures/visits.booked" })
        {
            var response = await lead.Http.GetAsync($"{url}?month={month}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var summary = (await StaffClient.Parse(response)).ErrorSummary().Single();
            Assert.StartsWith("Enter ", summary);
        }
        foreach (var url in new[] { "/dashboard/measures.csv", "/dashboard/measures.xlsx", "/dashboard/measures/visits.booked/rows.csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lead.Http.GetAsync($"{url}?month={month}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_national_export_has_a_row_per_establishment_and_measure_and_the_view_groups_by_type()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var national = await StaffClient.SignedIn(app, "national.viewer");
        var csv = await national.Http.GetAsync("/dashboard/national/measures.csv?month=" + LastMonth);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,title,value,numerator,denominator,target,unit,establishment,month", lines[0]);
        Assert.Equal(3 * MeasureRegistry.All.Count, lines.Length - 1);
        Assert.Equal(["LHI", "SHI", "WYI"], lines.Skip(1).Select(l => l.Split(',')[^2]).Distinct().Order());

        var page = await national.GetPage($"/dashboard/national?month={LastMonth}&sort=needs.on_roll&order=desc");
        Assert.Equal(["Category C training prison (male)", "Young offender institution"], page.QuerySelectorAll("h2.govuk-heading-m").Select(h => h.TextContent.Trim()).Take(2));
        Assert.Equal("descending", page.QuerySelector("th[aria-sort=descending]")?.GetAttribute("aria-sort"));
        Assert.Equal(HttpStatusCode.Redirect, (await national.Http.GetAsync("/dashboard/measures.csv")).StatusCode);
    }

    [Fact]
    public async Task National_viewers_opening_the_same_month_at_once_each_get_the_whole_view_and_nothing_is_kept_after()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var one = await StaffClient.SignedIn(app, "national.viewer");
        using var two = await StaffClient.SignedIn(app, "national.viewer");
        var url = $"/dashboard/national?month={LastMonth}&sort=needs.on_roll&order=desc";
        var pages = await Task.WhenAll(one.GetPage(url), two.GetPage(url));
        var tables = pages.Select(p => p.QuerySelectorAll("table").Select(t => t.TextContent).ToList()).ToList();
        Assert.NotEmpty(tables[0]);
        Assert.Equal(tables[0], tables[1]);
        Assert.Contains("Wymott", string.Join(" ", tables[0]), StringComparison.Ordinal);
        Assert.Equal(0, app.Services.GetRequiredService<FamilyTies.Web.Areas.Dashboard.National.NationalViewRuns>().Running);
    }
}
