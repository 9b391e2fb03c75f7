using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FamilyTies.Data;
using FamilyTies.Data.Interceptors;
using FamilyTies.Testing;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// One real FamilyTies server (Kestrel on 127.0.0.1, a fresh SQLite file with demo data) and one headless
/// Debian Chromium, shared by every browser test. Each test opens its own browser context, so cookies never
/// leak between tests, and signs in as a staff account of its own (<see cref="NewStaffAsync"/>). The server's clock
/// is <see cref="TestClock"/> (moved by FAMILYTIES_TEST_NOW).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = DemoDefaults.Password;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly string _workFolder =
        Path.Combine(Path.GetTempPath(), $"familyties-browser-{Guid.NewGuid():N}");

    private FamilyTiesServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private X509Certificate2? _certificate;

    public Uri BaseAddress { get; private set; } = null!;

    private string ConnectionString => $"Data Source={Path.Combine(_workFolder, "familyties.db")}";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Debian's Chromium was not found at {ChromiumPath}. The browser tests need it: " +
                "install it with 'apt-get install -y chromium chromium-driver' (test.sh does this in CI).");
        }

        // HTTPS, as behind the production proxy: the app's Secure-only antiforgery cookie makes ASP.NET Core
        // refuse every form post that arrives over plain HTTP.
        Directory.CreateDirectory(_workFolder);
        // Chromium starts while the run's seeded database is made (by this process or the Web tests beside it).
        var launching = LaunchChromiumAsync();
        var port = FreeLoopbackPort();
        _certificate = SelfSignedLoopbackCertificate();
        // The run's seeded demo database (shared with the Web tests running beside these, decision 0029): the
        // server migrates and seeds it as ever and finds nothing to do.
        File.Copy(SeededTemplate.Path(Seed), Path.Combine(_workFolder, "familyties.db"));
        _server = new FamilyTiesServer(_workFolder, ConnectionString);
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(_certificate)));
        _server.StartServer();
        BaseAddress = new Uri($"https://127.0.0.1:{port}");

        // A cold CI machine can take a few seconds over the first page of each kind.
        Assertions.SetDefaultExpectTimeout(15_000);
        await launching;
    }

    private async Task LaunchChromiumAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh, cookie-less page whose relative URLs resolve against the test server.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
            IgnoreHTTPSErrors = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new staff account for one test, holding <paramref name="roles"/> at each establishment named (by code) and
    /// working in the first; its password is <see cref="DemoPassword"/>. Every account a browser test makes goes
    /// through here (<see cref="TestStaff.CreateAsync"/>).
    /// </summary>
    public Task<TestStaffUser> NewStaffAsync(string[] roles, params string[] establishmentCodes) =>
        TestStaff.CreateAsync(_server!.Services, DemoPassword, roles, establishmentCodes);

    /// <summary>A database context acting as the system in an establishment, for arranging the data a journey needs.</summary>
    public FamilyTiesDbContext Db(int? establishmentId = null)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, ConnectionString)
            .AddInterceptors(_server!.Services.GetRequiredService<AuditInterceptor>());
        return new FamilyTiesDbContext(options.Options, new SystemUser(establishmentId), TestClock.Provider);
    }

    public async Task<int> EstablishmentIdAsync(string code)
    {
        await using var db = Db();
        return await db.Establishments.Where(e => e.Code == code).Select(e => e.Id).SingleAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _certificate?.Dispose();

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_workFolder))
        {
            Directory.Delete(_workFolder, recursive: true);
        }
    }

    /// <summary>Loads the demo data into <paramref name="connectionString"/>'s database through the real app.</summary>
    private static void Seed(string connectionString)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"familyties-browser-seed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var server = new FamilyTiesServer(folder, connectionString, allocation: false);
            _ = server.Services; // migrate and seed
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round-trip through PKCS#12 so Kestrel gets a certificate whose private key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>The real app in Development, with its database and data-protection keys in a throw-away folder.</summary>
    private sealed class FamilyTiesServer(string workFolder, string connectionString, bool allocation = true) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:FamilyTies", connectionString);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:Password", DemoPassword);
            builder.UseSetting("DataProtection:KeysPath", Path.Combine(workFolder, "keys"));
            // As in the Web tests' apps: the console sink takes only fatal events; the request log goes to the file.
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Fatal",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(workFolder, "logs", "familyties-.log"),
            }));
            if (!allocation)
            {
                builder.UseSetting("VisitingOrders:AllocationEnabled", "false");
            }
            builder.ConfigureServices(TestPasswords.UseCheapHashing);
            if (TestClock.Moved)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Provider));
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
