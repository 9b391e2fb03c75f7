using AngleSharp.Dom;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Features.RollImport;

/// <summary>The roll import pages as a browser uses them.</summary>
public static class RollImportHttp
{
    public const string Page = "/prisoners/import";
    public const string VisitsManager = "visitsmanager.wymott";

    public static Task<HttpResponseMessage> Import(this StaffClient client, string csv, bool fullRoll = false, string fileName = "roll.csv") =>
        client.Upload(RollCsv.Bytes(csv), fullRoll, fileName);

    public static Task<HttpResponseMessage> Upload(this StaffClient client, byte[] content, bool fullRoll = false, string fileName = "roll.csv", string contentType = "text/csv") =>
        client.PostMultipart(Page, Page, new Dictionary<string, string> { ["FullRoll"] = fullRoll ? "true" : "false" },
            new StaffClient.Upload("File", fileName, content, contentType));

    /// <summary>Follows the redirect to the result page and reads its figures.</summary>
    public static async Task<Dictionary<string, int>> ResultCounts(this StaffClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            var page = await StaffClient.Parse(response);
            Assert.Fail($"Expected the result page, got {(int)response.StatusCode}: {page.QuerySelector("h1")?.TextContent.Trim()} {string.Join(" | ", page.ErrorSummary())}");
        }
        Assert.Equal("/prisoners/import/result", response.Headers.Location!.OriginalString);
        return Counts(await client.GetPage("/prisoners/import/result"));
    }

    public static Dictionary<string, int> Counts(IDocument page) =>
        page.QuerySelectorAll("[data-testid=counts] .govuk-summary-list__row").ToDictionary(
            row => row.QuerySelector("dt")!.TextContent.Trim(),
            row => int.Parse(row.QuerySelector("dd")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The rows of the "Line | Prison number | Problem" table.</summary>
    public static List<(int Line, string PrisonNumber, string Problem)> RowProblems(IDocument page) =>
        page.QuerySelectorAll("[data-testid=row-problems] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Select(c => (int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), c[1], c[2]))
            .ToList();
}

/// <summary>
/// Roll import tests get an application of their own (not the shared "App" one), because imports add prisoners in
/// numbers that would upset tests counting the demo roll. Each test still uses its own range of prison numbers.
/// </summary>
[CollectionDefinition("RollImport")]
public sealed class RollImportGroup : ICollectionFixture<AppFixture>;
