using System.Net;
using AngleSharp.Dom;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Web.Tests.Areas.SaferCustody;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features;

/// <summary>A create form sent more than once (a double click, a resent page, many requests at once) creates one record.</summary>
[Collection("App")]
public sealed class DoubleSubmissionTests(AppFixture fixture)
{
    private static string Input(DateOnly d) => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Today => LondonTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>One create form: who fills it in, where, with what, and how many records it has made.</summary>
    private sealed record CreateForm(string User, string Page, string Action, Dictionary<string, string> Fields, Func<FamilyTiesDbContext, Task<int>> Count);

    private async Task<CreateForm> Arrange(FamilyTiesApp app, string form)
    {
        var marker = "Twicesent" + Guid.NewGuid().ToString("N")[..8];
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", marker);
        switch (form)
        {
            case "safer custody contact":
                return new("safercustody.wymott", "/safercustody/contacts/new", "/safercustody/contacts/new",
                    SaferCustodyTestData.Contact(DateTimeOffset.UtcNow.AddMinutes(-10), callerName: marker),
                    db => db.SaferCustodyContacts.CountAsync(c => c.CallerName == marker));
            case "contact":
                return new("visits.wymott", $"/contacts/new?prisonerId={prisoner.Id}", "/contacts/new", new Dictionary<string, string>
                {
                    ["PrisonerId"] = prisoner.Id.ToString(), ["FirstName"] = "Imelda", ["LastName"] = marker, ["DateOfBirth"] = "3/5/1962",
                    ["Town"] = "Wigan", ["Postcode"] = "WN1 2AB", ["Phone"] = "", ["Relationship"] = "Mother",
                }, db => db.Contacts.CountAsync(c => c.LastName == marker));
            case "restriction":
                return new("security.wymott", $"/restrictions/new?prisonerId={prisoner.Id}", "/restrictions/new", new Dictionary<string, string>
                {
                    ["PrisonerId"] = prisoner.Id.ToString(), ["Type"] = "Closed", ["Reason"] = "Intelligence", ["StartDate"] = Input(Today),
                }, db => db.Restrictions.CountAsync(r => r.PrisonerId == prisoner.Id));
            case "non-association":
                var other = await PeopleTestData.Prisoner(app, "WYI", marker + "b");
                return new("security.wymott", $"/non-associations/new?prisonerId={prisoner.Id}", "/non-associations/new", new Dictionary<string, string>
                {
                    ["PrisonerId"] = prisoner.Id.ToString(), ["OtherPrisonNumber"] = other.PrisonNumber, ["Reason"] = "Threats", ["StartDate"] = Input(Today),
                }, db => db.NonAssociations.CountAsync(n => n.PrisonerAId == prisoner.Id || n.PrisonerBId == prisoner.Id));
            default:
                return new("safercustody.wymott", "/safercustody/cases/new", "/safercustody/cases/new", new Dictionary<string, string>
                {
                    ["PrisonNumber"] = prisoner.PrisonNumber, ["Kind"] = "Acct", ["OpenedOn"] = Input(Today.AddDays(-1)),
                }, db => db.SafetyCases.CountAsync(c => c.PrisonerId == prisoner.Id));
        }
    }

    public static TheoryData<string> Forms => ["safer custody contact", "contact", "restriction", "non-association", "ACCT or CSIP case"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Twenty_identical_parallel_posts_create_one_record_and_every_answer_leads_to_it(string form)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var create = await Arrange(app, form);
        using var client = await StaffClient.SignedIn(app, create.User);
        var page = await client.GetPage(create.Page);
        Assert.NotNull(page.QuerySelector($"form[action='{create.Action}'] input[name=SubmissionKey]"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostFormOn(page, create.Action, create.Fields)));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{(int)r.StatusCode} from one of the posts"));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.ToString()).Distinct());
        await using var db = app.Db(wymott);
        Assert.Equal(1, await create.Count(db));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task The_same_form_sent_again_later_creates_nothing_more_and_leads_to_the_first_record(string form)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var create = await Arrange(app, form);
        using var client = await StaffClient.SignedIn(app, create.User);
        var page = await client.GetPage(create.Page);

        var first = await client.PostFormOn(page, create.Action, create.Fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var again = await client.PostFormOn(page, create.Action, create.Fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);

        await using var db = app.Db(wymott);
        Assert.Equal(1, await create.Count(db));

        // A fresh copy of the form is a new submission.
        if (form == "safer custody contact")
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostForm(create.Page, create.Action, create.Fields)).StatusCode);
            Assert.Equal(2, await create.Count(db));
        }
    }

    [Fact]
    public async Task A_form_shown_again_with_errors_keeps_its_key_and_then_creates_once()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var create = await Arrange(app, "safer custody contact");
        using var client = await StaffClient.SignedIn(app, create.User);
        var page = await client.GetPage(create.Page);
        var key = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=SubmissionKey]")!.Value;

        var fields = new Dictionary<string, string>(create.Fields) { ["CallerSaid"] = "" };
        var refused = await StaffClient.Parse(await client.PostFormOn(page, create.Action, fields));
        Assert.Equal(["Enter what the caller said"], refused.ErrorSummary());
        Assert.Equal(key, refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=SubmissionKey]")!.Value);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormOn(refused, create.Action, create.Fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormOn(refused, create.Action, create.Fields)).StatusCode);
        await using var db = app.Db(wymott);
        Assert.Equal(1, await create.Count(db));
    }
}
