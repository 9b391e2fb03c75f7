using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Visits;

/// <summary>
/// Posts entries to a prisoner's visiting-order ledger and keeps the balance row in step. The balance row carries a
/// concurrency token, so two bookings spending the last order at once cannot both succeed: the second save fails
/// and the caller retries against the new balance. Callers save (one SaveChanges with their own change); a visit passed in is linked once saved.
/// </summary>
public sealed class VisitingOrderLedger(FamilyTiesDbContext db)
{
    /// <summary>The tracked balance row for a prisoner of the current establishment, created at zero when missing.</summary>
    public async Task<VisitingOrderBalance> BalanceFor(int prisonerId, int establishmentId, CancellationToken ct = default)
    {
        var balance = await db.VisitingOrderBalances.SingleOrDefaultAsync(b => b.PrisonerId == prisonerId, ct);
        if (balance is null)
        {
            balance = new VisitingOrderBalance { PrisonerId = prisonerId, EstablishmentId = establishmentId };
            db.VisitingOrderBalances.Add(balance);
        }
        return balance;
    }

    public VisitingOrderEntry Post(VisitingOrderBalance balance, VisitingOrderEntryType type, int change, string reason,
        int? visitId = null, string? period = null, Visit? visit = null)
    {
        balance.Balance += change;
        balance.Version++;
        var entry = new VisitingOrderEntry
        {
            EstablishmentId = balance.EstablishmentId,
            PrisonerId = balance.PrisonerId,
            At = db.Clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            Type = type,
            Change = change,
            BalanceAfter = balance.Balance,
            Period = period,
            VisitId = visitId,
            Reason = reason,
        };
        db.VisitingOrderEntries.Add(entry);
        if (visit is not null)
        {
            entry.Visit = visit;
        }
        return entry;
    }
}
