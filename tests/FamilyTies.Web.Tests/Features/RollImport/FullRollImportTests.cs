using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using FamilyTies.Domain.People;
using FamilyTies.Domain.People.RollImport;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.RollImport;

/// <summary>
/// Full-roll mode marks every active prisoner missing from the file as left, so each test has an application of its own
/// (a fresh database with the 200 demo prisoners per establishment).
/// </summary>
public sealed class FullRollImportTests
{
    private const string Confirm = "/prisoners/import/confirm";

    private sealed record Roll(FamilyTiesApp App, int Wymott, List<Prisoner> Active, string Csv, int Kept);

    /// <summary>A Wymott full roll: 20 of its active prisoners (one of them moved cell) and 2 new ones.</summary>
    private static async Task<Roll> Arrange(FamilyTiesApp app)
    {
        var wymott = await app.EstablishmentId("WYI");
        await using var db = app.Db(wymott);
        var active = await db.Prisoners.AsNoTracking().Where(p => p.Status == PrisonerStatus.Active).OrderBy(p => p.PrisonNumber).ToListAsync();
        var rows = active.Take(20).Select(RollCsv.FromPrisoner).ToList();
        rows[5][RollColumns.Location] = "HCC-1-001";
        rows.Add(RollCsv.Row(RollCsv.Number('T', 0, "FR")));
        rows.Add(RollCsv.Row(RollCsv.Number('T', 1, "FR"), 1));
        return new Roll(app, wymott, active, RollCsv.Text(rows), 20);
    }

    private static string Leaving(IDocument page) => page.QuerySelector("[data-testid=leaving]")!.TextContent.Replace("Warning", "", StringComparison.Ordinal).Trim();

    private static async Task<int> CountWithStatus(FamilyTiesApp app, int establishmentId, PrisonerStatus status)
    {
        await using var db = app.Db(establishmentId);
        return await db.Prisoners.CountAsync(p => p.Status == status);
    }

    [Fact]
    public async Task Full_roll_shows_how_many_will_leave_and_changes_nothing_until_confirmed()
    {
        using var app = new FamilyTiesApp();
        var littlehey = await app.EstablishmentId("LHI");
        var activeAtLittlehey = await CountWithStatus(app, littlehey, PrisonerStatus.Active);
        var roll = await Arrange(app);
        var expectedLeft = roll.Active.Count - roll.Kept;
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);

        var response = await client.Import(roll.Csv, fullRoll: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal("Check the full roll before importing", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"{expectedLeft} active prisoners are not in this file and will be marked as left the establishment", Leaving(page));
        var counts = RollImportHttp.Counts(page);
        Assert.Equal(22, counts["Prisoners in the file"]);
        Assert.Equal(2, counts["New prisoners"]);
        Assert.Equal(1, counts["Prisoners whose details will be updated"]);
        Assert.Equal(19, counts["Prisoners with no changes"]);
        Assert.Equal(expectedLeft, counts["Active prisoners to mark as left the establishment"]);
        Assert.Equal(0, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Left));
        await using (var db = app.Db(roll.Wymott))
        {
            Assert.False(await db.Prisoners.AnyAsync(p => p.PrisonNumber == "T0000FR"));
            Assert.False(await db.Prisoners.AnyAsync(p => p.Location == "HCC-1-001"));
        }

        var result = await client.ResultCounts(await client.PostFormOn(page, Confirm, [], keepPrefilled: true));

