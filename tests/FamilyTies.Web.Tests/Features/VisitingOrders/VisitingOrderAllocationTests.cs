using FamilyTies.Data.Visits;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Features.VisitingOrders;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static FamilyTies.Web.Tests.Features.VisitingOrders.VisitingOrdersTestData;

namespace FamilyTies.Web.Tests.Features.VisitingOrders;

/// <summary>
/// Apps of their own, with no demo data and the background allocation turned off, so each test decides when allocation
/// runs. Two establishments of their own: VOA and VOB.
/// </summary>
public sealed class AllocationAppFixture : IDisposable
{
    private readonly Dictionary<DatabaseKind, FamilyTiesApp> _apps = [];
    private readonly Lock _lock = new();

    public FamilyTiesApp App(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_apps.TryGetValue(kind, out var app))
            {
                app = new FamilyTiesApp(kind, seed: false, settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" });
                _ = app.Server;
                using var db = app.Db();
                db.Establishments.AddRange(
                    new Establishment { Code = "VOA", Name = "HMP Allocation A" },
                    new Establishment { Code = "VOB", Name = "HMP Allocation B" });
                db.SaveChanges();
                _apps[kind] = app;
            }
            return app;
        }
    }

    public void Dispose()
    {
        foreach (var app in _apps.Values)
        {
            app.Dispose();
        }
    }
}

/// <summary>
/// Monthly allocation: amounts from the establishment's settings, only active convicted prisoners, and idempotent per
/// period, even with two runs at once. Each test uses periods of its own, later periods after earlier ones.
/// </summary>
public sealed class VisitingOrderAllocationTests(AllocationAppFixture fixture, ITestOutputHelper output) : IClassFixture<AllocationAppFixture>
{
    private static async Task SetAllowances(FamilyTiesApp app, string code, int basic, int standard, int enhanced)
    {
        await using var db = app.Db();
        var establishment = await db.Establishments.SingleAsync(e => e.Code == code);
        (establishment.VisitingOrdersBasic, establishment.VisitingOrdersStandard, establishment.VisitingOrdersEnhanced) = (basic, standard, enhanced);
        await db.SaveChangesAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_prisoner_gets_their_incentive_level_s_allowance_from_the_establishment_settings(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        await SetAllowances(app, "VOA", 1, 2, 4);
        await SetAllowances(app, "VOB", 1, 1, 6);
        var elsewhere = await Prisoner(app, "VOB", level: IncentiveLevel.Enhanced);
        var basic = await Prisoner(app, "VOA", level: IncentiveLevel.Basic);
        var standard = await Prisoner(app, "VOA", level: IncentiveLevel.Standard);
        var enhanced = await Prisoner(app, "VOA", level: IncentiveLevel.Enhanced);

        await Allocate(app, "2040-01");
        Assert.Equal(1, await ConsistentBalance(app, basic));
        Assert.Equal(2, await ConsistentBalance(app, standard));
        Assert.Equal(4, await ConsistentBalance(app, enhanced));
        Assert.Equal(6, await ConsistentBalance(app, elsewhere));
        var (balance, entries) = await Ledger(app, enhanced);
        var entry = Assert.Single(entries);
        Assert.Equal((VisitingOrderEntryType.Allocation, 4, "2040-01", "system"), (entry.Type, entry.Change, entry.Period, entry.UserId));
        Assert.Equal("January 2040 allocation (Enhanced)", entry.Reason);
        Assert.Equal("2040-01", balance!.LastAllocatedPeriod);

        // The settings are read at each allocation: a change applies from the next period.
        await SetAllowances(app, "VOA", 0, 3, 5);
        await Allocate(app, "2040-02");
        Assert.Equal(1, await ConsistentBalance(app, basic));
        Assert.Equal(5, await ConsistentBalance(app, standard));
        Assert.Equal(9, await ConsistentBalance(app, enhanced));
        await SetAllowances(app, "VOA", 2, 2, 3);
    }

    [Fact]
    public async Task Allocating_a_period_twice_changes_nothing_and_a_new_period_allocates_again()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await SetAllowances(app, "VOA", 2, 2, 3);
        var prisoner = await Prisoner(app, "VOA");

        var first = await Allocate(app, "2040-03");
        Assert.True(first.Allocated >= 1);
        Assert.Equal(0, first.Failed);
        var entriesAfterFirst = await CountEntries(app);

        var again = await Allocate(app, "2040-03");
        Assert.Equal((0, first.Allocated + first.AlreadyAllocated, 0), (again.Allocated, again.AlreadyAllocated, again.Failed));
        Assert.Equal(entriesAfterFirst, await CountEntries(app));
        Assert.Equal(2, await ConsistentBalance(app, prisoner));

        var next = await Allocate(app, "2040-04");
        Assert.True(next.Allocated >= 1);
        Assert.Equal(4, await ConsistentBalance(app, prisoner));
        var (balance, entries) = await Ledger(app, prisoner);
        Assert.Equal(["2040-03", "2040-04"], entries.Select(e => e.Period));
        Assert.Equal("2040-04", balance!.LastAllocatedPeriod);

        // A balance that records a later period is never given an earlier one (a clock put back).
        await Allocate(app, "2040-03");
        Assert.Equal(4, await ConsistentBalance(app, prisoner));
    }

    [Fact]
    public async Task Remand_released_transferred_and_departed_prisoners_get_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var remand = await Prisoner(app, "VOA", legalStatus: LegalStatus.Remand);
        var released = await Prisoner(app, "VOA", status: PrisonerStatus.Released);
        var transferred = await Prisoner(app, "VOA", status: PrisonerStatus.Transferred);
        var left = await Prisoner(app, "VOA", status: PrisonerStatus.Left);
        var active = await Prisoner(app, "VOA");

