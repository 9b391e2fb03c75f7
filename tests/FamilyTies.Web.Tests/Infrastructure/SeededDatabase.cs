using FamilyTies.Testing;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>
/// The demo data is loaded once per test run, into a SQLite file of its own (migrated and seeded by the real app, with
/// its start-up visiting-order allocation off), and every seeded SQLite app starts on a copy of that file
/// (docs/decisions/0019-test-data-and-seeded-database-copy.md; shared with the browser tests of the same run through
/// <see cref="SeededTemplate"/>, decision 0029). Each app still owns its copy: no two apps, and so no two tests that
/// write, share a database. An app started on a copy runs the migrations and the demo seeder as ever; both find
/// nothing to do, so the start costs a few reads instead of loading 600 prisoners and hashing 22 passwords.
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the seeded database (made on first use) to <paramref name="path"/>.</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value, path, overwrite: true);

    private static string Build() => SeededTemplate.Path(connectionString =>
    {
        using var app = new FamilyTiesApp(seed: true, template: false, connectionString: connectionString,
            settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" });
        _ = app.Server; // migrate and seed
    });
}
