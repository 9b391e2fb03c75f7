using System.Data.Common;
using FamilyTies.Data;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// Migration RolesPerEstablishmentAndSessions moves each account's establishment roles onto each of its memberships
/// and leaves account roles (the national viewer) on the account: run on a database at the migration before, holding
/// accounts made the old way, on each provider available.
/// </summary>
public sealed class RolesMigrationTests
{
    private const string Migration = "RolesPerEstablishmentAndSessions";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Existing_accounts_keep_their_roles_at_each_of_their_establishments(DatabaseKind kind)
    {
        var sqlServer = kind == DatabaseKind.SqlServer;
        var folder = Path.Combine(Path.GetTempPath(), "familyties-migration-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = sqlServer
            ? new SqlConnectionStringBuilder(Databases.SqlServerConnectionString) { InitialCatalog = "FamilyTiesMigration_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString
            : $"Data Source={Path.Combine(folder, "migration.db")}";
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(sqlServer ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite, connectionString);
        await using var db = new FamilyTiesDbContext(options.Options, new SystemUser(), TimeProvider.System);
        try
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
            Assert.True(index > 0, $"Migration {Migration} not found");
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[index - 1]);

            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            var wymott = await InsertEstablishment(connection, sqlServer, "WYI");
            var stokeHeath = await InsertEstablishment(connection, sqlServer, "SHI");
            var littlehey = await InsertEstablishment(connection, sqlServer, "LHI");
            foreach (var role in new[] { "VisitsStaff", "SaferCustody", "EstablishmentAdmin", "NationalViewer" })
            {
                await Execute(connection, "INSERT INTO AspNetRoles (Id, Name, NormalizedName) VALUES (@p0, @p1, @p2)", "role-" + role, role, role.ToUpperInvariant());
            }
            // Two establishments, two roles; one establishment, one role; the national viewer with no establishment.
            await InsertUser(connection, "u-both", wymott, ["VisitsStaff", "SaferCustody"], [wymott, stokeHeath]);
            await InsertUser(connection, "u-one", littlehey, ["EstablishmentAdmin"], [littlehey]);
            await InsertUser(connection, "u-national", null, ["NationalViewer"], []);
            await db.Database.CloseConnectionAsync();

            await migrator.MigrateAsync();

            var moved = await db.StaffEstablishmentRoles.OrderBy(r => r.UserId).ThenBy(r => r.EstablishmentId).ThenBy(r => r.Role)
                .Select(r => $"{r.UserId}@{r.EstablishmentId}:{r.Role}").ToListAsync();
            Assert.Equal(
                new[]
                {
                    $"u-both@{wymott}:SaferCustody", $"u-both@{wymott}:VisitsStaff",
                    $"u-both@{stokeHeath}:SaferCustody", $"u-both@{stokeHeath}:VisitsStaff",
                    $"u-one@{littlehey}:EstablishmentAdmin",
                }.Order(StringComparer.Ordinal),
                moved.Order(StringComparer.Ordinal));
            var accountRoles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId + ":" + r.Name).ToListAsync();
            Assert.Equal(["u-national:NationalViewer"], accountRoles);
            Assert.False(await db.Users.AnyAsync(u => u.MustChangePassword), "Existing accounts chose their passwords already");
        }
        finally
        {
            if (sqlServer)
            {
                await db.Database.EnsureDeletedAsync();
            }
            await db.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task InsertUser(DbConnection connection, string id, int? current, string[] roles, int[] establishments)
    {
        await Execute(connection,
            "INSERT INTO AspNetUsers (Id, DisplayName, CurrentEstablishmentId, Active, UserName, NormalizedUserName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
            "VALUES (@p0, @p0, @p1, 1, @p0, @p2, 0, 0, 0, 1, 0)", id, current, id.ToUpperInvariant());
        foreach (var role in roles)
        {
            await Execute(connection, "INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES (@p0, @p1)", id, "role-" + role);
        }
        foreach (var establishment in establishments)
        {
            await Execute(connection, "INSERT INTO StaffEstablishments (UserId, EstablishmentId) VALUES (@p0, @p1)", id, establishment);
        }
    }

    /// <summary>An establishment row with its code and name; every other required column gets a zero or empty value.</summary>
    private static async Task<int> InsertEstablishment(DbConnection connection, bool sqlServer, string code)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sqlServer
                ? "SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'Establishments' AND IS_NULLABLE = 'NO' " +
                  "AND COLUMNPROPERTY(OBJECT_ID('Establishments'), COLUMN_NAME, 'IsIdentity') = 0"
                : "SELECT name, type FROM pragma_table_info('Establishments') WHERE \"notnull\" = 1 AND pk = 0";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1).ToUpperInvariant()));
            }
        }
        var values = columns.Select(c => c.Name switch
        {
            "Code" => $"'{code}'",
            "Name" => $"'Test {code}'",
            _ => c.Type switch
            {
                "TEXT" or "NVARCHAR" or "VARCHAR" => "''",
                "DATE" => "'2026-01-01'",
                "TIME" => "'09:00'",
                "DATETIMEOFFSET" or "DATETIME2" => "'2026-01-01'",
                _ => "0",
            },
        });
        var q = sqlServer ? ("[", "]") : ("\"", "\"");
        await Execute(connection, $"INSERT INTO Establishments ({string.Join(", ", columns.Select(c => q.Item1 + c.Name + q.Item2))}) VALUES ({string.Join(", ", values)})");
        await using var id = connection.CreateCommand();
        id.CommandText = $"SELECT Id FROM Establishments WHERE Code = '{code}'";
        return Convert.ToInt32(await id.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Execute(DbConnection connection, string sql, params object?[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            p.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync();
    }
}
