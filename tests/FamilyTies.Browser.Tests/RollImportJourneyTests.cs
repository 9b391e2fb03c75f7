using System.Text.RegularExpressions;
using FamilyTies.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>A visits manager imports the shipped sample roll and opens one of the imported prisoners.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RollImportJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private static string SampleFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FamilyTies.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "samples", "roll-sample.csv");
            }
        }
        throw new InvalidOperationException("Repository root not found");
    }

    [Fact]
    public async Task Visits_manager_imports_the_sample_roll_and_opens_an_imported_prisoner()
    {
        var sample = SampleFile();
        var firstLine = File.ReadLines(sample).Skip(1).First().Split(',');
        var (number, name) = (firstLine[0], $"{firstLine[1]} {firstLine[2]}");

        var manager = await fixture.NewStaffAsync([Roles.VisitsManager], "WYI");
        await _page.GotoAsync("/sign-in");
        await _page.Locator("#UserName").FillAsync(manager.UserName);
        await _page.Locator("#Password").FillAsync(BrowserFixture.DemoPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(_page.GetByTestId("signed-in-user")).ToBeVisibleAsync();

        await _page.GotoAsync("/prisoners");
        await _page.GetByRole(AriaRole.Link, new() { Name = "Import the roll" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import the roll");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a CSV file of the roll");
        await _page.AssertNoAxeViolationsAsync();

        var badRoll = Path.Combine(Path.GetTempPath(), $"roll-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(badRoll, File.ReadLines(sample).Take(3).Select((l, i) => i == 2 ? l.Replace(firstLine[0], "BAD", StringComparison.Ordinal).Replace(",Convicted,", ",Sentenced,", StringComparison.Ordinal) : l));
        try
        {
            await _page.GetByLabel("Upload the roll").SetInputFilesAsync(badRoll);
            await _page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
            await Expect(_page.Locator(".govuk-error-summary")).ToContainTextAsync("1 line of the file has problems, so nothing has been imported");
            await Expect(_page.GetByTestId("row-problems").Locator("tbody tr").First).ToContainTextAsync("3");
            await _page.AssertNoAxeViolationsAsync();
        }
        finally
        {
            File.Delete(badRoll);
        }

        await _page.GetByLabel("Upload the roll").SetInputFilesAsync(sample);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/prisoners/import/result$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Roll imported");
        var counts = _page.GetByTestId("counts");
        await Expect(counts).ToContainTextAsync("Prisoners in the file");
        await Expect(counts.Locator(".govuk-summary-list__row").First.Locator("dd")).ToHaveTextAsync("30");
        await _page.AssertNoAxeViolationsAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "View prisoners" }).ClickAsync();
        await _page.GetByLabel("Prison number, name or location").FillAsync(number);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = $"{firstLine[2]}, {firstLine[1]}" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(_page.Locator(".govuk-summary-list")).ToContainTextAsync(firstLine[4]);
        await _page.AssertNoAxeViolationsAsync();

        // Full roll: the confirmation page says how many will be marked as left; cancelling changes nothing.
        await _page.GotoAsync("/prisoners/import");
        await _page.GetByLabel("Upload the roll").SetInputFilesAsync(sample);
        await _page.GetByLabel("This file is the full roll").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check the full roll before importing");
        await Expect(_page.GetByTestId("leaving")).ToContainTextAsync("active prisoners are not in this file and will be marked as left the establishment");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import the roll");
    }
}
