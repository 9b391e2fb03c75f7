using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>Chooses the provider and its migrations assembly from configuration (Database:Provider).</summary>
public static class DatabaseOptions
{
    public const string SqliteMigrationsAssembly = "FamilyTies.Data.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "FamilyTies.Data.Migrations.SqlServer";

    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) ? provider
        : throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{value}'.");

    public static DbContextOptionsBuilder UseFamilyTiesDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly)),
        _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
    };
}
