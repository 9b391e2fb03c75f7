using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Features.People;

/// <summary>Arranges people directly in the database for the tests that need them.</summary>
public static class PeopleTestData
{
    private static int _next = 100;

    /// <summary>A prison number no demo prisoner has (demo numbers start A–H).</summary>
    public static string NewPrisonNumber() => $"Z{Interlocked.Increment(ref _next):D4}ZZ";

    /// <summary>
    /// The one prisoner builder: a new prisoner of the test's own at an establishment, with a prison number no demo
    /// prisoner has. Unless told otherwise active, convicted, on Standard and British, with no visiting-order balance row
    /// (a prisoner recorded after the app's start-up allocation has none until one is posted).
    /// </summary>
    public static async Task<Prisoner> Prisoner(FamilyTiesApp app, string establishmentCode = "WYI", string lastName = "Testprisoner",
        string firstName = "Tobias", IncentiveLevel level = IncentiveLevel.Standard, LegalStatus legalStatus = LegalStatus.Convicted,
        PrisonerStatus status = PrisonerStatus.Active, string nationality = "British")
    {
        var establishmentId = await app.EstablishmentId(establishmentCode);
        await using var db = app.Db(establishmentId);
        var prisoner = new Prisoner
        {
            PrisonNumber = NewPrisonNumber(), FirstName = firstName, LastName = lastName, DateOfBirth = new DateOnly(1988, 4, 2), Location = "A-1-001",
            IncentiveLevel = level, LegalStatus = legalStatus, Status = status, Nationality = nationality,
        };
        db.Prisoners.Add(prisoner);
        await db.SaveChangesAsync();
        return prisoner;
    }

    /// <summary>A prisoner on remand, who is never allocated visiting orders and so has no balance row.</summary>
    public static Task<Prisoner> RemandPrisoner(FamilyTiesApp app, string establishmentCode = "WYI", string lastName = "Remanded") =>
        Prisoner(app, establishmentCode, lastName, legalStatus: LegalStatus.Remand);

    /// <summary>An approved visitor of the prisoner who is <paramref name="age"/> today (London, on the test clock).</summary>
    public static Task<(Contact Contact, PrisonerContact Link)> VisitorAged(FamilyTiesApp app, Prisoner prisoner, int age, string firstName = "Aged") =>
        Contact(app, prisoner, firstName, FamilyTies.Testing.TestClock.Today.AddYears(-age).AddDays(-1));

    public static async Task<(Contact Contact, PrisonerContact Link)> Contact(FamilyTiesApp app, Prisoner prisoner, string firstName, DateOnly dateOfBirth, bool approved = true)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var tracked = await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id);
        var contact = new Contact { CreatedInEstablishmentId = prisoner.EstablishmentId, FirstName = firstName, LastName = "Visitor", DateOfBirth = dateOfBirth };
        var link = new PrisonerContact { Prisoner = tracked, Contact = contact, Relationship = Relationship.Sister, ApprovedVisitor = approved };
        db.PrisonerContacts.Add(link);
        await db.SaveChangesAsync();
        return (contact, link);
    }
}
