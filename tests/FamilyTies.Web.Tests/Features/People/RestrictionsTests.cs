using System.Net;
using FamilyTies.Domain.People;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.People;

[Collection("App")]
public sealed class RestrictionsTests(AppFixture fixture)
{
    private static string Date(DateOnly d) => d.ToString("d/M/yyyy");

    private static DateOnly Today => TestClock.Today;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_ban_is_added_shown_on_the_prisoner_ended_early_and_kept_in_the_history(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (contact, _) = await PeopleTestData.Contact(app, prisoner, "Banned", new DateOnly(1980, 1, 1));
        using var security = await StaffClient.SignedIn(app, "security.wymott");

        var added = await security.PostForm($"/restrictions/new?contactId={contact.Id}", "/restrictions/new", new Dictionary<string, string>
        {
            ["ContactId"] = contact.Id.ToString(), ["Type"] = "Ban", ["Reason"] = "Passed an item at a visit",
            ["StartDate"] = Date(Today), ["ExpiryDate"] = Date(Today.AddDays(90)), ["ReviewDate"] = Date(Today.AddDays(30)),
        });
        Assert.Equal($"/contacts/{contact.Id}", added.Headers.Location!.ToString());

        var profile = await security.GetPage($"/prisoners/{prisoner.Id}");
        var warning = profile.QuerySelector("[data-testid=active-restrictions]")!.TextContent;
        Assert.Contains("Banned", warning);
        Assert.Contains("Banned Visitor", warning);
        Assert.Contains(Today.AddDays(90).ToString("d MMMM yyyy"), warning);

        await using var db = app.Db(prisoner.EstablishmentId);
        var restriction = await db.Restrictions.SingleAsync(r => r.ContactId == contact.Id);
        var ended = await security.PostForm($"/restrictions/{restriction.Id}/end", $"/restrictions/{restriction.Id}/end",
            new Dictionary<string, string> { ["Reason"] = "Appeal upheld by the governor" });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        var after = await security.GetPage($"/prisoners/{prisoner.Id}");
        Assert.Null(after.QuerySelector("[data-testid=active-restrictions]"));
        var history = await security.GetPage($"/contacts/{contact.Id}");
        var row = history.QuerySelector("[data-testid=restrictions] tbody tr")!.TextContent;
        Assert.Contains("Ended early", row);
        Assert.Contains("Appeal upheld by the governor", row);

        await using var check = app.Db(prisoner.EstablishmentId);
        var saved = await check.Restrictions.SingleAsync(r => r.Id == restriction.Id);
        Assert.NotNull(saved.EndedAt);
        Assert.NotNull(saved.EndedBy);
        var actions = await check.AuditEvents.Where(a => a.EntityType == "Restriction" && a.EntityId == restriction.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Created", "Updated"], actions);
        Assert.Equal(HttpStatusCode.NotFound, (await security.Http.GetAsync($"/restrictions/{restriction.Id}/end")).StatusCode);
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Type", "", "Select the type of restriction" },
        { "Reason", "", "Enter the reason for the restriction" },
        { "ExpiryDate", "", "Enter the date the ban expires" },
        { "StartDate", "", "Enter the start date" },
        { "ExpiryDate", "1/1/2000", "Expiry date must be on or after the start date" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_restriction_is_refused_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var security = await StaffClient.SignedIn(app, "security.wymott");
        var form = new Dictionary<string, string>
        {
            ["PrisonerId"] = prisoner.Id.ToString(), ["Type"] = "Ban", ["Reason"] = "Test", ["StartDate"] = Date(Today), ["ExpiryDate"] = Date(Today.AddDays(10)),
        };
        form[field] = value;
        var response = await security.PostForm($"/restrictions/new?prisonerId={prisoner.Id}", "/restrictions/new", form);
        Assert.Equal([message], (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.Restrictions.AnyAsync(r => r.PrisonerId == prisoner.Id));
    }

    [Fact]
    public async Task Closed_and_child_contact_restrictions_need_no_expiry_and_show_on_the_link()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (_, link) = await PeopleTestData.Contact(app, prisoner, "Linked", new DateOnly(1975, 2, 2));
        using var security = await StaffClient.SignedIn(app, "security.wymott");
        var response = await security.PostForm($"/restrictions/new?linkId={link.Id}", "/restrictions/new", new Dictionary<string, string>
        {
            ["LinkId"] = link.Id.ToString(), ["Type"] = "Closed", ["Reason"] = "Intelligence", ["StartDate"] = Date(Today),
        });
        Assert.Equal($"/prisoners/{prisoner.Id}/contacts", response.Headers.Location!.ToString());
        var contacts = await security.GetPage($"/prisoners/{prisoner.Id}/contacts");
        Assert.Contains("Closed visits", contacts.QuerySelector("[data-testid=contacts] tbody tr")!.TextContent);
        await using var db = app.Db(prisoner.EstablishmentId);
        var audit = await db.AuditEvents.SingleAsync(a => a.EntityType == "Restriction" && a.Action == "Created" && a.PrisonerId == prisoner.Id);
        Assert.Equal(link.ContactId, audit.ContactId);
    }

    [Fact]
    public async Task Only_security_may_add_restrictions_and_another_establishment_s_are_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var visits = await StaffClient.SignedIn(app, "visitsmanager.wymott");
        Assert.Contains("/error/403", (await visits.Http.GetAsync($"/restrictions/new?prisonerId={prisoner.Id}")).Headers.Location!.ToString());

        var theirs = await PeopleTestData.Prisoner(app, "LHI");
        int restrictionId;
        await using (var db = app.Db(theirs.EstablishmentId))
        {
            var r = new Restriction { PrisonerId = theirs.Id, Type = RestrictionType.Closed, Reason = "x", StartDate = Today };
            db.Restrictions.Add(r);
            await db.SaveChangesAsync();
            restrictionId = r.Id;
        }
        using var security = await StaffClient.SignedIn(app, "security.wymott");
        Assert.Equal(HttpStatusCode.NotFound, (await security.Http.GetAsync($"/restrictions/new?prisonerId={theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await security.Http.GetAsync($"/restrictions/{restrictionId}/end")).StatusCode);
    }

    [Fact]
    public async Task A_non_association_is_added_refused_twice_or_with_oneself_and_ended()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var a = await PeopleTestData.Prisoner(app, "WYI", "Firstone");
        var b = await PeopleTestData.Prisoner(app, "WYI", "Secondone");
        var elsewhere = await PeopleTestData.Prisoner(app, "LHI", "Elsewhere");
        using var security = await StaffClient.SignedIn(app, "security.wymott");
        Dictionary<string, string> Form(string number) => new()
        {
            ["PrisonerId"] = a.Id.ToString(), ["OtherPrisonNumber"] = number, ["Reason"] = "Gang conflict", ["StartDate"] = Date(Today),
        };

        var added = await security.PostForm($"/non-associations/new?prisonerId={a.Id}", "/non-associations/new", Form(b.PrisonNumber));
        Assert.Equal($"/prisoners/{a.Id}/restrictions", added.Headers.Location!.ToString());
        var profileB = await security.GetPage($"/prisoners/{b.Id}");
        Assert.Contains("Non-association", profileB.QuerySelector("[data-testid=active-restrictions]")!.TextContent);
        Assert.Contains("Tobias Firstone", profileB.QuerySelector("[data-testid=active-restrictions]")!.TextContent);

        Assert.Equal(["A non-association with Tobias Secondone is already in place"],
            (await StaffClient.Parse(await security.PostForm($"/non-associations/new?prisonerId={a.Id}", "/non-associations/new", Form(b.PrisonNumber)))).ErrorSummary());
        Assert.Equal(["Enter a different prisoner's number: a prisoner cannot be kept apart from themselves"],
            (await StaffClient.Parse(await security.PostForm($"/non-associations/new?prisonerId={a.Id}", "/non-associations/new", Form(a.PrisonNumber)))).ErrorSummary());
        Assert.Equal(["No prisoner here has that prison number"],
            (await StaffClient.Parse(await security.PostForm($"/non-associations/new?prisonerId={a.Id}", "/non-associations/new", Form(elsewhere.PrisonNumber)))).ErrorSummary());

        await using var db = app.Db(a.EstablishmentId);
        var n = await db.NonAssociations.SingleAsync(x => x.PrisonerAId == a.Id);
        await security.PostForm($"/non-associations/{n.Id}/end", $"/non-associations/{n.Id}/end", new Dictionary<string, string> { ["Reason"] = "Conflict resolved" });
        Assert.Null((await security.GetPage($"/prisoners/{b.Id}")).QuerySelector("[data-testid=active-restrictions]"));
        Assert.Equal(["Created", "Updated"], await db.AuditEvents.Where(x => x.EntityType == "NonAssociation" && x.EntityId == n.Id.ToString()).Select(x => x.Action).ToListAsync());
    }
}
