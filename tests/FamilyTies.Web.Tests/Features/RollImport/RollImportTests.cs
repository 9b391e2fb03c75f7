using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using FamilyTies.Domain.People;
using FamilyTies.Domain.People.RollImport;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FamilyTies.Web.Tests.Features.RollImport;

[Collection("RollImport")]
public sealed class RollImportTests(AppFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_valid_file_creates_prisoners_and_importing_it_again_changes_nothing(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        var csv = RollCsv.Generate(3, 'R', "ID");
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);

        var first = await client.ResultCounts(await client.Import(csv));
        Assert.Equal(3, first["Prisoners in the file"]);
        Assert.Equal(3, first["New prisoners"]);
        Assert.Equal(0, first["Prisoners updated"]);
        Assert.False(first.ContainsKey("Marked as left the establishment"));

        await using var db = app.Db(wymott);
        var imported = await db.Prisoners.AsNoTracking().Where(p => EF.Functions.Like(p.PrisonNumber, "R____ID")).OrderBy(p => p.PrisonNumber).ToListAsync();
        Assert.Equal(["R0000ID", "R0001ID", "R0002ID"], imported.Select(p => p.PrisonNumber));
        Assert.All(imported, p => Assert.Equal(PrisonerStatus.Active, p.Status));
        Assert.Equal(IncentiveLevel.Basic, imported[2].IncentiveLevel);
        Assert.Null(imported[0].ChildrenUnder18); // "unknown"
        var ids = imported.Select(p => p.Id.ToString()).ToList();
        var created = await db.AuditEvents.Where(a => a.EntityType == nameof(Prisoner) && ids.Contains(a.EntityId)).ToListAsync();
        Assert.Equal(3, created.Count);
        Assert.All(created, a => Assert.Equal("Created", a.Action));
        var auditsBefore = await db.AuditEvents.CountAsync(a => a.EntityType == nameof(Prisoner));

        var second = await client.ResultCounts(await client.Import(csv));
        Assert.Equal(0, second["New prisoners"]);
        Assert.Equal(0, second["Prisoners updated"]);
        Assert.Equal(3, second["Prisoners with no changes"]);

        Assert.Equal(auditsBefore, await db.AuditEvents.CountAsync(a => a.EntityType == nameof(Prisoner)));
        var again = await db.Prisoners.AsNoTracking().Where(p => ids.Contains(p.Id.ToString())).ToListAsync();
        Assert.All(again, p => Assert.Null(p.UpdatedAt));
        var summaries = await db.AuditEvents.Where(a => a.EntityType == "RollImport" && a.EstablishmentId == wymott).OrderByDescending(a => a.Id).Take(1).ToListAsync();
        Assert.Equal("Imported", summaries.Single().Action);
        Assert.Equal(3, JsonSerializer.Deserialize<RollImportCounts>(summaries.Single().Changes!)!.Unchanged);
    }

    [Fact]
    public async Task A_changed_line_updates_only_that_prisoner_and_audits_only_the_changed_fields()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var rows = Enumerable.Range(0, 2).Select(i => RollCsv.Row(RollCsv.Number('R', i, "UP"), i)).ToList();
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        await client.ResultCounts(await client.Import(RollCsv.Text(rows)));

        rows[1][RollColumns.Location] = "SEG-1-001";
        rows[1][RollColumns.IncentiveLevel] = "BASIC"; // was Enhanced
        rows[1][RollColumns.FirstName] = "  " + rows[1][RollColumns.FirstName] + " "; // trimmed: not a change
        var counts = await client.ResultCounts(await client.Import(RollCsv.Text(rows)));

        Assert.Equal(1, counts["Prisoners updated"]);
        Assert.Equal(1, counts["Prisoners with no changes"]);
        await using var db = app.Db(wymott);
        var unchanged = await db.Prisoners.SingleAsync(p => p.PrisonNumber == "R0000UP");
        var changed = await db.Prisoners.SingleAsync(p => p.PrisonNumber == "R0001UP");
        Assert.Null(unchanged.UpdatedAt);
        Assert.NotNull(changed.UpdatedAt);
        Assert.Equal("SEG-1-001", changed.Location);
        Assert.False(await db.AuditEvents.AnyAsync(a => a.EntityType == nameof(Prisoner) && a.EntityId == unchanged.Id.ToString() && a.Action == "Updated"));
        var update = await db.AuditEvents.SingleAsync(a => a.EntityType == nameof(Prisoner) && a.EntityId == changed.Id.ToString() && a.Action == "Updated");
        using var changes = JsonDocument.Parse(update.Changes!);
        Assert.Equal(["IncentiveLevel", "Location"], changes.RootElement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(wymott, update.EstablishmentId);
        Assert.NotNull(update.UserId);
        Assert.NotEqual("system", update.UserId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_file_with_bad_lines_imports_nothing_and_lists_every_bad_line(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var rows = Enumerable.Range(0, 6).Select(i => RollCsv.Row(RollCsv.Number('R', i, "BD"), i)).ToList();
        rows[1][RollColumns.DateOfBirth] = "31/02/1990";
        rows[1][RollColumns.IncentiveLevel] = "Gold";
        rows[3][RollColumns.PrisonNumber] = "NOT-A-NUMBER";
        rows[5][RollColumns.PrisonNumber] = rows[0][RollColumns.PrisonNumber];
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);

        var response = await client.Import(RollCsv.Text(rows), fileName: "wymott-roll.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal(["3 lines of the file have problems, so nothing has been imported. Correct them and upload the file again"], page.ErrorSummary());
        Assert.Equal("#File", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#File.govuk-file-upload--error"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("Problems in wymott-roll.csv", page.QuerySelector("[data-testid=row-problems] caption")!.TextContent.Trim());
        Assert.Equal(
        [
            (3, "R0001BD", "date_of_birth \"31/02/1990\" is not a date: use dd/mm/yyyy or yyyy-mm-dd"),
            (3, "R0001BD", "incentive_level \"Gold\" must be Basic, Standard or Enhanced"),
            (5, "NOT-A-NUMBER", "prison_number \"NOT-A-NUMBER\" is not in the format A1234BC"),
            (7, "R0000BD", "prison_number R0000BD is also on line 2: each prisoner must appear once"),
        ], RollImportHttp.RowProblems(page));

        await using var db = app.Db();
        Assert.False(await db.Prisoners.IgnoreQueryFilters().AnyAsync(p => EF.Functions.Like(p.PrisonNumber, "R____BD")));
    }

    public static TheoryData<string, byte[]?, string, string, string> BadUploads => new()
    {
        { "spreadsheet", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "roll.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "The selected file must be a CSV" },
        { "binary named .csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "roll.csv", "text/csv", "The selected file must be a CSV: it looks like a spreadsheet, document or image. Save the roll as CSV and upload that" },
        { "image named .csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "roll.csv", "image/png", "The selected file must be a CSV" },
        { "empty", [], "roll.csv", "text/csv", "The selected file is empty" },
        // Made in the test (null here): xunit serialises each row's bytes one by one to list the test, which for 5 MB
        // took over a minute of every run before any test started.
        { "too large", null, "roll.csv", "text/csv", "The selected file must be smaller than 5 MB" },
        { "wrong columns", RollCsv.Bytes("prison_number,name,wing\r\nA1234BC,Jo Bloggs,A\r\n"), "roll.csv", "text/csv",
            "The file is missing 18 columns: first_name, last_name, date_of_birth, location, incentive_level, category, legal_status, reception_date, earliest_release_date, nationality, languages, interpreter_needed, care_experienced, children_under_18, home_area, distance_from_home_miles, key_worker, prison_offender_manager. The file has 2 columns that FamilyTies does not recognise: name, wing" },
        { "header only", RollCsv.Bytes(RollCsv.Header + "\r\n"), "roll.csv", "text/csv", "The selected file has no prisoners in it: it has a header but no rows" },
    };

    private const int UploadLimit = FamilyTies.Web.Features.RollImport.UploadRollForm.MaxFileBytes;

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_file_that_is_not_a_roll_gets_a_clear_message_and_nothing_is_imported(string kind, byte[]? content, string fileName, string contentType, string message)
    {
        content ??= new byte[UploadLimit + 1];
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);

        var response = await client.Upload(content, fileName: fileName, contentType: contentType);

        Assert.True(response.StatusCode == HttpStatusCode.OK, kind);
        var page = await StaffClient.Parse(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(message, page.QuerySelector("#File-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Empty(RollImportHttp.RowProblems(page));
    }

    [Fact]
    public async Task A_file_far_over_the_limit_gets_the_same_clear_message_without_being_read()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), RollImportHttp.VisitsManager);

        var response = await client.Upload(new byte[FamilyTies.Web.Features.RollImport.UploadRollForm.MaxRequestBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["The selected file must be smaller than 5 MB"], (await StaffClient.Parse(response)).ErrorSummary());

        using var staff = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), "visits.wymott");
        using var huge = new MultipartFormDataContent { { new ByteArrayContent(new byte[FamilyTies.Web.Features.RollImport.UploadRollForm.MaxRequestBytes + 1]), "File", "roll.csv" } };
        var refused = await staff.Http.PostAsync(RollImportHttp.Page, huge);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode); // authorization still comes first
        Assert.StartsWith("https://localhost/error/403", refused.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Two_imports_of_the_same_new_roll_at_once_never_leave_half_a_roll_or_duplicates()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var csv = RollCsv.Generate(300, 'V', "RC");
        using var one = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        using var two = await StaffClient.SignedIn(app, "admin.wymott");

        var responses = await Task.WhenAll(one.Import(csv), two.Import(csv));

        await using var db = app.Db(wymott);
        Assert.Equal(300, await db.Prisoners.CountAsync(p => EF.Functions.Like(p.PrisonNumber, "V____RC")));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(["Someone changed these prisoners while the file was being imported, so nothing has been imported. Upload the file again"],
                (await StaffClient.Parse(refused)).ErrorSummary());
        }
    }

    [Fact]
    public async Task Submitting_without_a_file_asks_for_one()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), RollImportHttp.VisitsManager);
        var response = await client.PostMultipart(RollImportHttp.Page, RollImportHttp.Page, new Dictionary<string, string> { ["FullRoll"] = "false" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select a CSV file of the roll"], (await StaffClient.Parse(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_prisoner_active_at_another_establishment_is_transferred_in_without_touching_their_record_there()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        var wymott = await app.EstablishmentId("WYI");
        var theirs = await FamilyTies.Web.Tests.Features.People.PeopleTestData.Prisoner(app, "LHI", "Transferredin");
        var row = RollCsv.Row(theirs.PrisonNumber);
        using var client = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);

        var counts = await client.ResultCounts(await client.Import(RollCsv.Text([row])));

        Assert.Equal(1, counts["New prisoners"]);
        await using var check = app.Db();
        var records = await check.Prisoners.IgnoreQueryFilters().AsNoTracking().Where(p => p.PrisonNumber == theirs.PrisonNumber).ToListAsync();
        Assert.Equal(new[] { littlehey, wymott }.Order(), records.Select(p => p.EstablishmentId).Order());
        var stillTheirs = records.Single(p => p.EstablishmentId == littlehey);
        Assert.Equal((theirs.Location, theirs.FirstName, theirs.Status, theirs.UpdatedAt), (stillTheirs.Location, stillTheirs.FirstName, stillTheirs.Status, stillTheirs.UpdatedAt));
        Assert.Equal(row[RollColumns.FirstName], records.Single(p => p.EstablishmentId == wymott).FirstName);
    }

    [Fact]
    public async Task An_import_goes_to_the_importer_s_current_establishment_only()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var littlehey = await app.EstablishmentId("LHI");
        using var admin = await StaffClient.SignedIn(app, "admin.littlehey");

        await admin.ResultCounts(await admin.Import(RollCsv.Generate(2, 'R', "LH")));

        await using var db = app.Db();
        var created = await db.Prisoners.IgnoreQueryFilters().Where(p => EF.Functions.Like(p.PrisonNumber, "R____LH")).ToListAsync();
        Assert.Equal(2, created.Count);
        Assert.All(created, p => Assert.Equal(littlehey, p.EstablishmentId));

        using var wymottManager = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        var search = await wymottManager.GetPage("/prisoners?q=R0000LH");
        Assert.Equal("0 prisoners found", search.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await wymottManager.Http.GetAsync($"/prisoners/{created[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task Visits_staff_cannot_open_or_post_the_import_and_do_not_see_the_link()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var staff = await StaffClient.SignedIn(app, "visits.wymott");

        var get = await staff.Http.GetAsync(RollImportHttp.Page);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("https://localhost/error/403", get.Headers.Location!.ToString());
        var prisoners = await staff.GetPage("/prisoners");
        Assert.Null(prisoners.QuerySelector("a[href='/prisoners/import']"));

        using var manager = await StaffClient.SignedIn(app, RollImportHttp.VisitsManager);
        var upload = await manager.GetPage(RollImportHttp.Page);
        var token = upload.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(RollCsv.Bytes(RollCsv.Generate(1, 'R', "VS"))), "File", "roll.csv" } };
        var post = await staff.Http.PostAsync(RollImportHttp.Page, content);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        await using var db = app.Db();
        Assert.False(await db.Prisoners.IgnoreQueryFilters().AnyAsync(p => p.PrisonNumber == "R0000VS"));
    }

    [Theory]
    [InlineData(RollImportHttp.VisitsManager)]
    [InlineData("admin.littlehey")]
    public async Task Managers_and_admins_see_the_link_and_an_accessible_upload_form(string user)
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), user);
        var prisoners = await client.GetPage("/prisoners");
        Assert.Equal("Import the roll", prisoners.QuerySelector("a[href='/prisoners/import']")!.TextContent.Trim());

        var page = await client.GetPage(RollImportHttp.Page);
        var form = page.QuerySelector("form[action='/prisoners/import']")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var input = form.QuerySelector("input[type=file]")!;
        Assert.Equal("govuk-file-upload", input.ClassName);
        Assert.Equal("File", input.Id);
        Assert.NotNull(page.QuerySelector("label[for=File]"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=FullRoll]"));
        Assert.Equal(RollColumns.All.Count, page.QuerySelectorAll(".govuk-details table tbody tr").Length);
    }

    [Fact]
    public async Task The_result_page_without_an_import_goes_back_to_the_upload()
    {
        using var client = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), RollImportHttp.VisitsManager);
        var response = await client.Http.GetAsync("/prisoners/import/result");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/prisoners/import", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_roll_of_1200_prisoners_imports_in_one_request()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var stokeHeath = await app.EstablishmentId("SHI");
        var csv = RollCsv.Generate(1200, 'S', "KT");
        using var client = await StaffClient.SignedIn(app, "visitsmanager.stokeheath");
        await client.GetPage(RollImportHttp.Page); // warm up the page before timing

        var clock = Stopwatch.StartNew();
        var response = await client.Import(csv);
        clock.Stop();
        output.WriteLine($"1,200-row roll import (SQLite, one HTTP request): {clock.ElapsedMilliseconds} ms");

        var counts = await client.ResultCounts(response);
        Assert.Equal(1200, counts["New prisoners"]);
        await using var db = app.Db(stokeHeath);
        Assert.Equal(1200, await db.Prisoners.CountAsync(p => EF.Functions.Like(p.PrisonNumber, "S____KT")));

        clock.Restart();
        var again = await client.ResultCounts(await client.Import(csv));
        output.WriteLine($"Re-import of the same 1,200 rows (all unchanged): {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1200, again["Prisoners with no changes"]);
    }
}
