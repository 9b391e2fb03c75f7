using System.Collections.Concurrent;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FamilyTies.Data.Concurrency;

/// <summary>What <see cref="ContendedWrite.RunAsync{T}"/> gave back: the attempt's value, or that every attempt lost.</summary>
/// <param name="Completed">False when every attempt lost a race or met a busy database (the caller says "try again").</param>
/// <param name="Retries">How many attempts were lost and tried again.</param>
public sealed record ContendedResult<T>(bool Completed, T? Value, int Retries);

/// <summary>
/// The one way to write data that others may be writing at the same moment (a table in a session, a visiting-order
/// balance, a batch of allocations, and the next bookable thing): each attempt reads, decides and saves, and
/// <list type="bullet">
/// <item>on SQLite it runs in this process's <b>writer turn</b> for that database (<see cref="SqliteWriterTurn"/>),
/// so writers queue asynchronously instead of polling SQLite's single write lock with sleeping threads;</item>
/// <item>an attempt that <b>loses a race</b> (a concurrency token, a unique index) or meets a <b>busy database</b>
/// (<see cref="IsRetryable"/>, both providers) is thrown away — the change tracker cleared — and tried again against
/// fresh data after a short randomised pause, at most <c>maxAttempts</c> times.</item>
/// </list>
/// Decide refusals before calling this (decision 0008): a refusal needs no turn at the writer. SQL Server takes no
/// in-process turn (several app instances share it; its row locks, the concurrency tokens and this retry do the work).
/// See docs/decisions/0017-one-concurrency-mechanism.md.
/// </summary>
public static class ContendedWrite
{
    /// <summary>Attempts for a user's write (a booking, an amendment, a cancellation).</summary>
    public const int DefaultAttempts = 8;

    /// <param name="attempt">Reads, decides and saves; given the attempt number (1-based). Return a refusal as a value, do not throw it.</param>
    /// <param name="maxAttempts">How many times to try before giving up (<see cref="ContendedResult{T}.Completed"/> false).</param>
    /// <param name="logger">Told (with the attempt number only) when an attempt is lost; the caller logs its own ids.</param>
    public static async Task<ContendedResult<T>> RunAsync<T>(DbContext db, Func<int, CancellationToken, Task<T>> attempt,
        int maxAttempts = DefaultAttempts, ILogger? logger = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var number = 1; ; number++)
        {
            using (var turn = await SqliteWriterTurn.Enter(db, ct))
            {
                turn.Claim();
                try
                {
                    return new ContendedResult<T>(true, await attempt(number, ct), number - 1);
                }
                catch (Exception e) when (IsRetryable(e))
                {
                    db.ChangeTracker.Clear();
                    logger?.LogInformation("A contended write lost a race or met a busy database ({Error}) on attempt {Attempt} of {MaxAttempts}",
                        e.GetType().Name, number, maxAttempts);
                    if (number >= maxAttempts)
                    {
                        return new ContendedResult<T>(false, default, number);
                    }
                }
            }
            await Task.Delay(Random.Shared.Next(5, 40) * number, ct);
        }
    }

    /// <summary>
    /// Worth another attempt against fresh data: a lost optimistic race (<see cref="DbUpdateConcurrencyException"/>),
    /// a unique index refusing a row another writer created first, or a busy database. SQLite: BUSY (5) and LOCKED (6),
    /// raised from a save or from BEGIN, and a UNIQUE or PRIMARY KEY constraint (19 with 2067/1555). SQL Server: deadlock
    /// victim 1205, unique index 2601 and key 2627, lock request timeout 1222, snapshot update conflict 3960.
    /// </summary>
    public static bool IsRetryable(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return true;
        }
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6
                                                 || (sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555):
                    return true;
                case SqlException sql when sql.Errors.Cast<SqlError>().Any(x => x.Number is 1205 or 2601 or 2627 or 1222 or 3960):
                    return true;
            }
        }
        return false;
    }
}

/// <summary>
/// SQLite admits one writer at a time. Left to itself, every other writer polls for the lock (Microsoft.Data.Sqlite
/// sleeps a thread between tries, in no order) and fails with "database is locked" after the command timeout; with
/// hundreds of staff writing at once the blocked threads starve the thread pool (decision 0008). The turn makes
/// writers in this process queue for each database instead: asynchronously, in order, without holding a thread, and
/// each reads, decides and saves with nobody in between. One turn per connection string, so two databases in one
/// process (tests) do not wait for each other; a write already in its turn (a nested write) does not wait again.
/// Not used on SQL Server, where several app instances may share the database and no in-process gate is right.
/// </summary>
public static class SqliteWriterTurn
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<string?> Held = new();

    /// <summary>
    /// Waits for the turn (on SQLite; at once otherwise). Call <see cref="Lease.Claim"/> straight after, in the method
    /// that runs the write, so writes nested in it know the turn is theirs; dispose to hand it on.
    /// </summary>
    public static async Task<Lease> Enter(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new Lease(null, null);
        }
        var key = db.Database.GetConnectionString() ?? "";
        if (Held.Value == key)
        {
            return new Lease(null, null);
        }
        var turn = Turns.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(ct);
        return new Lease(turn, key);
    }

    public sealed class Lease(SemaphoreSlim? turn, string? key) : IDisposable
    {
        private int _released;

        /// <summary>Marks the turn as held in the caller's flow (an async method's own changes do not flow back out of it).</summary>
        public void Claim()
        {
            if (turn is not null)
            {
                Held.Value = key;
            }
        }

        public void Dispose()
        {
            if (turn is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                Held.Value = null;
                turn.Release();
            }
        }
    }
}
