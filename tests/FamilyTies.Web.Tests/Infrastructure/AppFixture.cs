namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>One seeded application per database kind, shared by the tests of the "App" collection.</summary>
public sealed class AppFixture : IDisposable
{
    private readonly Dictionary<DatabaseKind, FamilyTiesApp> _apps = [];
    private readonly Lock _lock = new();

    public FamilyTiesApp App(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_apps.TryGetValue(kind, out var app))
            {
                app = new FamilyTiesApp(kind);
                _ = app.Server; // start now: migrate and seed
                app.RememberSeededUsers().GetAwaiter().GetResult();
                _apps[kind] = app;
            }
            return app;
        }
    }

    public void Dispose()
    {
        foreach (var app in _apps.Values)
        {
            app.Dispose();
        }
    }
}

[CollectionDefinition("App")]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>;
