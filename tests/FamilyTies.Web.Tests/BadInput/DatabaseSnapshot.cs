using Microsoft.Data.Sqlite;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// Says "no row changed anywhere" of a SQLite database between two moments. Each table gets a generation number
/// that moves whenever its contents differ from the last copy; a snapshot is every table's row count and generation.
/// The last contents are kept as a copy in an in-memory database attached to this connection, and SQLite itself
/// compares them (<c>EXCEPT</c>), so a comparison never brings rows into the test. Audit events with
/// Action = "Read" are left out: reading a safer custody record legitimately writes one.
/// A change by any other connection moves SQLite's data_version, and a table is only compared after something wrote
/// to it: a trigger on every table (BEFORE, so it never stands in the way of the app's RETURNING clauses) counts the
/// statements that insert, update or delete its rows in a bookkeeping table of its own. The trigger only says where
/// to look; the comparison decides, so a write that changes nothing is still no change. A table that was only inserted
/// into since the last look (the audit table after almost every accepted form) is compared by its new rows alone: the
/// rows above the highest rowid of the last look, checked against the table's count so that a row inserted below it
/// still sends the table to the whole comparison.
/// </summary>
public sealed class DatabaseSnapshot : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<string> _tables = [];
    private readonly Dictionary<string, (long Rows, string Generation)> _current = [];
    private readonly Dictionary<string, (long Inserts, long Others)> _writes = [];
    private readonly Dictionary<string, (long Count, long LastRowid)> _stored = [];
    private readonly System.Diagnostics.Stopwatch _spent = new();
    private long _version;
    private int _generation;

    public DatabaseSnapshot(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute("ATTACH DATABASE ':memory:' AS snap");
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{WritesTable}' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _tables.Add(reader.GetString(0));
            }
        }
        Execute($"CREATE TABLE IF NOT EXISTS main.\"{WritesTable}\" (TableName TEXT PRIMARY KEY, Inserts INTEGER NOT NULL, Others INTEGER NOT NULL)");
        foreach (var table in _tables)
        {
            Execute($"INSERT OR IGNORE INTO main.\"{WritesTable}\" VALUES ('{table}', 0, 0)");
            foreach (var (operation, row, counter) in new[] { ("INSERT", "NEW", "Inserts"), ("UPDATE", "NEW", "Others"), ("DELETE", "OLD", "Others") })
            {
                var when = table == "AuditEvents" ? $" WHEN {row}.Action <> 'Read'" : "";
                Execute($"CREATE TRIGGER IF NOT EXISTS main.\"{WritesTable}_{table}_{operation}\" BEFORE {operation} ON \"{table}\"{when} " +
                        $"BEGIN UPDATE \"{WritesTable}\" SET {counter} = {counter} + 1 WHERE TableName = '{table}'; END");
            }
        }
        // The counts and the copies in one read transaction, so they describe the same moment: a write that lands
        // after it moves a count, and its table is compared at the next look.
        Execute("BEGIN");
        ReadWrites(_writes);
        _version = Scalar("PRAGMA data_version");
        foreach (var table in _tables)
        {
            Execute($"CREATE TABLE snap.\"{table}\" AS {Contents(table)}");
            _current[table] = (Scalar($"SELECT count(*) FROM snap.\"{table}\""), "0");
            _stored[table] = Stored(table);
        }
        Execute("COMMIT");
    }

    /// <summary>The bookkeeping table the triggers count writes in (it is not one of the compared tables).</summary>
    public const string WritesTable = "test_snapshot_writes";

    /// <summary>How many times a table was compared with its copy (only after a write to it).</summary>
    public int TablesCompared { get; private set; }

    /// <summary>How many of those comparisons read only the rows inserted since the last look.</summary>
    public int TablesComparedByNewRows { get; private set; }

    /// <summary>Time spent reading the database for snapshots, to show in the test's output.</summary>
    public TimeSpan Spent => _spent.Elapsed;

    /// <summary>Every table's row count and generation now.</summary>
    public IReadOnlyDictionary<string, (long Rows, string Generation)> Take()
    {
        _spent.Start();
        try
        {
            var version = Scalar("PRAGMA data_version");
            if (version != _version)
            {
                // The counts and the tables they point at, read at one moment.
                Execute("BEGIN");
                try
                {
                    Compare();
                }
                finally
                {
                    Execute("COMMIT");
                }
                _version = version;
            }
            return new Dictionary<string, (long, string)>(_current);
        }
        finally
        {
            _spent.Stop();
        }
    }

    /// <summary>Compares each table written since the last look with its copy; one that differs gets a new generation and a fresh copy.</summary>
    private void Compare()
    {
        var writes = new Dictionary<string, (long Inserts, long Others)>();
        ReadWrites(writes);
        foreach (var table in _tables.Where(t => writes.GetValueOrDefault(t) != _writes.GetValueOrDefault(t)))
        {
            TablesCompared++;
            if (writes[table].Others == _writes[table].Others && CompareNewRows(table))
            {
                TablesComparedByNewRows++;
                _writes[table] = writes[table];
                continue;
            }
            var rows = Scalar($"SELECT count(*) FROM ({Contents(table)})");
            // Every table has a primary key, so its rows are distinct: with equal counts, "nothing here that is not
            // in the copy" means the same rows.
            var same = rows == _current[table].Rows
                       && Scalar($"SELECT EXISTS ({Contents(table)} EXCEPT SELECT * FROM snap.\"{table}\")") == 0;
            if (!same)
            {
                Execute($"DELETE FROM snap.\"{table}\"; INSERT INTO snap.\"{table}\" {Contents(table)}");
                _current[table] = (rows, NextGeneration());
            }
            _stored[table] = Stored(table);
            _writes[table] = writes[table];
        }
    }

    /// <summary>
    /// After inserts alone: the rows above the last look's highest rowid are the new ones, if the table grew by exactly
    /// that many (else a row went in below it, and this says false for the whole comparison). New rows that count
    /// are a change, and are added to the copy; none (all rolled back) is no change.
    /// </summary>
    private bool CompareNewRows(string table)
    {
        var (count, lastRowid) = _stored[table];
        var above = $"rowid > {lastRowid}";
        if (Scalar($"SELECT count(*) FROM main.\"{table}\"") != count + Scalar($"SELECT count(*) FROM main.\"{table}\" WHERE {above}"))
        {
            return false;
        }
        var added = Scalar($"SELECT count(*) FROM ({Contents(table, above)})");
        if (added > 0)
        {
            Execute($"INSERT INTO snap.\"{table}\" {Contents(table, above)}");
            _current[table] = (_current[table].Rows + added, NextGeneration());
        }
        _stored[table] = Stored(table);
        return true;
    }

    /// <summary>The live table's row count and highest rowid (both read from its b-tree without a scan of the rows).</summary>
    private (long Count, long LastRowid) Stored(string table) =>
        (Scalar($"SELECT count(*) FROM main.\"{table}\""), Scalar($"SELECT coalesce(max(rowid), 0) FROM main.\"{table}\""));

    private string NextGeneration() => (++_generation).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void ReadWrites(Dictionary<string, (long Inserts, long Others)> into)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT TableName, Inserts, Others FROM main.\"{WritesTable}\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    /// <summary>The rows the check compares (audit events other than reads), optionally only those meeting <paramref name="condition"/>.</summary>
    private static string Contents(string table, string? condition = null)
    {
        var conditions = new[] { table == "AuditEvents" ? "Action <> 'Read'" : null, condition }.OfType<string>().ToList();
        return $"SELECT * FROM main.\"{table}\"{(conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "")}";
    }

    /// <summary>The tables that differ between two snapshots, with their row counts: empty when nothing changed.</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, (long Rows, string Generation)> before, IReadOnlyDictionary<string, (long Rows, string Generation)> after) =>
        before.Keys.Union(after.Keys)
            .Where(t => !before.TryGetValue(t, out var b) || !after.TryGetValue(t, out var a) || b != a)
            .Select(t => $"{t} ({(before.TryGetValue(t, out var b) ? b.Rows : 0)} → {(after.TryGetValue(t, out var a) ? a.Rows : 0)} rows)")
            .ToList();

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
