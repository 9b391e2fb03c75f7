namespace FamilyTies.Web.Tests.Infrastructure;

public enum DatabaseKind { Sqlite, SqlServer }

/// <summary>
/// The databases the HTTP-level tests run against: always SQLite, and SQL Server too when
/// FAMILYTIES_TEST_SQLSERVER holds a connection string. Used as [MemberData] so no test is ever skipped.
/// </summary>
public static class Databases
{
    public const string SqlServerVariable = "FAMILYTIES_TEST_SQLSERVER";

    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs ? cs : null;

    public static TheoryData<DatabaseKind> All
    {
        get
        {
            var data = new TheoryData<DatabaseKind> { DatabaseKind.Sqlite };
            if (SqlServerConnectionString is not null)
            {
                data.Add(DatabaseKind.SqlServer);
            }
            return data;
        }
    }
}
