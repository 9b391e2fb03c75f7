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

    public static async Task<Prisoner> Prisoner(FamilyTiesApp app, string establishmentCode, string lastName = "Testprisoner")
    {
        var establishmentId = await app.EstablishmentId(establishmentCode);
        await using var db = app.Db(establishmentId);
        var prisoner = new Prisoner
        {
            PrisonNumber = NewPrisonNumber(), FirstName = "Tobias", LastName = lastName, DateOfBirth = new DateOnly(1988, 4, 2), Location = "A-1-001",
        };
        db.Prisoners.Add(prisoner);
        await db.SaveChangesAsync();
        return prisoner;
    }

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
