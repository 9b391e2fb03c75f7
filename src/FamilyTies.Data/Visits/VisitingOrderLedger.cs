using FamilyTies.Data.Concurrency;
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
    /// <summary>How many times <see cref="PostAndSave"/> tries when another change to the same balance got there first.</summary>
    public const int MaxAttempts = 3;

    public const string ChangedByAnotherUser =
        "The visiting-order balance was changed by someone else at the same time. Check the balance and try again";

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

    /// <summary>
    /// Posts one entry that is a change on its own (an adjustment, an exchange, an accumulation) and saves it. The
    /// balance is read afresh on each attempt and <paramref name="refuse"/> (when given) sees it first: it returns a
    /// message to refuse, or null to go ahead. A save that loses a race for the balance row (its concurrency token,
    /// or a balance row created at the same moment) is retried up to <see cref="MaxAttempts"/> times, then reported: one
    /// <see cref="ContendedWrite"/>. Each retry clears the change tracker, so use this only on a context with nothing else to save.
    /// </summary>
    public async Task<LedgerPosting> PostAndSave(int prisonerId, int establishmentId, VisitingOrderEntryType type, int change,
        string reason, Func<VisitingOrderBalance, string?>? refuse = null, CancellationToken ct = default)
    {
        var run = await ContendedWrite.RunAsync(db, async (_, c) =>
        {
            var balance = await BalanceFor(prisonerId, establishmentId, c);
            if (refuse?.Invoke(balance) is { } refusal)
            {
                db.Entry(balance).State = db.Entry(balance).State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
                return new LedgerPosting(null, refusal, balance.Balance);
            }
            var entry = Post(balance, type, change, reason);
            await db.SaveChangesAsync(c);
            return new LedgerPosting(entry, null, balance.Balance);
        }, MaxAttempts, ct: ct);
        return run.Completed ? run.Value! : new LedgerPosting(null, ChangedByAnotherUser, null);
    }
}

/// <summary>The outcome of <see cref="VisitingOrderLedger.PostAndSave"/>: the saved entry, or why nothing was saved.</summary>
public sealed record LedgerPosting(VisitingOrderEntry? Entry, string? Refusal, int? Balance)
{
    public bool Posted => Entry is not null;
}
