using System.Net;
using System.Text.Json;
using FamilyTies.Data;
using FamilyTies.Data.Interceptors;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Bench;

/// <summary>
/// The real FamilyTies app on Kestrel on 127.0.0.1 (a port the OS picks), over plain HTTP in Development (its cookies
/// are then SameAsRequest, docs/decisions/0003-cookies-and-https.md), on a fresh SQLite file in a throw-away folder,
/// migrated and loaded with the demo data. Logging is cut to warnings so request logs do not drown the run.
/// </summary>
public sealed class BenchServer : WebApplicationFactory<Program>
{
    public const string Password = DemoDefaults.Password;

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">More configuration for this run (e.g. the pages bench turns the visiting-order allocation off).</param>
    public BenchServer(string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        Folder = folder;
        _settings = settings ?? new Dictionary<string, string>();
        ConnectionString = $"Data Source={Path.Combine(folder, "familyties.db")}";
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string Folder { get; }
    public string ConnectionString { get; }
    public string LogFolder => Path.Combine(Folder, "logs");

    /// <summary>Starts Kestrel and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebContentRoot());
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:FamilyTies", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // EF Core logs every failed save at Error with its stack trace, including the unique-key clashes and lost races
        // that ContendedWrite catches and retries; they would bury the run. Unhandled exceptions still show (as errors
        // of the exception page middleware), and the handler's retries are logged at Information.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Update", "Fatal");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(LogFolder, "familyties-.log"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// The web project's folder, from the manifest Microsoft.AspNetCore.Mvc.Testing writes beside the bench. The factory
    /// itself looks for that manifest in the current directory only (where `dotnet test` runs, but not `dotnet run`).
    /// </summary>
    private static string WebContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))
                    ?? throw new InvalidOperationException($"{manifest} is empty");
        return roots.Single(r => r.Key.StartsWith(typeof(Program).Assembly.GetName().Name + ",", StringComparison.Ordinal)).Value;
    }

    /// <summary>A database context acting as the system in an establishment, for arranging and counting (as the tests do).</summary>
    public FamilyTiesDbContext Db(int? establishmentId)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, ConnectionString)
            .AddInterceptors(Services.GetRequiredService<AuditInterceptor>());
        return new FamilyTiesDbContext(options.Options, new SystemUser(establishmentId), TimeProvider.System);
    }
}
