using FamilyTies.Data.Visits;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Features.VisitingOrders;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features.VisitingOrders;

/// <summary>Arranges and reads visiting-order ledgers directly in the database.</summary>
public static class VisitingOrdersTestData
{
    /// <summary>A prisoner of the test's own for the ledger tests (<see cref="PeopleTestData.Prisoner"/>, named Osian Ledgerwood).</summary>
    public static Task<Prisoner> Prisoner(FamilyTiesApp app, string establishmentCode = "WYI", IncentiveLevel level = IncentiveLevel.Standard,
        LegalStatus legalStatus = LegalStatus.Convicted, PrisonerStatus status = PrisonerStatus.Active, string nationality = "British") =>
        PeopleTestData.Prisoner(app, establishmentCode, "Ledgerwood", "Osian", level, legalStatus, status, nationality);

    /// <summary>Posts an entry through the ledger, as the system in the prisoner's establishment.</summary>
    public static async Task Post(FamilyTiesApp app, Prisoner prisoner, VisitingOrderEntryType type, int change, string reason = "Arranged by a test")
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var ledger = new VisitingOrderLedger(db);
        ledger.Post(await ledger.BalanceFor(prisoner.Id, prisoner.EstablishmentId), type, change, reason);
        await db.SaveChangesAsync();
    }

    public static async Task<(VisitingOrderBalance? Balance, List<VisitingOrderEntry> Entries)> Ledger(FamilyTiesApp app, Prisoner prisoner)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var balance = await db.VisitingOrderBalances.AsNoTracking().SingleOrDefaultAsync(b => b.PrisonerId == prisoner.Id);
        var entries = await db.VisitingOrderEntries.AsNoTracking().Where(e => e.PrisonerId == prisoner.Id).OrderBy(e => e.Id).ToListAsync();
        return (balance, entries);
    }

    /// <summary>The balance, after checking it is the running sum of the entries (and the last entry's balance).</summary>
    public static async Task<int> ConsistentBalance(FamilyTiesApp app, Prisoner prisoner)
    {
        var (balance, entries) = await Ledger(app, prisoner);
        var sum = entries.Sum(e => e.Change);
        Assert.Equal(sum, balance?.Balance ?? 0);
        var running = 0;
        foreach (var entry in entries)
        {
            running += entry.Change;
            Assert.Equal(running, entry.BalanceAfter);
        }
        return sum;
    }

    public static async Task<AllocationResult> Allocate(FamilyTiesApp app, string period)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitingOrderAllocation>().AllocateAsync(period);
    }

    /// <summary>Waits for the app's start-up allocation, so a test's own prisoners (recorded after start-up) are not touched by it.</summary>
    public static Task<AllocationResult?> StartupAllocation(FamilyTiesApp app) =>
        app.Services.GetRequiredService<VisitingOrderAllocationService>().FirstRun.WaitAsync(TimeSpan.FromMinutes(2));
}
