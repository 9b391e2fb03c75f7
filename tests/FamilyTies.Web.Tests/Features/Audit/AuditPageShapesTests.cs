using System.Net;
using FamilyTies.Web.Tests.Features.RollImport;
using FamilyTies.Web.Tests.Infrastructure;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Features.Audit;

/// <summary>
/// The audit page shows every kind of row the app writes: field changes (old → new), and the summary rows of a roll
/// import or an escalation, whose details are plain values. And any date search, however far off, gets a page.
/// </summary>
[Collection("App")]
public sealed class AuditPageShapesTests(AppFixture fixture)
{
    [Fact]
    public async Task A_roll_import_on_the_page_is_shown_with_its_counts()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using (var manager = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager))
        {
            // Z numbers: the tests' own prisoners, which the start-up allocation test leaves out of the demo roll.
            await manager.ResultCounts(await manager.Import(RollCsv.Generate(2, 'Z', "AP")));
        }
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        // The log is newest first by when (decision 0026): rows other tests write through a clock moved days ahead sort
        // above today's, so look at today's entries by the member of staff who imported.
        var today = FamilyTies.Testing.TestClock.Today.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var response = await lead.Http.GetAsync($"/audit?user={RollImportHttp.VisitsManager}&to={today}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await StaffClient.Parse(response)).QuerySelectorAll("[data-testid=audit] tbody tr")
            .First(r => r.TextContent.Contains("RollImport", StringComparison.Ordinal));
        Assert.Contains("Imported", row.TextContent);
        Assert.Matches(@"Rows\W+2", row.TextContent);
    }

    [Fact]
    public async Task An_imminent_risk_escalation_on_the_page_is_shown()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var now = FamilyTies.Testing.TestClock.Now.AddMinutes(-10);
        // A safer custody officer of the test's own, so the log searched by who did it holds this test's rows only: the
        // log is newest first by when, and other tests write rows through clocks moved ahead.
        var officer = await TestUsers.Create(app, [FamilyTies.Domain.Roles.SaferCustody], "WYI");
        using (var team = await StaffClient.SignedIn(app, officer.UserName))
        {
            await LogContact(team, Contact(now, imminent: true).With(Escalation(now.AddMinutes(3))));
        }
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var response = await lead.Http.GetAsync($"/audit?user={officer.UserName}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Contains(page.QuerySelectorAll("[data-testid=audit] tbody tr"), r => r.TextContent.Contains("Escalated", StringComparison.Ordinal));
        Assert.DoesNotContain("Zelda", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("?To=31/12/9999")]
    [InlineData("?From=31/12/9999")]
    [InlineData("?From=01/01/0001")]
    [InlineData("?To=01/01/0001")]
    [InlineData("?From=1/1/0001&To=31/12/9999")]
    public async Task A_search_on_the_first_or_last_date_there_is_gets_a_page(string query)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var lead = await StaffClient.SignedIn(app, "familylead.wymott");
        var response = await lead.Http.GetAsync("/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
