using FamilyTies.Data.Visits;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// Arranges in the database what a journey needs, so no journey depends on the demo data's details or on what
/// another journey left: prisoners, visitors, visiting orders and sessions of its own, with unique names.
/// </summary>
public static class BrowserTestData
{
    private static int _next = 1000;

    /// <summary>A name no demo person and no other test has (letters only, so it reads as a surname).</summary>
    public static string UniqueSurname(string stem)
    {
        var n = Interlocked.Increment(ref _next);
        return stem + new string(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')).ToArray());
    }

    /// <summary>A new active, convicted prisoner on Standard at an establishment, with a prison number no demo prisoner has.</summary>
    public static async Task<Prisoner> PrisonerAsync(this BrowserFixture fixture, string establishmentCode, string lastName)
    {
        var establishmentId = await fixture.EstablishmentIdAsync(establishmentCode);
        await using var db = fixture.Db(establishmentId);
        var prisoner = new Prisoner
        {
            PrisonNumber = $"X{Interlocked.Increment(ref _next):D4}XX", FirstName = "Evander", LastName = lastName,
            DateOfBirth = new DateOnly(1987, 3, 14), Location = "C-2-011",
        };
        db.Prisoners.Add(prisoner);
        await db.SaveChangesAsync();
        return prisoner;
    }

    /// <summary>An adult contact linked to the prisoner as an approved visitor.</summary>
    public static async Task<Contact> ApprovedVisitorAsync(this BrowserFixture fixture, Prisoner prisoner, string firstName, string lastName)
    {
        await using var db = fixture.Db(prisoner.EstablishmentId);
        var contact = new Contact { CreatedInEstablishmentId = prisoner.EstablishmentId, FirstName = firstName, LastName = lastName, DateOfBirth = new DateOnly(1984, 9, 2) };
        db.PrisonerContacts.Add(new PrisonerContact { PrisonerId = prisoner.Id, Contact = contact, Relationship = Relationship.Mother, ApprovedVisitor = true });
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>Gives the prisoner visiting orders through the ledger, as a manual adjustment.</summary>
    public static async Task VisitingOrdersAsync(this BrowserFixture fixture, Prisoner prisoner, int count)
    {
        await using var db = fixture.Db(prisoner.EstablishmentId);
        var ledger = new VisitingOrderLedger(db);
        ledger.Post(await ledger.BalanceFor(prisoner.Id, prisoner.EstablishmentId), VisitingOrderEntryType.ManualAdjustment, count, "Arranged by a browser test");
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A social session of its own, in a room of its own, with open tables free, every week on the given day from a week
    /// ago: whatever today is, it has dates inside the booking window.
    /// </summary>
    public static async Task<SessionTemplate> OpenSessionAsync(this BrowserFixture fixture, string establishmentCode, DayOfWeek day, int openCapacity = 10)
    {
        var establishmentId = await fixture.EstablishmentIdAsync(establishmentCode);
        await using var db = fixture.Db(establishmentId);
        var room = new Room { Name = "Journey room " + UniqueSurname(""), Kind = RoomKind.VisitsHall, Tables = openCapacity, ClosedBooths = 1 };
        var session = new SessionTemplate
        {
            Name = $"Journey {day} {UniqueSurname("s")}", Room = room, DayOfWeek = day, StartTime = new TimeOnly(13, 0), EndTime = new TimeOnly(15, 0),
            ValidFrom = TestClock.Today.AddDays(-7), OpenCapacity = openCapacity, ClosedCapacity = 1, VisitType = VisitType.Social,
        };
        db.SessionTemplates.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>An open ACCT of the prisoner's, opened a few days ago.</summary>
    public static async Task<FamilyTies.Domain.SaferCustody.SafetyCase> OpenAcctAsync(this BrowserFixture fixture, Prisoner prisoner)
    {
        await using var db = fixture.Db(prisoner.EstablishmentId);
        var safetyCase = new FamilyTies.Domain.SaferCustody.SafetyCase
        {
            PrisonerId = prisoner.Id, Kind = FamilyTies.Domain.SaferCustody.SafetyCaseKind.Acct, Reference = "ACCT-" + prisoner.PrisonNumber,
            OpenedOn = TestClock.Today.AddDays(-3),
        };
        db.SafetyCases.Add(safetyCase);
        await db.SaveChangesAsync();
        return safetyCase;
    }

    /// <summary>The prisoner's visiting-order balance as saved.</summary>
    public static async Task<int> BalanceAsync(this BrowserFixture fixture, Prisoner prisoner)
    {
        await using var db = fixture.Db(prisoner.EstablishmentId);
        return await db.VisitingOrderBalances.Where(b => b.PrisonerId == prisoner.Id).Select(b => b.Balance).SingleOrDefaultAsync();
    }
}
