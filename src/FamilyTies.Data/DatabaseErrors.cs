using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data;

public static class DatabaseErrors
{
    /// <summary>A unique index refused the row (SQLite constraint 2067/1555, SQL Server 2601/2627).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
