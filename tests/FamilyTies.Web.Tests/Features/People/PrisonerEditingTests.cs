using System.Net;
using AngleSharp.Dom;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.People;

[Collection("App")]
public sealed class PrisonerEditingTests(AppFixture fixture)
{
    private static Dictionary<string, string> Valid(string number) => new()
    {
        ["PrisonNumber"] = number.ToLowerInvariant(),
        ["FirstName"] = "Kacper",
        ["LastName"] = "Newarrival",
        ["DateOfBirth"] = "14/2/1991",
        ["Location"] = "c-2-014",
        ["IncentiveLevel"] = "Standard",
        ["LegalStatus"] = "Remand",
        ["Status"] = "Active",
        ["ReceptionDate"] = "1/11/2026",
        ["Nationality"] = "Polish",
        ["Languages"] = "Polish, English",
        ["InterpreterNeeded"] = "true",
        ["ChildrenUnder18"] = "unknown",
        ["HomeArea"] = "Bolton",
        ["DistanceFromHomeMiles"] = "24",
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_visits_manager_adds_a_prisoner_and_the_creation_is_audited(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var number = PeopleTestData.NewPrisonNumber();
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");

        var response = await client.PostForm("/prisoners/new", "/prisoners/new", Valid(number));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var profile = await client.GetPage(response.Headers.Location!.ToString());
        Assert.Equal("Kacper Newarrival", profile.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(number, profile.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Contains("C-2-014", profile.QuerySelector(".govuk-caption-l")!.TextContent);
        var values = profile.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("Not known", values["Children under 18"]);
        Assert.Equal("Yes", values["Interpreter needed"]);
        Assert.Equal("24 miles", values["Distance from home"]);

        await using var db = app.Db();
        var prisoner = await db.Prisoners.IgnoreQueryFilters().SingleAsync(p => p.PrisonNumber == number);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "Prisoner" && a.Action == "Created" && a.PrisonerId == prisoner.Id && a.UserId != null));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "PrisonNumber", "12345", "Enter the prison number in the correct format, like A1234BC" },
        { "FirstName", "", "Enter the first name" },
        { "DateOfBirth", "31/2/1990", "Date of birth must be a real date, like 27/3/1985" },
        { "DateOfBirth", "1/1/2099", FamilyTies.Web.Infrastructure.DateRanges.Error("Date of birth", FamilyTies.Web.Infrastructure.DateRanges.For(FamilyTies.Web.Infrastructure.DateKind.DateOfBirth, FamilyTies.Testing.TestClock.Today)) },
        { "DateOfBirth", "1/1/1890", FamilyTies.Web.Infrastructure.DateRanges.Error("Date of birth", FamilyTies.Web.Infrastructure.DateRanges.For(FamilyTies.Web.Infrastructure.DateKind.DateOfBirth, FamilyTies.Testing.TestClock.Today)) },
        { "DateOfBirth", FamilyTies.Web.Infrastructure.DateRanges.Input(FamilyTies.Testing.TestClock.Today.AddYears(-115)), "Date of birth must be of someone aged between 15 and 110" },
        { "IncentiveLevel", "Gold", "Select the incentive level" },
        { "ChildrenUnder18", "lots", "Children under 18 must be a number between 0 and 30, or not known" },
        { "DistanceFromHomeMiles", "-4", "Distance from home must be between 0 and 5000 miles" },
        { "ReceptionDate", "1/1/2099", FamilyTies.Web.Infrastructure.DateRanges.Error("Reception date", FamilyTies.Web.Infrastructure.DateRanges.For(FamilyTies.Web.Infrastructure.DateKind.Past, FamilyTies.Testing.TestClock.Today)) },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Bad_details_are_reported_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var number = PeopleTestData.NewPrisonNumber();
        using var client = await StaffClient.SignedIn(app, "admin.wymott");
        var form = Valid(number);
        form[field] = value;

        var response = await client.PostForm("/prisoners/new", "/prisoners/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = app.Db();
        Assert.False(await db.Prisoners.IgnoreQueryFilters().AnyAsync(p => p.PrisonNumber == number));
    }

    [Fact]
    public async Task A_prison_number_already_on_the_roll_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var existing = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var page = await StaffClient.Parse(await client.PostForm("/prisoners/new", "/prisoners/new", Valid(existing.PrisonNumber)));
        Assert.Equal(["A prisoner with this prison number is already on the roll here"], page.ErrorSummary());
    }

    [Fact]
    public async Task Editing_keeps_the_old_and_new_values_in_the_audit()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        var response = await client.PostForm($"/prisoners/{prisoner.Id}/edit", $"/prisoners/{prisoner.Id}/edit",
            new Dictionary<string, string> { ["IncentiveLevel"] = "Enhanced", ["Location"] = "D-3-007" }, keepPrefilled: true);
        Assert.Equal($"/prisoners/{prisoner.Id}", response.Headers.Location!.ToString());

        await using var db = app.Db();
        var audit = await db.AuditEvents.Where(a => a.EntityType == "Prisoner" && a.PrisonerId == prisoner.Id && a.Action == "Updated").SingleAsync();
        Assert.Contains("\"IncentiveLevel\":{\"old\":\"Standard\",\"new\":\"Enhanced\"}", audit.Changes);
        Assert.Contains("\"Location\":{\"old\":\"A-1-001\",\"new\":\"D-3-007\"}", audit.Changes);
    }

    [Fact]
    public async Task Visits_staff_may_read_prisoners_but_not_add_or_edit_them()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        Assert.Null((await client.GetPage("/prisoners")).QuerySelector("a[href='/prisoners/new']"));
        Assert.Null((await client.GetPage($"/prisoners/{prisoner.Id}")).QuerySelector($"a[href='/prisoners/{prisoner.Id}/edit']"));
        Assert.Contains("/error/403", (await client.Http.GetAsync($"/prisoners/{prisoner.Id}/edit")).Headers.Location!.ToString());
    }

    [Fact]
    public async Task Another_establishment_s_prisoner_cannot_be_edited_or_its_tabs_opened()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var theirs = await PeopleTestData.Prisoner(app, "LHI");
        using var client = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        foreach (var path in new[] { $"/prisoners/{theirs.Id}/edit", $"/prisoners/{theirs.Id}/contacts", $"/prisoners/{theirs.Id}/restrictions" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(path)).StatusCode);
        }
        var post = await client.Http.PostAsync($"/prisoners/{theirs.Id}/edit", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
    }
}
