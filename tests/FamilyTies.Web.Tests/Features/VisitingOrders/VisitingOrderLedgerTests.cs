using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Features.VisitingOrders.VisitingOrdersTestData;

namespace FamilyTies.Web.Tests.Features.VisitingOrders;

/// <summary>The ledger under concurrency: the balance row's token stops two changes spending the same order.</summary>
[Collection("App")]
public sealed class VisitingOrderLedgerTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_last_order_cannot_be_spent_twice_at_the_same_moment(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        await Post(app, prisoner, VisitingOrderEntryType.ManualAdjustment, 1);

        await using var first = app.Db(prisoner.EstablishmentId);
        await using var second = app.Db(prisoner.EstablishmentId);
        var ledgers = new[] { new VisitingOrderLedger(first), new VisitingOrderLedger(second) };
        var balances = await Task.WhenAll(ledgers.Select(l => l.BalanceFor(prisoner.Id, prisoner.EstablishmentId)));
        Assert.All(balances, b => Assert.Equal(1, b.Balance));
        ledgers[0].Post(balances[0], VisitingOrderEntryType.UsedForVisit, -1, "Booked by a test");
        ledgers[1].Post(balances[1], VisitingOrderEntryType.UsedForVisit, -1, "Booked by a test");

        var saves = await Task.WhenAll(Save(first), Save(second));
        Assert.Equal(1, saves.Count(ok => ok));
        Assert.Equal(0, await ConsistentBalance(app, prisoner));
        Assert.Single((await Ledger(app, prisoner)).Entries, e => e.Type == VisitingOrderEntryType.UsedForVisit);
    }

    [Fact]
    public async Task Two_exchanges_of_the_last_order_at_once_give_one_exchange_and_one_clear_refusal()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        await Post(app, prisoner, VisitingOrderEntryType.ManualAdjustment, 1);

        // Both read the balance (1) before either saves: the loser's retry reads 0 and is refused.
        var gate = new SaveGate();
        await using var first = gate.Db(app, prisoner.EstablishmentId);
        await using var second = gate.Db(app, prisoner.EstablishmentId);
        var postings = await Task.WhenAll(new[] { first, second }.Select(db => new VisitingOrderLedger(db).PostAndSave(
            prisoner.Id, prisoner.EstablishmentId, VisitingOrderEntryType.ExchangedForPhoneCredit, -1, "",
            b => b.Balance < 1 ? "No visiting orders to exchange" : null)));

        Assert.Single(postings, p => p.Posted);
        Assert.Single(postings, p => p.Refusal == "No visiting orders to exchange");
        Assert.Equal(0, await ConsistentBalance(app, prisoner));
    }

    [Fact]
    public async Task The_balance_is_always_the_sum_of_the_changes()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        foreach (var (type, change) in new[]
                 {
                     (VisitingOrderEntryType.ManualAdjustment, 3), (VisitingOrderEntryType.UsedForVisit, -1),
                     (VisitingOrderEntryType.RefundedOnCancellation, 1), (VisitingOrderEntryType.Accumulation, 4),
                     (VisitingOrderEntryType.ExchangedForLetter, -1), (VisitingOrderEntryType.ForeignNationalSubstitution, 1),
                 })
        {
            await Post(app, prisoner, type, change);
        }
        Assert.Equal(7, await ConsistentBalance(app, prisoner));

        // Each change is audited with the prisoner it concerns.
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal(6, await db.AuditEvents.CountAsync(a => a.EntityType == nameof(VisitingOrderEntry) && a.PrisonerId == prisoner.Id));
    }

    [Fact]
    public async Task The_app_allocates_this_month_to_every_active_convicted_demo_prisoner_at_start_up()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var result = await StartupAllocation(app);
        Assert.NotNull(result);
        Assert.Equal((VisitingOrderRules.PeriodOf(TestClock.Now), 3, 0, 0), (result.Period, result.Establishments, result.AlreadyAllocated, result.Failed));
        await using var db = app.Db();
        var period = result.Period;
        // Demo prison numbers start A-H; the tests' own prisoners (Z...) were recorded after start-up.
        var demo = await db.Prisoners.IgnoreQueryFilters().Where(p => !EF.Functions.Like(p.PrisonNumber, "Z%"))
            .Select(p => new { p.Status, p.LegalStatus, Allocations = db.VisitingOrderEntries.IgnoreQueryFilters().Count(e => e.PrisonerId == p.Id && e.Period == period) })
            .ToListAsync();
        Assert.Equal(result.Allocated, demo.Count(p => p.Allocations == 1));
        Assert.Equal(demo.Count(p => VisitingOrderRules.IsAllocated(p.Status, p.LegalStatus)), result.Allocated);
        Assert.All(demo, p => Assert.Equal(VisitingOrderRules.IsAllocated(p.Status, p.LegalStatus) ? 1 : 0, p.Allocations));
        Assert.Empty(await db.Prisoners.IgnoreQueryFilters().Where(p => EF.Functions.Like(p.PrisonNumber, "Z%"))
            .Where(p => db.VisitingOrderEntries.IgnoreQueryFilters().Any(e => e.PrisonerId == p.Id && e.Period == period)).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_period_cannot_be_allocated_to_a_prisoner_twice_even_bypassing_the_balance(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var prisoner = await Prisoner(app);
        VisitingOrderEntry Allocation() => new()
        {
            PrisonerId = prisoner.Id, EstablishmentId = prisoner.EstablishmentId, At = TestClock.Now, Type = VisitingOrderEntryType.Allocation,
            Change = 2, BalanceAfter = 2, Period = "2039-01", Reason = "Test",
        };
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.VisitingOrderEntries.Add(Allocation());
            await db.SaveChangesAsync();
        }
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.VisitingOrderEntries.Add(Allocation());
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    private static async Task<bool> Save(FamilyTies.Data.FamilyTiesDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
