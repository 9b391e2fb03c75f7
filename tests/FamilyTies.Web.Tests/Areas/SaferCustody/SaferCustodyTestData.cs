using System.Net;
using FamilyTies.Domain.Common;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Areas.SaferCustody;

/// <summary>Helpers for the safer custody tests: a clock the test moves, and the forms a member of the team would fill in.</summary>
public static class SaferCustodyTestData
{
    /// <summary>
    /// The same app and database, with a clock the test controls (in the future, so sign-in cookies stay valid). Its
    /// visiting-order allocation is off, as on any second instance of a database: at start-up it would otherwise
    /// allocate the clock's month to every prisoner recorded before it, the other tests' prisoners among them.
    /// </summary>
    public static WebApplicationFactory<Program> WithClock(FamilyTiesApp app, FakeTimeProvider clock) =>
        app.WithWebHostBuilder(b => b
            .UseSetting("VisitingOrders:AllocationEnabled", "false")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

    public static FakeTimeProvider ClockAt(DateOnly londonDate, TimeOnly londonTime) => new(LondonTime.ToInstant(londonDate, londonTime));

    public static Dictionary<string, string> Contact(DateTimeOffset receivedAt, string prisonNumber = "", bool imminent = false, bool callback = true,
        string channel = "SaferCustodyLine", string category = "Healthcare", string callerName = "Zelda Testcaller") => new()
    {
        ["ReceivedDate"] = LondonTime.DateInput(receivedAt),
        ["ReceivedTime"] = LondonTime.TimeInput(receivedAt),
        ["Channel"] = channel,
        ["CallerName"] = callerName,
        ["CallerRelationship"] = "Sister",
        ["CallerPhone"] = "01632 960999",
        ["CallerWantsCallback"] = callback ? "true" : "false",
        ["PrisonNumber"] = prisonNumber,
        ["PrisonerNameGiven"] = "",
        ["Categories"] = category,
        ["ImminentRisk"] = imminent ? "true" : "false",
        ["CallerSaid"] = "A secret worry only the safer custody team may read",
    };

    public static Dictionary<string, string> Escalation(DateTimeOffset at) => new()
    {
        ["EscalatedTo"] = "DutyGovernor",
        ["EscalatedToName"] = "Governor Testperson",
        ["EscalatedDate"] = LondonTime.DateInput(at),
        ["EscalatedTime"] = LondonTime.TimeInput(at),
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, Dictionary<string, string> more)
    {
        foreach (var (k, v) in more)
        {
            fields[k] = v;
        }
        return fields;
    }

    /// <summary>Logs a contact and returns its id.</summary>
    public static async Task<int> LogContact(StaffClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostForm("/safercustody/contacts/new", "/safercustody/contacts/new", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await StaffClient.Parse(response);
            throw new InvalidOperationException("Contact not logged: " + string.Join("; ", page.ErrorSummary()));
        }
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task RecordAction(StaffClient client, int contactId, string kind, DateTimeOffset at, string? consent = null, string notes = "Done")
    {
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = kind, ["OccurredDate"] = LondonTime.DateInput(at), ["OccurredTime"] = LondonTime.TimeInput(at), ["Notes"] = notes,
        };
        if (consent is not null)
        {
            fields["Consent"] = consent;
        }
        var response = await client.PostForm($"/safercustody/contacts/{contactId}/actions/new", $"/safercustody/contacts/{contactId}/actions/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "Action not recorded: " + string.Join("; ", (await StaffClient.Parse(response)).ErrorSummary()));
    }

    /// <summary>The number of a new prisoner of the test's own at an establishment (no demo prisoner's contacts or cases).</summary>
    public static async Task<string> NewPrisonNumber(FamilyTiesApp app, string code) =>
        (await PeopleTestData.Prisoner(app, code, "Safercustodytest")).PrisonNumber;
}
