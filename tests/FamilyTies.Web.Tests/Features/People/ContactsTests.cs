using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.People;

[Collection("App")]
public sealed class ContactsTests(AppFixture fixture)
{
    private static Dictionary<string, string> NewContact(int prisonerId, string firstName, string dob, string phone = "") => new()
    {
        ["PrisonerId"] = prisonerId.ToString(),
        ["FirstName"] = firstName,
        ["LastName"] = "Fairclough",
        ["DateOfBirth"] = dob,
        ["Town"] = "Wigan",
        ["Postcode"] = "wn1 2ab",
        ["Phone"] = phone,
        ["Relationship"] = "Mother",
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_contact_is_added_for_a_prisoner_with_a_normalised_phone_number_and_audited(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var response = await client.PostForm($"/contacts/new?prisonerId={prisoner.Id}", "/contacts/new", NewContact(prisoner.Id, "Maureen", "3/5/1962", "0161 496 0123"));
        Assert.Equal($"/prisoners/{prisoner.Id}/contacts", response.Headers.Location!.ToString());

        await using var db = app.Db(prisoner.EstablishmentId);
        var contact = await db.Contacts.SingleAsync(c => c.FirstName == "Maureen" && c.Links.Any(l => l.PrisonerId == prisoner.Id));
        Assert.Equal("+441614960123", contact.Phone);
        Assert.Equal("WN1 2AB", contact.Postcode);
        var link = await db.PrisonerContacts.SingleAsync(l => l.ContactId == contact.Id);
        Assert.Equal(Relationship.Mother, link.Relationship);
        Assert.False(link.ApprovedVisitor);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "Contact" && a.Action == "Created" && a.ContactId == contact.Id));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "PrisonerContact" && a.Action == "Created" && a.PrisonerId == prisoner.Id && a.ContactId == contact.Id));

        var page = await client.GetPage($"/contacts/{contact.Id}");
        var values = page.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("0161 496 0123", values["Phone"]);
    }

    [Theory]
    [InlineData("Poland", "europe/warsaw", null, "Poland", "Europe/Warsaw")]
    [InlineData("Poland", "", "Enter the time zone they live in, so video call times can be shown in their local time", "", "")]
    [InlineData("Poland", "Warsaw", "Enter the time zone as a region and city, for example Europe/Warsaw, Africa/Lagos or Asia/Ho_Chi_Minh", "", "")]
    [InlineData("", "Europe/Warsaw", "Enter the country they live in, or leave the time zone blank if they live in the UK", "", "")]
    public async Task A_family_abroad_is_recorded_with_its_country_and_time_zone_or_refused_with_nothing_saved(string country, string zone, string? error, string savedCountry, string savedZone)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (contact, _) = await PeopleTestData.Contact(app, prisoner, "Agata", new DateOnly(1970, 1, 1));
        using var client = await TestUsers.SignedInAs(app, Roles.VisitsManager, "WYI");

        var response = await client.PostForm($"/contacts/{contact.Id}/edit", $"/contacts/{contact.Id}/edit",
            new Dictionary<string, string> { ["Country"] = country, ["TimeZone"] = zone }, keepPrefilled: true);

        if (error is null)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetPage($"/contacts/{contact.Id}");
            Assert.Contains("Poland (Europe/Warsaw)", page.QuerySelector(".govuk-summary-list")!.TextContent);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await StaffClient.Parse(response);
            Assert.Contains(error, page.QuerySelector(".govuk-error-summary")!.TextContent);
        }
        await using var db = app.Db(prisoner.EstablishmentId);
        var saved = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
        Assert.Equal((savedCountry, savedZone), (saved.Country, saved.TimeZone));
    }

    [Theory]
    [InlineData("+48 22 123 45 67", "+48221234567")]
    [InlineData("0048 22 123 45 67", "+48221234567")]
    [InlineData("020 7946 0001", "+442079460001")]
    public async Task International_and_landline_numbers_are_accepted(string typed, string stored)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "familyservices.wymott");
        var response = await client.PostForm("/contacts/new", "/contacts/new", NewContact(prisoner.Id, "Jolanta" + typed.Length, "1/1/1970", typed));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.True(await db.Contacts.AnyAsync(c => c.Phone == stored && c.Links.Any(l => l.PrisonerId == prisoner.Id)));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Phone", "12345", "Enter a phone number, like 0161 496 0000, or an international number with its country code, like +48 22 123 4567" },
        { "Postcode", "NOT A CODE", "Enter a real UK postcode, like PR26 8LW, or leave it blank for an address abroad" },
        { "DateOfBirth", "", "Enter the date of birth" },
        { "DateOfBirth", "1/1/2099", FamilyTies.Web.Infrastructure.DateRanges.Error("Date of birth", FamilyTies.Web.Infrastructure.DateRanges.For(FamilyTies.Web.Infrastructure.DateKind.DateOfBirth, FamilyTies.Testing.TestClock.Today)) },
        { "LastName", "", "Enter the last name" },
        { "Relationship", "", "Select the relationship to the prisoner" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Bad_contact_details_are_reported_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var form = NewContact(prisoner.Id, "Rejected", "2/2/1980", "0161 496 0999");
        form[field] = value;

        var response = await client.PostForm("/contacts/new", "/contacts/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], (await StaffClient.Parse(response)).ErrorSummary());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.PrisonerContacts.AnyAsync(l => l.PrisonerId == prisoner.Id));
    }

    [Fact]
    public async Task A_likely_duplicate_is_shown_before_a_contact_is_created_and_can_be_used_instead()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var first = await PeopleTestData.Prisoner(app, "WYI");
        var second = await PeopleTestData.Prisoner(app, "WYI");
        var (existing, _) = await PeopleTestData.Contact(app, first, "Siobhan", new DateOnly(1979, 7, 9));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var form = NewContact(second.Id, "siobhan ", "9/7/1979");
        form["LastName"] = "visitor";
        var warned = await StaffClient.Parse(await client.PostForm($"/contacts/new?prisonerId={second.Id}", "/contacts/new", form));
        var banner = warned.QuerySelector("[data-testid=likely-matches]");
        Assert.NotNull(banner);
        Assert.Contains("Siobhan Visitor", banner.TextContent);
        var use = banner.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/contacts/{existing.Id}/link?prisonerId={second.Id}", use);

        var linked = await client.PostForm(use, use, new Dictionary<string, string> { ["Relationship"] = "Friend" });
        Assert.Equal($"/prisoners/{second.Id}/contacts", linked.Headers.Location!.ToString());
        await using var db = app.Db(second.EstablishmentId);
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.FirstName == "Siobhan" && c.LastName == "Visitor"));
        Assert.Equal(2, await db.PrisonerContacts.CountAsync(l => l.ContactId == existing.Id));

        var again = await StaffClient.Parse(await client.PostForm(use, use, new Dictionary<string, string> { ["Relationship"] = "Friend" }));
        Assert.Equal([$"Siobhan Visitor is already a contact of Tobias Testprisoner"], again.ErrorSummary());
    }

    [Fact]
    public async Task After_the_warning_staff_can_still_create_a_different_person_with_the_same_name()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        await PeopleTestData.Contact(app, prisoner, "Gwendolyn", new DateOnly(1990, 1, 1));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var form = NewContact(prisoner.Id, "Gwendolyn", "1/1/1990");
        form["LastName"] = "Visitor";
        await client.PostForm($"/contacts/new?prisonerId={prisoner.Id}", "/contacts/new", form);

        form["ConfirmedNew"] = "true";
        form["Relationship"] = "Cousin";
        var response = await client.Http.PostAsync("/contacts/new", new FormUrlEncodedContent(
            form.Append(new("__RequestVerificationToken", await Token(client, prisoner.Id)))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.FirstName == "Gwendolyn"));
    }

    private static async Task<string> Token(StaffClient client, int prisonerId)
    {
        var page = await client.GetPage($"/contacts/new?prisonerId={prisonerId}");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    [Fact]
    public async Task Age_decides_whether_a_contact_is_shown_as_a_child()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var today = TestClock.Today;
        await PeopleTestData.Contact(app, prisoner, "Childish", today.AddYears(-17));
        await PeopleTestData.Contact(app, prisoner, "Grownup", today.AddYears(-18));
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var page = await client.GetPage($"/prisoners/{prisoner.Id}/contacts");
        var ages = page.QuerySelectorAll("[data-testid=contacts] tbody tr")
            .ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent.Trim().Split(' ')[0], r => r.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("17 (child)", ages["Childish"]);
        Assert.Equal("18", ages["Grownup"]);
    }

    [Fact]
    public async Task Only_security_can_approve_a_visitor()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (_, link) = await PeopleTestData.Contact(app, prisoner, "Approvable", new DateOnly(1985, 5, 5), approved: false);

        using (var visits = await StaffClient.SignedIn(app, "visits.wymott"))
        {
            await visits.PostForm($"/contacts/links/{link.Id}", $"/contacts/links/{link.Id}",
                new Dictionary<string, string> { ["ApprovedVisitor"] = "true", ["NextOfKin"] = "true" }, keepPrefilled: true);
        }
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var after = await db.PrisonerContacts.SingleAsync(l => l.Id == link.Id);
            Assert.False(after.ApprovedVisitor);
            Assert.True(after.NextOfKin);
        }

        using var security = await StaffClient.SignedIn(app, "security.wymott");
        await security.PostForm($"/contacts/links/{link.Id}", $"/contacts/links/{link.Id}",
            new Dictionary<string, string> { ["ApprovedVisitor"] = "true" }, keepPrefilled: true);
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.True((await check.PrisonerContacts.SingleAsync(l => l.Id == link.Id)).ApprovedVisitor);
        Assert.True(await check.AuditEvents.AnyAsync(a => a.EntityType == "PrisonerContact" && a.Action == "Updated" && a.EntityId == link.Id.ToString() && a.Changes!.Contains("ApprovedVisitor")));
    }

    [Fact]
    public async Task A_contact_linked_in_two_establishments_is_seen_in_each_only_through_its_prisoners()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymottPrisoner = await PeopleTestData.Prisoner(app, "WYI", "Wymottside");
        var littleheyPrisoner = await PeopleTestData.Prisoner(app, "LHI", "Littleheyside");
        var (contact, _) = await PeopleTestData.Contact(app, wymottPrisoner, "Shared", new DateOnly(1970, 3, 3));
        await using (var db = app.Db(littleheyPrisoner.EstablishmentId))
        {
            db.PrisonerContacts.Add(new PrisonerContact { PrisonerId = littleheyPrisoner.Id, ContactId = contact.Id, Relationship = Relationship.Wife });
            await db.SaveChangesAsync();
        }
        var unlinked = await PeopleTestData.Contact(app, wymottPrisoner, "Wymottonly", new DateOnly(1971, 3, 3));

        using var littlehey = await StaffClient.SignedIn(app, "visits.littlehey");
        var page = await littlehey.GetPage($"/contacts/{contact.Id}");
        Assert.Contains("Littleheyside", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Wymottside", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync($"/contacts/{unlinked.Contact.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync($"/contacts/{unlinked.Contact.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await littlehey.Http.GetAsync($"/contacts/links/{unlinked.Link.Id}")).StatusCode);
        var search = await littlehey.GetPage("/contacts?q=Wymottonly");
        Assert.Equal("0 contacts found", search.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
    }
}
