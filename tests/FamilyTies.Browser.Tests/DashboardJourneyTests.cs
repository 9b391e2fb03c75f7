using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FamilyTies.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// The family lead opens the dashboard, a measure and its rows, downloads them as CSV and Excel (and the test opens the
/// workbook), and prints the monthly report to one page. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class DashboardJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    [Fact]
    public async Task The_family_lead_reads_the_dashboard_drills_down_downloads_and_prints_the_monthly_report()
    {
        var lead = await fixture.NewStaffAsync([Roles.FamilyLead], "WYI");
        await _page.GotoAsync("/sign-in");
        await _page.Locator("#UserName").FillAsync(lead.UserName);
        await _page.Locator("#Password").FillAsync(BrowserFixture.DemoPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await _page.GotoAsync("/dashboard");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Family lead's dashboard");
        await Expect(_page.GetByTestId("measure-visits.booked").Locator(".govuk-tag")).ToBeVisibleAsync();
        await _page.AssertNoAxeViolationsAsync();

        // A measure: its chart, its 13 months and the rows behind this month's figure.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Prisoners with children under 18" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prisoners with children under 18");
        await Expect(_page.Locator("svg.ft-chart")).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("trend").Locator("tbody tr")).ToHaveCountAsync(13);
        await Expect(_page.GetByTestId("rows").Locator("tbody tr")).ToHaveCountAsync(25);
        await _page.AssertNoAxeViolationsAsync();

        var csv = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename);
        var csvText = await File.ReadAllTextAsync((await csv.PathAsync())!, Encoding.UTF8);
        Assert.StartsWith("Prison number,Prisoner,Location,Received,Children under 18,Counts", csvText.TrimStart('\uFEFF'));

        var xlsx = await _page.RunAndWaitForDownloadAsync(() => _page.GetByRole(AriaRole.Link, new() { Name = "as Excel" }).ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename);
        using (var zip = ZipFile.OpenRead((await xlsx.PathAsync())!))
        {
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = await sheet.ReadToEndAsync();
            Assert.Contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">Prison number</t></is></c>", xml);
        }

        // The monthly report prints on one page.
        await _page.GotoAsync("/dashboard");
        await _page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Monthly report for") }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Monthly report:");
        await _page.AssertNoAxeViolationsAsync();
        var pdf = await _page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        var pages = PdfPages().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"The monthly report printed on {pages} pages");
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPages();
}
