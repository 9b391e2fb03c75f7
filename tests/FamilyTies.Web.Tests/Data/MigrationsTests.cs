using FamilyTies.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// Keeps the SQL Server path honest without a server: the model has no changes missing a migration (either provider),
/// and the whole SQL Server migration script parses as T-SQL.
/// </summary>
public sealed class MigrationsTests
{
    private static FamilyTiesDbContext Context(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(provider, provider == DatabaseProvider.SqlServer
            ? "Server=(local);Database=NeverConnected;Trusted_Connection=True;TrustServerCertificate=True"
            : "Data Source=:memory:");
        return new FamilyTiesDbContext(options.Options, new SystemUser(), TimeProvider.System);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        using var db = Context(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: add one with dotnet ef migrations add (see docs/architecture.md).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        static IEnumerable<string> Names(DatabaseProvider p)
        {
            using var db = Context(p);
            return db.Database.GetMigrations().Select(m => m[15..]).ToList();
        }
        Assert.Equal(Names(DatabaseProvider.Sqlite), Names(DatabaseProvider.SqlServer));
    }

    [Fact]
    public void The_SQL_Server_migration_script_parses_with_no_errors()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var migrator = db.GetService<IMigrator>();
        foreach (var options in new[] { MigrationsSqlGenerationOptions.Default, MigrationsSqlGenerationOptions.Idempotent })
        {
            var script = migrator.GenerateScript(options: options);
            Assert.Contains("CREATE TABLE [Prisoners]", script);

            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(script);
            var fragment = parser.Parse(reader, out var errors);

            Assert.True(errors.Count == 0, $"{options}: " + string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
            var statements = ((TSqlScript)fragment).Batches.Sum(b => b.Statements.Count);
            Assert.True(statements > 10, $"{options}: expected the whole schema, parsed {statements} statements");
        }
    }
}
