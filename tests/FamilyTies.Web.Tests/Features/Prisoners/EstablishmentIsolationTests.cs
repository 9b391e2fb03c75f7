using System.Net;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.Prisoners;

/// <summary>Nobody sees another establishment's records; asking by id gives 404, not 403, so existence does not leak.</summary>
[Collection("App")]
public sealed class EstablishmentIsolationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_Wymott_user_asking_for_a_Littlehey_prisoner_by_id_gets_404(DatabaseKind db)
    {
        var app = fixture.App(db);
        await using var data = app.Db();
        var littlehey = await app.EstablishmentId("LHI");
        var wymott = await app.EstablishmentId("WYI");
        var theirs = await data.Prisoners.IgnoreQueryFilters().FirstAsync(p => p.EstablishmentId == littlehey);
        var ours = await data.Prisoners.IgnoreQueryFilters().FirstAsync(p => p.EstablishmentId == wymott);

        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/prisoners/{ours.Id}")).StatusCode);
        var response = await client.Http.GetAsync($"/prisoners/{theirs.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(theirs.LastName, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_finds_only_the_current_establishment_s_prisoners()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        await using var data = app.Db();
        var theirs = await data.Prisoners.IgnoreQueryFilters().FirstAsync(p => p.EstablishmentId == littlehey);

        using var client = await StaffClient.SignedIn(app, "familylead.wymott");
        var page = await client.GetPage($"/prisoners?q={theirs.PrisonNumber}");
        Assert.Equal("0 prisoners found", page.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());

        var wymott = await app.EstablishmentId("WYI");
        var expected = await data.Prisoners.IgnoreQueryFilters().CountAsync(p => p.EstablishmentId == wymott);
        var all = await client.GetPage("/prisoners");
        Assert.Equal($"{expected} prisoners", all.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.Equal(25, all.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task The_national_viewer_sees_aggregates_but_no_individual_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var data = app.Db();
        var anyone = await data.Prisoners.IgnoreQueryFilters().FirstAsync();
        using var client = await StaffClient.SignedIn(app, "national.viewer");

        var national = await client.GetPage("/dashboard/national");
        var rows = national.QuerySelectorAll("table:not([data-testid=assessments]) tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["HMP Littlehey", "HMP Wymott", "HMPYOI Stoke Heath"], rows);
        var rolls = await data.Prisoners.IgnoreQueryFilters().Where(p => p.Status == FamilyTies.Domain.People.PrisonerStatus.Active)
            .GroupBy(p => p.EstablishmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var names = await data.Establishments.ToDictionaryAsync(e => e.Name, e => e.Id);
        Assert.All(national.QuerySelectorAll("table:not([data-testid=assessments]) tbody tr"), r => Assert.Equal(
            rolls[names[r.QuerySelector("th")!.TextContent.Trim()]].ToString(), r.QuerySelectorAll("td")[0].TextContent.Trim()));

        foreach (var path in new[] { $"/prisoners/{anyone.Id}", "/prisoners", "/dashboard" })
        {
            var response = await client.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/error/403", response.Headers.Location!.ToString());
        }
    }
}
