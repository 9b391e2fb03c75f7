using System.Net;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.FamilyDays;

/// <summary>Family days, prisoners with family and the steps of an application, each test's own.</summary>
public static class FamilyDaysTestData
{
    public static DateOnly Today => TestClock.Today;

    public static string Input(DateOnly d) => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A family day of the test's own, open to everyone, 10am to 3pm.</summary>
    public static async Task<FamilyDay> Day(FamilyTiesApp app, string code = "WYI", int families = 10, int people = 40, DateOnly? date = null,
        Action<FamilyDay>? change = null)
    {
        await using var db = app.Db(await app.EstablishmentId(code));
        var day = new FamilyDay
        {
            Title = "Test family day " + Guid.NewGuid().ToString("N")[..6], Type = FamilyDayType.ChildrensDay, Date = date ?? Today.AddDays(20),
            StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(15, 0), Venue = "Visits hall", CapacityFamilies = families, CapacityPeople = people,
            Organiser = "Family services",
        };
        change?.Invoke(day);
        db.FamilyDays.Add(day);
        await db.SaveChangesAsync();
        return day;
    }

    /// <summary>An approved family member of the prisoner, <paramref name="age"/> today.</summary>
    public static async Task<(Contact Contact, PrisonerContact Link)> Member(FamilyTiesApp app, Prisoner prisoner, string firstName, Relationship relationship, int age,
        bool childContactApproved = false)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var tracked = await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id);
        var contact = new Contact { CreatedInEstablishmentId = prisoner.EstablishmentId, FirstName = firstName, LastName = "Family", DateOfBirth = Today.AddYears(-age).AddDays(-30) };
        var link = new PrisonerContact { Prisoner = tracked, Contact = contact, Relationship = relationship, ApprovedVisitor = true, ChildContactApproved = childContactApproved };
        db.PrisonerContacts.Add(link);
        await db.SaveChangesAsync();
        return (contact, link);
    }

    /// <summary>A prisoner with a partner (an approved visitor), ready to apply.</summary>
    public static async Task<(Prisoner Prisoner, Contact Partner)> Family(FamilyTiesApp app, string code = "WYI", IncentiveLevel level = IncentiveLevel.Standard)
    {
        var prisoner = await PeopleTestData.Prisoner(app, code, "Familyday", level: level);
        var (partner, _) = await Member(app, prisoner, "Pat", Relationship.Partner, 34);
        return (prisoner, partner);
    }

    public static async Task<HttpResponseMessage> Apply(StaffClient client, FamilyDay day, Prisoner prisoner, params int[] contactIds) =>
        await client.PostForm($"/familydays/days/{day.Id}/apply?prisonNumber={prisoner.PrisonNumber}", $"/familydays/days/{day.Id}/apply",
            [new("PrisonNumber", prisoner.PrisonNumber), .. contactIds.Select(id => new KeyValuePair<string, string>("ContactIds", id.ToString()))]);

    public static int IdFrom(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return int.Parse(redirect.Headers.Location!.ToString().Split('/').Last());
    }

    public static async Task<HttpResponseMessage> Check(StaffClient security, int applicationId, string which, string result, string note = "") =>
        await security.PostForm($"/familydays/applications/{applicationId}/checks", $"/familydays/applications/{applicationId}/checks/{which}",
            [new($"{(which == "child" ? "Child" : "Security")}.Result", result), new($"{(which == "child" ? "Child" : "Security")}.Note", note)]);

    public static async Task<HttpResponseMessage> Decide(StaffClient client, int applicationId, string decision, string reason = "") =>
        await client.PostForm($"/familydays/applications/{applicationId}", $"/familydays/applications/{applicationId}/decision",
            [new("Decision", decision), new("Reason", reason)]);

    /// <summary>An application of the test's own, recorded straight into the database with its security check passed.</summary>
    public static async Task<FamilyDayApplication> CheckedApplication(FamilyTiesApp app, FamilyDay day, int guests = 1)
    {
        var (prisoner, partner) = await Family(app);
        await using var db = app.Db(prisoner.EstablishmentId);
        var application = new FamilyDayApplication
        {
            FamilyDayId = day.Id, PrisonerId = prisoner.Id, SecurityCheck = CheckResult.Passed, ChildCheck = CheckResult.NotNeeded,
            Guests = Enumerable.Range(0, guests).Select(_ => new FamilyDayGuest { ContactId = partner.Id, Relationship = Relationship.Partner, AgeOnDay = 34 }).ToList(),
        };
        db.FamilyDayApplications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }
}
