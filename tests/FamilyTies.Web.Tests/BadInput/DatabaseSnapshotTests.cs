using Microsoft.Data.Sqlite;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The bad-input test's "no row changed" check sees every kind of change another connection makes, and only those.</summary>
public sealed class DatabaseSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("familyties-snapshot-").FullName;
    private readonly string _connectionString;

    public DatabaseSnapshotTests()
    {
        _connectionString = $"Data Source={Path.Combine(_folder, "snapshot.db")};Pooling=False";
        Execute("""
            CREATE TABLE Visits (Id INTEGER PRIMARY KEY, Reference TEXT NOT NULL, Notes TEXT NULL, Photo BLOB NULL);
            CREATE TABLE AuditEvents (Id INTEGER PRIMARY KEY, Action TEXT NOT NULL);
            INSERT INTO Visits VALUES (1, 'AB12CD', NULL, x'0102'), (2, 'EF34GH', 'note', NULL);
            INSERT INTO AuditEvents VALUES (1, 'Create');
            """);
    }

    [Theory]
    [InlineData("UPDATE Visits SET Notes = 'changed' WHERE Id = 2", "Visits (2 → 2 rows)")]
    [InlineData("UPDATE Visits SET Notes = '' WHERE Id = 1", "Visits (2 → 2 rows)")]
    [InlineData("UPDATE Visits SET Photo = x'0103' WHERE Id = 1", "Visits (2 → 2 rows)")]
    [InlineData("INSERT INTO Visits VALUES (3, 'JK56LM', NULL, NULL)", "Visits (2 → 3 rows)")]
    [InlineData("DELETE FROM Visits WHERE Id = 1", "Visits (2 → 1 rows)")]
    [InlineData("DELETE FROM Visits WHERE Id = 1; INSERT INTO Visits VALUES (4, 'AB12CD', NULL, x'0102')", "Visits (2 → 2 rows)")]
    [InlineData("INSERT INTO AuditEvents VALUES (2, 'Update')", "AuditEvents (1 → 2 rows)")]
    public void A_change_by_another_connection_is_seen_in_its_table(string sql, string expected)
    {
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var before = snapshot.Take();
        Execute(sql);
        var after = snapshot.Take();

        Assert.Equal([expected], DatabaseSnapshot.Differences(before, after));
        Assert.Empty(DatabaseSnapshot.Differences(after, snapshot.Take()));
    }

    [Fact]
    public void Reading_audit_events_and_writes_that_change_nothing_are_not_changes()
    {
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var before = snapshot.Take();
        Execute("INSERT INTO AuditEvents VALUES (2, 'Read'); UPDATE Visits SET Notes = 'note' WHERE Id = 2");
        var after = snapshot.Take();

        Assert.Empty(DatabaseSnapshot.Differences(before, after));
        Assert.Equal(1, snapshot.TablesCompared); // the update was compared (and found the same); the read audit row was not counted
    }

    [Fact]
    public void Only_the_tables_written_to_are_compared_and_a_write_between_two_looks_is_seen_once()
    {
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var first = snapshot.Take();
        Execute("INSERT INTO AuditEvents VALUES (2, 'Update')");
        var second = snapshot.Take();
        var third = snapshot.Take();

        Assert.Equal(["AuditEvents (1 → 2 rows)"], DatabaseSnapshot.Differences(first, second));
        Assert.Empty(DatabaseSnapshot.Differences(second, third));
        Assert.Equal(1, snapshot.TablesCompared);
    }

    [Fact]
    public void Rows_only_added_are_compared_by_the_new_rows_and_the_copy_keeps_them()
    {
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var first = snapshot.Take();
        Execute("INSERT INTO AuditEvents VALUES (2, 'Update'), (3, 'Read'); INSERT INTO Visits VALUES (3, 'JK56LM', NULL, NULL)");
        var second = snapshot.Take();
        Assert.Equal(["AuditEvents (1 → 2 rows)", "Visits (2 → 3 rows)"], DatabaseSnapshot.Differences(first, second));
        Assert.Equal((2, 2), (snapshot.TablesCompared, snapshot.TablesComparedByNewRows));

        // The copy holds the added rows as they are: writing the same values is no change, another value is one.
        Execute("UPDATE Visits SET Notes = NULL WHERE Id = 3");
        var third = snapshot.Take();
        Assert.Empty(DatabaseSnapshot.Differences(second, third));
        Execute("UPDATE Visits SET Notes = 'late' WHERE Id = 3");
        Assert.Equal(["Visits (3 → 3 rows)"], DatabaseSnapshot.Differences(third, snapshot.Take()));
        Assert.Equal((4, 2), (snapshot.TablesCompared, snapshot.TablesComparedByNewRows));
    }

    [Fact]
    public void A_row_inserted_below_the_highest_rowid_is_still_seen()
    {
        Execute("INSERT INTO Visits VALUES (5, 'NP78QR', NULL, NULL)");
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var before = snapshot.Take();
        Execute("INSERT INTO Visits VALUES (3, 'ST90UV', NULL, NULL)");

        Assert.Equal(["Visits (3 → 4 rows)"], DatabaseSnapshot.Differences(before, snapshot.Take()));
        Assert.Equal((1, 0), (snapshot.TablesCompared, snapshot.TablesComparedByNewRows));
    }

    [Fact]
    public void A_second_snapshot_of_the_same_database_keeps_the_triggers_and_sees_changes()
    {
        using (new DatabaseSnapshot(_connectionString))
        {
        }
        using var snapshot = new DatabaseSnapshot(_connectionString);
        var before = snapshot.Take();
        Execute("DELETE FROM Visits WHERE Id = 2");

        Assert.Equal(["Visits (2 → 1 rows)"], DatabaseSnapshot.Differences(before, snapshot.Take()));
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
