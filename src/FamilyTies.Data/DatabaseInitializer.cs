using FamilyTies.Data.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Data;

public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations, then (when asked, and never in Production) loads the demo data.</summary>
    public static async Task InitialiseAsync(IServiceProvider services, bool seedDemoData, string demoPassword, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FamilyTiesDbContext>();
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers carry on while a booking commits.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
        await FamilyTies.Data.SelfAssessment.NationalFramework.EnsureSeededAsync(db, ct);
        if (seedDemoData)
        {
            await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedAsync(demoPassword, ct);
        }
    }
}