        Assert.Equal(expectedLeft, result["Marked as left the establishment"]);
        Assert.Equal(2, result["New prisoners"]);
        Assert.Equal(expectedLeft, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Left));
        Assert.Equal(roll.Kept + 2, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Active));
        Assert.Equal(activeAtLittlehey, await CountWithStatus(app, littlehey, PrisonerStatus.Active));
        await using (var db = app.Db(roll.Wymott))
        {
            var gone = await db.Prisoners.FirstAsync(p => p.Status == PrisonerStatus.Left);
            var audit = await db.AuditEvents.SingleAsync(a => a.EntityType == nameof(Prisoner) && a.EntityId == gone.Id.ToString() && a.Action == "Updated");
            using var changes = JsonDocument.Parse(audit.Changes!);
            var status = changes.RootElement.GetProperty("Status");
            Assert.Equal(("Active", "Left"), (status.GetProperty("old").GetString(), status.GetProperty("new").GetString()));
            Assert.Single(changes.RootElement.EnumerateObject());
            var summary = await db.AuditEvents.SingleAsync(a => a.EntityType == "RollImport" && a.Action == "FullRollImported");
            Assert.Equal(expectedLeft, JsonSerializer.Deserialize<RollImportCounts>(summary.Changes!)!.Left);
        }

        var details = await client.GetPage($"/prisoners?q={roll.Active[^1].PrisonNumber}");
        Assert.Equal("Left the establishment", details.QuerySelectorAll("tbody tr td")[4].TextContent.Trim());

        var again = await StaffClient.Parse(await client.Import(roll.Csv, fullRoll: true));
        Assert.Equal("0 active prisoners are not in this file and will be marked as left the establishment", Leaving(again));
        var unchanged = await client.ResultCounts(await client.PostFormOn(again, Confirm, [], keepPrefilled: true));
        Assert.Equal((0, 0, 22, 0), (unchanged["New prisoners"], unchanged["Prisoners updated"], unchanged["Prisoners with no changes"], unchanged["Marked as left the establishment"]));
    }

    [Fact]
    public async Task The_pending_upload_works_only_for_its_own_user_and_cannot_be_tampered_with()
    {
        using var app = new FamilyTiesApp();
        var roll = await Arrange(app);
        using var manager = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        var page = await StaffClient.Parse(await manager.Import(roll.Csv, fullRoll: true));
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Token]")!.Value;

        using var admin = await StaffClient.SignedIn(app, "admin.wymott");
        var adminPage = await admin.GetPage(RollImportHttp.Page);
        var antiforgery = adminPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var stolen = await admin.Http.PostAsync(Confirm, new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["Token"] = token }));
        var tampered = await manager.PostFormOn(page, Confirm, [new("Token", token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"))]);
        var missing = await manager.PostFormOn(page, Confirm, [new("Token", "")]);

        foreach (var response in new[] { stolen, tampered, missing })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["The upload has expired, so nothing has been imported. Upload the file again"], (await StaffClient.Parse(response)).ErrorSummary());
        }
        Assert.Equal(0, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Left));
    }

    [Fact]
    public async Task If_the_prisoners_change_before_confirmation_the_new_figures_are_shown_and_nothing_is_applied()
    {
        using var app = new FamilyTiesApp();
        var roll = await Arrange(app);
        var expectedLeft = roll.Active.Count - roll.Kept;
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        var page = await StaffClient.Parse(await client.Import(roll.Csv, fullRoll: true));

        await using (var db = app.Db(roll.Wymott))
        {
            var releasedId = roll.Active[^1].Id;
            var released = await db.Prisoners.SingleAsync(p => p.Id == releasedId);
            released.Status = PrisonerStatus.Released;
            await db.SaveChangesAsync();
        }
        var response = await client.PostFormOn(page, Confirm, [], keepPrefilled: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await StaffClient.Parse(response);
        Assert.Contains("changed after you uploaded the file", again.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{expectedLeft - 1} active prisoners are not in this file and will be marked as left the establishment", Leaving(again));
        Assert.Equal(0, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Left));

        var result = await client.ResultCounts(await client.PostFormOn(again, Confirm, [], keepPrefilled: true));
        Assert.Equal(expectedLeft - 1, result["Marked as left the establishment"]);
        Assert.Equal(expectedLeft - 1, await CountWithStatus(app, roll.Wymott, PrisonerStatus.Left));
    }
}
