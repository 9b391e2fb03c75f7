using Microsoft.Data.Sqlite;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>
/// The demo data is loaded once per test run, into a SQLite file of its own (migrated and seeded by the real app, with
/// its start-up visiting-order allocation off), and every seeded SQLite app starts on a copy of that file
/// (docs/decisions/0019-test-data-and-seeded-database-copy.md). Each app still owns its copy: no two apps, and so no two
/// tests that write, share a database. An app started on a copy runs the migrations and the demo seeder as ever; both
/// find nothing to do, so the start costs a few reads instead of loading 600 prisoners and hashing 22 passwords.
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the seeded database (made on first use) to <paramref name="path"/>.</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value, path, overwrite: true);

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyties-seeded-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "familyties.db");
        using (var app = new FamilyTiesApp(seed: true, template: false,
                   settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" }))
        {
            _ = app.Server; // migrate and seed
            using var connection = new SqliteConnection(app.ConnectionString);
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            // Everything into the main file, so a plain file copy carries all of it.
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
            connection.Close();
            SqliteConnection.ClearAllPools();
            File.Copy(app.ConnectionString["Data Source=".Length..], file);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans its temp folder.
            }
        };
        return file;
    }
}
