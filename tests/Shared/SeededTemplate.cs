using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FamilyTies.Testing;

/// <summary>
/// The seeded demo database every seeded SQLite test app starts a copy of (docs/decisions/0019 and 0029). It is made
/// once by the real app (migrated and seeded, its start-up visiting-order allocation off) and then only copied.
/// With FAMILYTIES_TEST_RUN set (test.sh sets it for each run and deletes the folder at the end), the test projects of
/// one run share it: the first process to need it makes it while holding a lock file, and the others wait and copy
/// it, so the demo data is loaded once per run rather than once per test project running beside it. Unset, each
/// test process makes its own and deletes it when it exits.
/// </summary>
public static partial class SeededTemplate
{
    public const string RunVariable = "FAMILYTIES_TEST_RUN";

    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The path of the seeded database, made with <paramref name="seed"/> (which starts the real app on the SQLite
    /// connection string it is given, lets it migrate and seed, and stops it) if no process of this run has made it.
    /// </summary>
    public static string Path(Action<string> seed)
    {
        var run = Environment.GetEnvironmentVariable(RunVariable);
        if (string.IsNullOrWhiteSpace(run) || !RunName().IsMatch(run))
        {
            var own = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "familyties-seeded-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(own);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(own);
            var file = System.IO.Path.Combine(own, "familyties.db");
            Make(file, seed);
            return file;
        }

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "familyties-run-" + run);
        Directory.CreateDirectory(folder);
        // The data is relative to the test clock's today, and must be the data this build's seeder writes.
        var key = $"{TestClock.Today:yyyyMMdd}-{typeof(FamilyTies.Data.FamilyTiesDbContext).Assembly.ManifestModule.ModuleVersionId:N}";
        var shared = System.IO.Path.Combine(folder, $"seeded-{key}.db");
        using var gate = Lock(shared + ".lock");
        if (!File.Exists(shared))
        {
            var building = shared + ".building";
            Make(building, seed);
            File.Move(building, shared, overwrite: true);
        }
        return shared;
    }

    private static void Make(string file, Action<string> seed)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "making-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var connectionString = $"Data Source={System.IO.Path.Combine(folder, "familyties.db")}";
            seed(connectionString);
            using (var connection = new SqliteConnection(connectionString))
            {
                connection.Open();
                using var checkpoint = connection.CreateCommand();
                // Everything into the main file, so a plain file copy carries all of it.
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                checkpoint.ExecuteNonQuery();
            }
            SqliteConnection.ClearAllPools();
            File.Copy(System.IO.Path.Combine(folder, "familyties.db"), file, overwrite: true);
        }
        finally
        {
            DeleteQuietly(folder);
        }
    }

    /// <summary>An exclusive lock on <paramref name="path"/> across processes (held while the file stays open).</summary>
    private static FileStream Lock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LongestWait)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex RunName();
}
