using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyTies.Data.Visits;

/// <summary>What a run did: prisoners allocated, skipped as already allocated, left for the next run, and batches retried after losing a race.</summary>
public sealed record AllocationResult(string Period, int Establishments, int Allocated, int AlreadyAllocated, int Failed, int Retries = 0)
{
    public static AllocationResult operator +(AllocationResult a, AllocationResult b) =>
        new(a.Period, a.Establishments + b.Establishments, a.Allocated + b.Allocated, a.AlreadyAllocated + b.AlreadyAllocated,
            a.Failed + b.Failed, a.Retries + b.Retries);
}

/// <summary>
/// Gives every active convicted prisoner of every establishment their monthly visiting orders for a period, by
/// incentive level from the establishment's settings. Safe to run any number of times, by any number of instances at
/// once: a prisoner whose balance already records the period (or a later one) is skipped, and the unique
/// (prisoner, period) index on the ledger is the backstop. A batch that loses a race is re-read and retried.
/// </summary>
public sealed class VisitingOrderAllocation(
    DbContextOptions<FamilyTiesDbContext> options, TimeProvider clock, ILogger<VisitingOrderAllocation> logger)
{
    public const int BatchSize = 200;
    private const int MaxAttempts = 3;

    /// <summary>
    /// Allocates <paramref name="period"/> (yyyy-MM) in every establishment to prisoners recorded before
    /// <paramref name="recordedBefore"/> (default now): a prisoner added during a run waits for the next run.
    /// </summary>
    public async Task<AllocationResult> AllocateAsync(string period, DateTimeOffset? recordedBefore = null, CancellationToken ct = default)
    {
        List<int> establishmentIds;
        await using (var db = Context(null))
        {
            establishmentIds = await db.Establishments.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        }
        var total = new AllocationResult(period, 0, 0, 0, 0);
        foreach (var establishmentId in establishmentIds)
        {
            total += await AllocateEstablishmentAsync(establishmentId, period, recordedBefore, ct);
        }
        return total;
    }

    public async Task<AllocationResult> AllocateEstablishmentAsync(int establishmentId, string period, DateTimeOffset? recordedBefore = null,
        CancellationToken ct = default)
    {
        if (!VisitingOrderRules.IsPeriod(period))
        {
            throw new ArgumentException($"A period is a month written yyyy-MM, not '{period}'.", nameof(period));
        }
        var before = recordedBefore ?? clock.GetUtcNow();
        // The system acting in this establishment: the query filter shows its rows and the audit guard accepts its writes.
        await using var db = Context(establishmentId);
        var ledger = new VisitingOrderLedger(db);
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == establishmentId, ct);
        int allocated = 0, already = 0, failed = 0, retries = 0, after = 0;
        while (true)
        {
            var prisoners = await db.Prisoners.AsNoTracking()
                .Where(p => p.Id > after && p.Status == PrisonerStatus.Active && p.LegalStatus == LegalStatus.Convicted && p.CreatedAt < before)
                .OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.IncentiveLevel })
                .Take(BatchSize)
                .ToListAsync(ct);
            if (prisoners.Count == 0)
            {
                break;
            }
            after = prisoners[^1].Id;
            var ids = prisoners.Select(p => p.Id).ToList();
            // Another run (or a booking) may change one of these balances first: the batch is read again and retried.
            var posted = 0;
            var run = await ContendedWrite.RunAsync(db, async (_, c) =>
            {
                var balances = await db.VisitingOrderBalances.Where(b => ids.Contains(b.PrisonerId)).ToDictionaryAsync(b => b.PrisonerId, c);
                var due = prisoners.Where(p => !balances.TryGetValue(p.Id, out var b) || IsBefore(b.LastAllocatedPeriod, period)).ToList();
                posted = 0;
                foreach (var prisoner in due)
                {
                    var amount = establishment.VisitingOrdersFor(prisoner.IncentiveLevel);
                    if (amount <= 0)
                    {
                        continue;
                    }
                    if (!balances.TryGetValue(prisoner.Id, out var balance))
                    {
                        balance = new VisitingOrderBalance { PrisonerId = prisoner.Id, EstablishmentId = establishmentId };
                        db.VisitingOrderBalances.Add(balance);
                    }
                    ledger.Post(balance, VisitingOrderEntryType.Allocation, amount,
                        $"{VisitingOrderRules.DescribePeriod(period)} allocation ({prisoner.IncentiveLevel})", period: period);
                    balance.LastAllocatedPeriod = period;
                    posted++;
                }
                await db.SaveChangesAsync(c);
                return prisoners.Count - due.Count;
            }, MaxAttempts, ct: ct);
            db.ChangeTracker.Clear();
            retries += run.Retries;
            if (run.Completed)
            {
                allocated += posted;
                already += run.Value;
            }
            else
            {
                failed += posted;
                logger.LogWarning("Visiting-order allocation for {Period} in establishment {EstablishmentId}: a batch of {Count} from prisoner {FirstId} failed {Attempts} times; the next run retries it",
                    period, establishmentId, prisoners.Count, ids[0], MaxAttempts);
            }
        }
        logger.LogInformation("Visiting-order allocation for {Period} in establishment {EstablishmentId}: {Allocated} allocated, {AlreadyAllocated} already allocated, {Failed} failed, {Retries} batches retried",
            period, establishmentId, allocated, already, failed, retries);
        return new AllocationResult(period, 1, allocated, already, failed, retries);
    }

    /// <summary>Periods are yyyy-MM, so ordinal order is time order. A balance that records a later period is not allocated an earlier one.</summary>
    private static bool IsBefore(string? last, string period) => last is null || string.CompareOrdinal(last, period) < 0;

    private FamilyTiesDbContext Context(int? establishmentId) => new(options, new SystemUser(establishmentId), clock);
}
