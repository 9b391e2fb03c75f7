using FamilyTies.Data;
using FamilyTies.Testing;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a fresh database of its own (a temporary SQLite file, or a new database on the SQL Server
/// named by FAMILYTIES_TEST_SQLSERVER), migrated and loaded with the demo data. A seeded SQLite app starts on its own
/// copy of the run's one seeded database (<see cref="SeededDatabase"/>). Its clock is <see cref="TestClock"/>
/// (moved by FAMILYTIES_TEST_NOW).
/// </summary>
public sealed class FamilyTiesApp : WebApplicationFactory<Program>
{
    public const string Password = DemoDefaults.Password;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "familyties-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _environment;
    private readonly bool _seed;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _testServices;

    /// <param name="settings">Extra configuration, e.g. VisitingOrders:AllocationEnabled = false.</param>
    /// <param name="template">
    /// For a seeded SQLite app outside Production: start on a copy of the run's seeded database (the default) rather
    /// than loading the demo data itself. Only <see cref="SeededDatabase"/>, which makes that database, says false.
    /// </param>
    /// <param name="testServices">Registrations after the app's own (an interceptor counting database commands, say).</param>
    /// <param name="connectionString">A SQLite database elsewhere than the app's own folder (only <see cref="SeededDatabase"/> gives one).</param>
    public FamilyTiesApp(DatabaseKind kind = DatabaseKind.Sqlite, string environment = "Development", bool seed = true,
        IReadOnlyDictionary<string, string?>? settings = null, bool template = true, Action<IServiceCollection>? testServices = null,
        string? connectionString = null)
    {
        _testServices = testServices;
        _settings = settings ?? new Dictionary<string, string?>();
        Kind = kind;
        _environment = environment;
        _seed = seed;
        Directory.CreateDirectory(_directory);
        ConnectionString = kind == DatabaseKind.SqlServer
            ? new SqlConnectionStringBuilder(Databases.SqlServerConnectionString) { InitialCatalog = "FamilyTiesTest_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString
            : connectionString ?? $"Data Source={Path.Combine(_directory, "familyties.db")}";
        if (kind == DatabaseKind.Sqlite && seed && template && environment != "Production" && connectionString is null)
        {
            SeededDatabase.CopyTo(Path.Combine(_directory, "familyties.db"));
        }
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public DatabaseKind Kind { get; }

    /// <summary>Where the app's rolling log files are written.</summary>
    public string LogDirectory => Path.Combine(_directory, "logs");
    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", Kind.ToString());
        builder.UseSetting("ConnectionStrings:FamilyTies", ConnectionString);
        builder.UseSetting("Demo:Seed", _seed ? "true" : "false");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_directory, "keys"));
        // Each app logs to its own folder. An app-configuration source (not a host setting, which Serilog's reader
        // saw without the sink's name) so the File sink really writes there.
        // The console sink takes only fatal events: a test run's thousands of request lines would go to the test
        // host's output, which nothing reads, and writing them costs a few percent of the run's CPU.
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Fatal",
            ["Serilog:WriteTo:1:Name"] = "File",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogDirectory, "familyties-.log"),
        }));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, ThrowingEndpointStartupFilter>();
            TestPasswords.UseCheapHashing(services);
        });
        if (TestClock.Moved)
        {
            // After the app's own registrations, so this clock wins (a test's own FakeTimeProvider still wins over it).
            builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Provider));
        }
        if (_testServices is not null)
        {
            builder.ConfigureTestServices(_testServices);
        }
    }

    private Dictionary<string, int?>? _seededUsers;

    /// <summary>Remembers where each seeded account works, so a test that moves one and leaves it there is caught.</summary>
    public async Task RememberSeededUsers()
    {
        await using var db = Db();
        _seededUsers = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.CurrentEstablishmentId);
    }

    /// <summary>Fails at once if a seeded account no longer works where the seeder put it.</summary>
    public async Task CheckSeededUser(string userName)
    {
        if (_seededUsers is null || !_seededUsers.TryGetValue(userName, out var seeded))
        {
            return;
        }
        await using var db = Db();
        var now = await db.Users.Where(u => u.UserName == userName).Select(u => u.CurrentEstablishmentId).SingleAsync();
        if (now != seeded)
        {
            throw new InvalidOperationException(
                $"The seeded user {userName} now works in establishment {now}, not {seeded}: an earlier test changed it and did not put it back. " +
                "A test that changes a user makes its own (TestUsers.Create).");
        }
    }

    /// <summary>A database context acting as the system in a given establishment (or none), for arranging and checking data.</summary>
    public FamilyTiesDbContext Db(int? establishmentId = null) => Db(establishmentId, TestClock.Provider);

    /// <summary>As <see cref="Db(int?)"/>, on a clock of the test's choosing (the measures layer takes "now" from it).</summary>
    public FamilyTiesDbContext Db(int? establishmentId, TimeProvider clock)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(Kind == DatabaseKind.SqlServer ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite, ConnectionString)
            .AddInterceptors(Services.GetRequiredService<FamilyTies.Data.Interceptors.AuditInterceptor>());
        return new FamilyTiesDbContext(options.Options, new SystemUser(establishmentId), clock);
    }

    public async Task<int> EstablishmentId(string code)
    {
        await using var db = Db();
        return await db.Establishments.Where(e => e.Code == code).Select(e => e.Id).SingleAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Kind == DatabaseKind.SqlServer && Server is not null)
        {
            using var db = Db();
            db.Database.EnsureDeleted();
        }
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A log file may still be open for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>
    /// Adds /test/throw at the very end of the pipeline (reached only when no endpoint matched), so tests can see
    /// what the error handling shows for an unhandled exception.
    /// </summary>
    private sealed class ThrowingEndpointStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == "/test/throw"
                ? throw new InvalidOperationException("Test failure with a secret detail")
                : nextMiddleware(context));
        };
    }
}
