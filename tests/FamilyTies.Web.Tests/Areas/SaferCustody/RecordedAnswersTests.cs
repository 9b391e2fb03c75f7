using System.Net;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.SaferCustody.SaferCustodyTestData;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>An answer given on a form is recorded, or refused with a reason: never silently dropped.</summary>
[Collection("App")]
public sealed class RecordedAnswersTests(AppFixture fixture)
{
    private static string Input(DateOnly d) => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Consent_given_during_a_welfare_check_is_recorded_and_counts(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var wymott = await app.EstablishmentId("WYI");
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Consentcheck");
        using var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = DateTimeOffset.UtcNow.AddHours(-3);
        var id = await LogContact(team, Contact(received, prisoner.PrisonNumber));

        await RecordAction(team, id, "WelfareCheck", received.AddMinutes(30), consent: "Given");

        await using var db = app.Db(wymott);
        var action = await db.ContactActions.AsNoTracking().SingleAsync(a => a.ContactId == id);
        Assert.Equal(ActionKind.WelfareCheck, action.Kind);
        Assert.Equal(PrisonerConsent.Given, action.Consent);
        var page = await team.GetPage($"/safercustody/contacts/{id}");
        Assert.Equal(SaferCustodyText.Of(PrisonerConsent.Given), page.QuerySelector("[data-testid=consent-status]")!.TextContent.Trim());
        var tell = $"/safercustody/contacts/{id}/caller/new";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostForm(tell, tell, new Dictionary<string, string>
        {
            ["Result"] = "Told", ["OccurredDate"] = LondonTime.DateInput(received.AddMinutes(40)), ["OccurredTime"] = LondonTime.TimeInput(received.AddMinutes(40)),
            ["Disclosure"] = "WelfareAndActions", ["Notes"] = "Told her how he is",
        })).StatusCode);

        // An action without an answer records none; an answer that is not one of the choices is refused.
        await RecordAction(team, id, "HealthcareReferral", received.AddMinutes(50));
        Assert.Null((await db.ContactActions.AsNoTracking().Where(a => a.ContactId == id).OrderBy(a => a.Id).LastAsync()).Consent);
        var url = $"/safercustody/contacts/{id}/actions/new";
        var refused = await team.PostForm(url, url, new Dictionary<string, string>
        {
            ["Kind"] = "WelfareCheck", ["OccurredDate"] = LondonTime.DateInput(received.AddMinutes(55)), ["OccurredTime"] = LondonTime.TimeInput(received.AddMinutes(55)),
            ["Consent"] = "Maybe",
        });
        Assert.Equal(["Select whether the prisoner agreed to information being shared with the caller"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(2, await db.ContactActions.CountAsync(a => a.ContactId == id));
    }

    [Fact]
    public async Task Telling_the_caller_refuses_answers_the_result_does_not_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        using var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        var received = DateTimeOffset.UtcNow.AddHours(-3);
        var id = await LogContact(team, Contact(received));
        var url = $"/safercustody/contacts/{id}/caller/new";
        Dictionary<string, string> Call(string result) => new()
        {
            ["Result"] = result, ["OccurredDate"] = LondonTime.DateInput(received.AddHours(1)), ["OccurredTime"] = LondonTime.TimeInput(received.AddHours(1)),
            ["Notes"] = "Rang her",
        };

        var told = Call("NotToldOther");
        told["Disclosure"] = "AcknowledgementOnly";
        Assert.Equal(["Leave what the caller was told blank unless they were told the outcome"], (await StaffClient.Parse(await team.PostForm(url, url, told))).ErrorSummary());
        var attempts = Call("Told");
        attempts["Disclosure"] = "AcknowledgementOnly";
        attempts["Attempts"] = "2";
        Assert.Equal(["Leave the number of calls blank unless there was no answer"], (await StaffClient.Parse(await team.PostForm(url, url, attempts))).ErrorSummary());

        await using var db = app.Db(wymott);
        Assert.False(await db.CallerFeedback.AnyAsync(f => f.ContactId == id));
    }

    [Fact]
    public async Task A_family_involvement_entry_refuses_answers_its_kind_does_not_record()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var wymott = await app.EstablishmentId("WYI");
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Entrycheck");
        using var team = await StaffClient.SignedIn(app, "safercustody.wymott");
        var today = LondonTime.DateOf(DateTimeOffset.UtcNow);
        var opened = await team.PostForm("/safercustody/cases/new", "/safercustody/cases/new", new Dictionary<string, string>
        {
            ["PrisonNumber"] = prisoner.PrisonNumber, ["Kind"] = "Acct", ["OpenedOn"] = Input(today.AddDays(-2)),
        });
        var caseId = int.Parse(opened.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/safercustody/cases/{caseId}/entries/new";

        var update = new Dictionary<string, string> { ["Kind"] = "FamilyUpdated", ["OccurredOn"] = Input(today), ["Answer"] = "Agreed", ["Attended"] = "true" };
        Assert.Equal(
            ["Leave the prisoner's answer blank unless the prisoner was asked about family involvement", "Leave whether the family member attended blank unless you are recording review attendance"],
            (await StaffClient.Parse(await team.PostForm(url, url, update))).ErrorSummary());
        var asked = new Dictionary<string, string> { ["Kind"] = "PrisonerAsked", ["OccurredOn"] = Input(today), ["Answer"] = "Declined", ["ReviewOn"] = Input(today.AddDays(3)) };
        Assert.Equal(["Leave the date of the review blank unless you are recording an invitation or attendance"],
            (await StaffClient.Parse(await team.PostForm(url, url, asked))).ErrorSummary());

        await using var db = app.Db(wymott);
        Assert.False(await db.FamilyInvolvementEntries.AnyAsync(e => e.SafetyCaseId == caseId));
        asked.Remove("ReviewOn");
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostForm(url, url, asked)).StatusCode);
        Assert.Equal(FamilyAnswer.Declined, (await db.FamilyInvolvementEntries.AsNoTracking().SingleAsync(e => e.SafetyCaseId == caseId)).Answer);
    }
}
