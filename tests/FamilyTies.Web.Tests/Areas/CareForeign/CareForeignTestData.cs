using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Areas.CareForeign;

/// <summary>Care-experienced and foreign-national records of the tests' own, arranged in the database.</summary>
public static class CareForeignTestData
{
    /// <summary>A new prisoner on the care-experienced register, with consent to share given.</summary>
    public static async Task<CareExperiencedRecord> Record(FamilyTiesApp app, string establishmentCode = "WYI", bool consent = true)
    {
        var prisoner = await PeopleTestData.Prisoner(app, establishmentCode, "Careleaver");
        var establishmentId = await app.EstablishmentId(establishmentCode);
        await using var db = app.Db(establishmentId);
        var record = new CareExperiencedRecord
        {
            PrisonerId = prisoner.Id, RegisteredOn = TestClock.Today.AddDays(-20), IdentifiedBy = IdentifiedBy.InductionQuestionnaire,
            ConsentToShare = consent, ConsentGivenOn = consent ? TestClock.Today.AddDays(-20) : null,
            LocalAuthority = "Lancashire County Council", PersonalAdviserName = "Morwenna Testadviser", PersonalAdviserPhone = "01772 000111",
        };
        db.CareExperiencedRecords.Add(record);
        await db.SaveChangesAsync();
        record.Prisoner = prisoner;
        return record;
    }

    /// <summary>A new foreign national (Polish unless told otherwise).</summary>
    public static Task<Prisoner> ForeignNational(FamilyTiesApp app, string establishmentCode = "WYI", string nationality = "Polish") =>
        PeopleTestData.Prisoner(app, establishmentCode, "Zagraniczny", nationality: nationality);

    /// <summary>A new foreign national's family abroad with a night-call override request waiting for a decision.</summary>
    public static async Task<NightCallOverride> NightCall(FamilyTiesApp app, string establishmentCode = "WYI")
    {
        var prisoner = await ForeignNational(app, establishmentCode, "Vietnamese");
        var family = await Family(app, prisoner, "Asia/Ho_Chi_Minh");
        await using var db = app.Db(prisoner.EstablishmentId);
        var request = new NightCallOverride
        {
            FamilyAbroadId = family.Id, RequestedOn = TestClock.Today.AddDays(-2), RequestedBy = "The prisoner", Reason = "Family asleep during phone hours",
        };
        db.NightCallOverrides.Add(request);
        await db.SaveChangesAsync();
        request.FamilyAbroad = family;
        return request;
    }

    /// <summary>A drop-in session of the tests' own, a week before the test clock's today unless told otherwise.</summary>
    public static async Task<DropInSession> DropIn(FamilyTiesApp app, string establishmentCode = "WYI", int daysFromToday = -7)
    {
        await using var db = app.Db(await app.EstablishmentId(establishmentCode));
        var session = new DropInSession
        {
            Date = TestClock.Today.AddDays(daysFromToday), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(11, 30),
            Place = "Library", RunWith = "Test County Council leaving care team",
        };
        db.DropInSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public static async Task<FamilyAbroad> Family(FamilyTiesApp app, Prisoner prisoner, string zone = "Europe/Warsaw")
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var family = new FamilyAbroad { PrisonerId = prisoner.Id, Name = "Agnieszka Testowa", Relationship = "Mother", Country = "Poland", TimeZone = zone };
        db.FamilyAbroad.Add(family);
        await db.SaveChangesAsync();
        return family;
    }
}

/// <summary>Posting one page's form (its antiforgery token) to another address: a record of another establishment.</summary>
public static class CrossPost
{
    public static async Task<HttpResponseMessage> To(StaffClient client, string pageUrl, string action, params KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetPage(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(action, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]));
    }
}
