using System.Diagnostics;
using FamilyTies.Data;
using FamilyTies.Data.DemoData;
using FamilyTies.Data.Generation;
using FamilyTies.Data.Interceptors;
using FamilyTies.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Bench;

/// <summary>
/// The national database (issue 14 §1, docs/decisions/0026-data-at-scale.md and 0033-one-generator.md): the one data
/// generator (<see cref="EstablishmentGenerator"/>, whose roll, timetable and history the demo data is made by too) at
/// <see cref="GenerationSize.National"/> or <see cref="GenerationSize.Small"/>, added to a database the app has migrated
/// and loaded with the demo data. One transaction per establishment; a seed and "today" in, the same rows out.
/// </summary>
public static class ScaleGenerator
{
    public sealed record Result(long Rows, long Visits, long AuditRows, TimeSpan Elapsed);

    /// <summary>
    /// Adds <paramref name="size"/>'s establishments (codes G001…) to the database at <paramref name="connectionString"/>,
    /// which the app has migrated. Deterministic: the seed and "today" decide every row.
    /// </summary>
    public static async Task<Result> Generate(string connectionString, GenerationSize size, int seed, DateOnly today, Action<string>? log = null)
    {
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        // The interceptor audits the curated records saved through EF below, as the demo loader's are.
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, connectionString).AddInterceptors(new AuditInterceptor());
        await using var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TimeProvider.System);
        await db.Database.OpenConnectionAsync();
        // Foreign keys stay on: the writer puts every table after those it points at, and the database checks each key.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-200000;");
        long visits = 0;
        var usedNumbers = (await db.Prisoners.IgnoreQueryFilters().Select(p => p.PrisonNumber).ToListAsync()).ToHashSet();
        // The start of today: today's sessions and calls are still to happen.
        var now = LondonTime.ToInstant(today, TimeOnly.MinValue);
        using var writer = new BulkWriter(db);
        // Every generated account signs in with the bench's password: hashed once for the run, not once an account.
        var passwordHash = StaffGenerator.HashPassword(BenchServer.Password);
        for (var n = 1; n <= size.Establishments; n++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var written = EstablishmentGenerator.Write(writer, n, size, seed, now, usedNumbers, passwordHash);
            writer.Flush();
            // The care-experienced register, family abroad, interpreters, drop-ins and this year's self-assessment, as the
            // demo loader adds them to each establishment; the tracker is cleared so each establishment starts afresh.
            await DemoCareAndForeign.SeedAsync(db, written.Establishment, now, CancellationToken.None);
            await DemoSelfAssessment.SeedAsync(db, written.Establishment, now, CancellationToken.None);
            db.ChangeTracker.Clear();
            visits += written.Visits;
            await transaction.CommitAsync();
            if (n % 10 == 0 || n == size.Establishments)
            {
                log?.Invoke($"{n} of {size.Establishments} establishments, {writer.Rows:N0} rows in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        return new Result(writer.Rows, visits, writer.AuditRows, watch.Elapsed);
    }

}
