using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.CareForeign;

/// <summary>The care-experienced register through the real app: registering, adviser contacts, consent, refusals, isolation.</summary>
[Collection("App")]
public sealed class CareExperiencedPagesTests(AppFixture fixture)
{
    private static string D(DateOnly d) => LondonTime.DateInput(d);

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Family_services_register_a_prisoner_see_the_care_leaver_status_and_record_an_adviser_contact()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Registerme");
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            // Born 20 years ago: looked after from 15 to 17, so a former relevant child until the day before the 25th birthday.
            var p = await db.Prisoners.SingleAsync(x => x.Id == prisoner.Id);
            p.DateOfBirth = TestClock.Today.AddYears(-20);
            p.ReceptionDate = TestClock.Today.AddDays(-30);
            await db.SaveChangesAsync();
        }
        var born = TestClock.Today.AddYears(-20);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var registered = await client.PostForm("/careexperienced/register", "/careexperienced/register",
        [
            F("PrisonNumber", prisoner.PrisonNumber), F("RegisteredOn", D(TestClock.Today.AddDays(-12))), F("IdentifiedBy", "InductionQuestionnaire"),
            F("LookedAfterFrom", D(born.AddYears(15))), F("LookedAfterTo", D(born.AddYears(17))), F("ConsentToShare", "true"),
            F("LocalAuthority", "Blackburn with Darwen"), F("PersonalAdviserName", "Rhiannon Adviser"), F("PathwayPlanHeld", "false"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var url = registered.Headers.Location!.ToString();
        var details = await client.GetPage(url);
        var status = details.QuerySelector("[data-testid=status]")!.TextContent;
        Assert.Contains("Former relevant child", status);
        Assert.Contains(LondonTime.FormatDate(born.AddYears(25).AddDays(-1)), status);
        // Registered 12 days ago, received 30 days ago: the first contact was due 2 days ago.
        Assert.Contains("Overdue by 2 days", details.QuerySelector("[data-testid=due]")!.TextContent);
        Assert.Contains("Blackburn with Darwen", details.QuerySelector("[data-testid=local-authority]")!.TextContent);

        var id = url.Split('/').Last();
        var contact = await client.PostForm($"/careexperienced/{id}/contacts/new", $"/careexperienced/{id}/contacts/new",
            [F("OccurredOn", D(TestClock.Today)), F("Method", "VideoCall"), F("Who", "Rhiannon Adviser"), F("Notes", "Housing on release")]);
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);
        var after = await client.GetPage($"/careexperienced/{id}");
        Assert.DoesNotContain("Overdue", after.QuerySelector("[data-testid=due]")!.TextContent);
        Assert.Contains(LondonTime.FormatDate(TestClock.Today.AddDays(56)), after.QuerySelector("[data-testid=due]")!.TextContent);
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.True((await check.Prisoners.SingleAsync(p => p.Id == prisoner.Id)).CareExperienced);
    }

    [Fact]
    public async Task Withdrawn_consent_hides_the_local_authority_and_adviser()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var record = await CareForeignTestData.Record(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        Assert.Contains("Lancashire County Council", (await client.GetPage($"/careexperienced/{record.Id}")).DocumentElement.OuterHtml);

        var withdrawn = await client.PostForm($"/careexperienced/{record.Id}/consent", $"/careexperienced/{record.Id}/consent",
            [F("ConsentToShare", "false"), F("On", D(TestClock.Today))]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var page = await client.GetPage($"/careexperienced/{record.Id}");
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Lancashire County Council", html);
        Assert.DoesNotContain("Morwenna Testadviser", html);
        Assert.DoesNotContain("01772 000111", html);
        Assert.NotNull(page.QuerySelector("[data-testid=hidden-details]"));
        Assert.Contains("Withdrawn on", page.QuerySelector("[data-testid=consent]")!.TextContent);

        // Withdrawing again is refused and changes nothing; giving consent again shows the details.
        var again = await client.PostForm($"/careexperienced/{record.Id}/consent", $"/careexperienced/{record.Id}/consent",
            [F("ConsentToShare", "false"), F("On", D(TestClock.Today))]);
        Assert.Equal(["The prisoner has not consented: there is nothing to withdraw"], (await StaffClient.Parse(again)).ErrorSummary());
        await client.PostForm($"/careexperienced/{record.Id}/consent", $"/careexperienced/{record.Id}/consent", [F("ConsentToShare", "true"), F("On", D(TestClock.Today))]);
        Assert.Contains("Lancashire County Council", (await client.GetPage($"/careexperienced/{record.Id}")).DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Registering_a_prisoner_twice_is_refused_and_saves_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var record = await CareForeignTestData.Record(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        await using var db = app.Db(record.EstablishmentId);
        var before = await db.CareExperiencedRecords.CountAsync();
        var refused = await client.PostForm("/careexperienced/register", "/careexperienced/register",
            [F("PrisonNumber", record.Prisoner!.PrisonNumber), F("RegisteredOn", D(TestClock.Today)), F("IdentifiedBy", "Referral"), F("ConsentToShare", "false"), F("PathwayPlanHeld", "false")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["This prisoner is already on the care-experienced register"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(before, await db.CareExperiencedRecords.CountAsync());
    }

    [Fact]
    public async Task A_contact_with_an_impossible_date_is_refused_with_an_error_summary()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var record = await CareForeignTestData.Record(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        var refused = await client.PostForm($"/careexperienced/{record.Id}/contacts/new", $"/careexperienced/{record.Id}/contacts/new",
            [F("OccurredOn", D(TestClock.Today.AddDays(3))), F("Method", "Phone"), F("Who", "")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await StaffClient.Parse(refused)).ErrorSummary();
        Assert.Contains("Enter who the contact was with", errors);
        Assert.Single(errors, e => e.Contains("Date of contact", StringComparison.Ordinal) || e.Contains("today or in the past", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_establishments_record_is_not_found_and_the_family_lead_reads_but_cannot_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var theirs = await CareForeignTestData.Record(app, "SHI");
        var ours = await CareForeignTestData.Record(app);
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyServices, "WYI");
        foreach (var url in new[] { $"/careexperienced/{theirs.Id}", $"/careexperienced/{theirs.Id}/contacts/new", $"/careexperienced/{theirs.Id}/consent" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }
        var post = await CrossPost.To(client, $"/careexperienced/{ours.Id}/contacts/new", $"/careexperienced/{theirs.Id}/contacts/new",
            F("OccurredOn", D(TestClock.Today)), F("Method", "Phone"), F("Who", "Someone"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        using var lead = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var page = await lead.GetPage($"/careexperienced/{ours.Id}");
        Assert.DoesNotContain("/contacts/new", page.DocumentElement.OuterHtml);
        Assert.NotNull(page.QuerySelector("[data-testid=status]"));
        var refused = await lead.Http.PostAsync($"/careexperienced/{ours.Id}/contacts/new", new FormUrlEncodedContent([F("Who", "x")]));
        Assert.True(refused.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        await using var db = app.Db(ours.EstablishmentId);
        Assert.Equal(0, await db.PersonalAdviserContacts.CountAsync(c => c.RecordId == ours.Id));
    }

    [Fact]
    public async Task The_landing_page_lists_the_register_the_overdue_contacts_and_the_measures()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var record = await CareForeignTestData.Record(app); // registered 20 days ago, no contact: overdue
        using var client = await StaffClient.SignedInAsNew(app, Roles.FamilyLead, "WYI");
        var page = await client.GetPage("/careexperienced");
        Assert.Contains(record.Prisoner!.PrisonNumber, page.QuerySelector("[data-testid=overdue]")!.TextContent);
        Assert.NotEqual("–", page.QuerySelector("[data-testid=overdue-figure]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=others-visit]"));
        Assert.Contains(record.Prisoner.PrisonNumber, (await client.GetPage("/careexperienced/worklist")).QuerySelector("[data-testid=worklist]")!.TextContent);
    }
}