        await Allocate(app, "2040-05");
        foreach (var prisoner in new[] { remand, released, transferred, left })
        {
            var (balance, entries) = await Ledger(app, prisoner);
            Assert.Null(balance);
            Assert.Empty(entries);
        }
        Assert.Single((await Ledger(app, active)).Entries);

        await using var db = app.Db();
        var allocatedOutsideTheRules = await db.VisitingOrderEntries.IgnoreQueryFilters()
            .Where(e => e.Period == "2040-05")
            .Join(db.Prisoners.IgnoreQueryFilters(), e => e.PrisonerId, p => p.Id, (e, p) => p)
            .CountAsync(p => p.Status != PrisonerStatus.Active || p.LegalStatus != LegalStatus.Convicted);
        Assert.Equal(0, allocatedOutsideTheRules);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_allocations_running_at_once_for_the_same_period_allocate_once(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        await SetAllowances(app, "VOA", 2, 2, 3);
        await SetAllowances(app, "VOB", 2, 2, 3);
        var prisoners = new List<Prisoner>();
        for (var i = 0; i < 6; i++)
        {
            prisoners.Add(await Prisoner(app, i < 3 ? "VOA" : "VOB", level: i % 2 == 0 ? IncentiveLevel.Standard : IncentiveLevel.Enhanced));
        }
        foreach (var (period, month) in new[] { ("2040-06", 1), ("2040-07", 2), ("2040-08", 3) })
        {
            // Both runs read the first batch's balances before either saves; one then loses and re-reads.
            var gate = new SaveGate();
            AllocationResult[] results;
            await using (var one = app.Services.CreateAsyncScope())
            await using (var two = app.Services.CreateAsyncScope())
            {
                results = await Task.WhenAll(new[] { one, two }.Select(scope => new VisitingOrderAllocation(
                    gate.Options(app), TestClock.Provider, NullLogger<VisitingOrderAllocation>.Instance).AllocateAsync(period)));
            }
            output.WriteLine(string.Join(" | ", results.Select(r => r.ToString())));
            Assert.All(results, r => Assert.Equal(0, r.Failed));
            Assert.True(results.Sum(r => r.Retries) >= 1, "one run lost the race and retried");

            await using var db = app.Db();
            var perPrisoner = await db.VisitingOrderEntries.IgnoreQueryFilters().Where(e => e.Period == period)
                .GroupBy(e => e.PrisonerId).Select(g => g.Count()).ToListAsync();
            Assert.All(perPrisoner, count => Assert.Equal(1, count));
            Assert.Equal(perPrisoner.Count, results.Sum(r => r.Allocated));
            for (var i = 0; i < prisoners.Count; i++)
            {
                Assert.Equal(month * (i % 2 == 0 ? 2 : 3), await ConsistentBalance(app, prisoners[i]));
            }
        }
    }

    [Fact]
    public async Task A_prisoner_recorded_after_a_run_began_waits_for_the_next_run()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var before = TestClock.Now;
        await Task.Delay(20);
        var prisoner = await Prisoner(app, "VOA");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VisitingOrderAllocation>().AllocateAsync("2040-09", before);
        }
        Assert.Null((await Ledger(app, prisoner)).Balance);
        await Allocate(app, "2040-09");
        Assert.Equal(2, await ConsistentBalance(app, prisoner));
    }

    [Fact]
    public async Task The_background_service_allocates_at_start_up_and_again_when_the_month_turns_in_London()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await SetAllowances(app, "VOA", 2, 2, 3);
        var prisoner = await Prisoner(app, "VOA");
        // 23:30 on 31 March 2041 UTC is 00:30 on 1 April in London (summer time): already April's period.
        var clock = new FakeTimeProvider(new DateTimeOffset(2041, 3, 31, 23, 30, 0, TimeSpan.Zero));
        var service = new VisitingOrderAllocationService(app.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            Options.Create(new VisitingOrderAllocationOptions()), NullLogger<VisitingOrderAllocationService>.Instance);

        var startUp = service.NextRun;
        await service.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal("2041-04", (await startUp.WaitAsync(TimeSpan.FromMinutes(1)))!.Period);
            Assert.Equal("2041-04", (await Ledger(app, prisoner)).Balance!.LastAllocatedPeriod);

            // An hour later, the same month: nothing is due.
            var hourly = service.NextRun;
            clock.Advance(TimeSpan.FromHours(1));
            var quiet = (await hourly.WaitAsync(TimeSpan.FromMinutes(1)))!;
            Assert.Equal(("2041-04", 0, 0), (quiet.Period, quiet.Allocated, quiet.Failed));

            // 30 April 22:59 UTC is 23:59 in London (the hourly run that jump sets off finds nothing due); the next run
            // is due at the turn of the month, not an hour later, and allocates May.
            var catchUp = service.NextRun;
            clock.SetUtcNow(new DateTimeOffset(2041, 4, 30, 22, 59, 0, TimeSpan.Zero));
            Assert.Equal(0, (await catchUp.WaitAsync(TimeSpan.FromMinutes(1)))!.Allocated);
            var nextMonth = service.NextRun;
            clock.Advance(TimeSpan.FromMinutes(2));
            var may = (await nextMonth.WaitAsync(TimeSpan.FromMinutes(1)))!;
            Assert.Equal("2041-05", may.Period);
            Assert.True(may.Allocated > 0);
            Assert.Equal(4, await ConsistentBalance(app, prisoner));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> CountEntries(FamilyTiesApp app)
    {
        await using var db = app.Db();
        return await db.VisitingOrderEntries.IgnoreQueryFilters().CountAsync();
    }
}
