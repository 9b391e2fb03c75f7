using FamilyTies.Data;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features.VisitingOrders;

/// <summary>
/// Holds the first <paramref name="participants"/> saves until all of them have arrived, so that each has read the
/// data before any writes: the race a test wants to prove safe happens every time, not by luck. Later saves pass.
/// Registered before the audit interceptor, so no save holds a transaction while it waits.
/// </summary>
public sealed class SaveGate(int participants = 2) : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrivals;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var arrival = Interlocked.Increment(ref _arrivals);
        if (arrival <= participants)
        {
            if (arrival == participants)
            {
                _allArrived.SetResult();
            }
            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
        }
        return result;
    }

    private static int _instances;

    /// <summary>
    /// Options for the app's database with this gate in front of the audit interceptor. Each call stands for another app
    /// instance: on SQLite its connection string differs (a default timeout of its own), so it has its own writer turn
    /// (<c>SqliteWriterTurn</c>) and the racers really read before either saves.
    /// </summary>
    public DbContextOptions<FamilyTiesDbContext> Options(FamilyTiesApp app) =>
        new DbContextOptionsBuilder<FamilyTiesDbContext>()
            .UseFamilyTiesDatabase(app.Kind == DatabaseKind.SqlServer ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite, AnotherInstance(app))
            .AddInterceptors(this, app.Services.GetRequiredService<FamilyTies.Data.Interceptors.AuditInterceptor>())
            .Options as DbContextOptions<FamilyTiesDbContext> ?? throw new InvalidOperationException();

    private static string AnotherInstance(FamilyTiesApp app) => app.Kind == DatabaseKind.SqlServer
        ? app.ConnectionString
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString) { DefaultTimeout = 30 + Interlocked.Increment(ref _instances) }.ConnectionString;

    public FamilyTiesDbContext Db(FamilyTiesApp app, int establishmentId) => new(Options(app), new SystemUser(establishmentId), TestClock.Provider);
}
