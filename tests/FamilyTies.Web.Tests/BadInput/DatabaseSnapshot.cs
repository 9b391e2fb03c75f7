using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// Row count and a hash of the contents of every table of a SQLite database, so a test can say "no row changed
/// anywhere". Audit events with Action = "Read" are left out: reading a safer custody record legitimately writes one.
/// A change by any other connection moves SQLite's data_version, so a snapshot is only recomputed after one.
/// </summary>
public sealed class DatabaseSnapshot : IDisposable
{
    private readonly SqliteConnection _connection;
    private long _version = -1;
    private IReadOnlyDictionary<string, (long Rows, string Hash)> _last = new Dictionary<string, (long, string)>();

    public DatabaseSnapshot(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
    }

    public int FullReads { get; private set; }

    /// <summary>Time spent reading the database for snapshots, to show in the test's output.</summary>
    public TimeSpan Spent => _spent.Elapsed;

    private readonly System.Diagnostics.Stopwatch _spent = new();

    public IReadOnlyDictionary<string, (long Rows, string Hash)> Take()
    {
        _spent.Start();
        try
        {
            return Read();
        }
        finally
        {
            _spent.Stop();
        }
    }

    private IReadOnlyDictionary<string, (long Rows, string Hash)> Read()
    {
        var version = Scalar("PRAGMA data_version");
        if (version == _version)
        {
            return _last;
        }
        var tables = new List<string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"{(table == "AuditEvents" ? " WHERE Action <> 'Read'" : "")} ORDER BY rowid";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                    hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
                }
                hash.AppendData("\u001e"u8);
            }
            result[table] = (rows, Convert.ToHexString(hash.GetHashAndReset()));
        }
        FullReads++;
        _version = version;
        _last = result;
        return result;
    }

    /// <summary>The tables that differ between two snapshots, with their row counts: empty when nothing changed.</summary>
    public static List<string> Differences(IReadOnlyDictionary<string, (long Rows, string Hash)> before, IReadOnlyDictionary<string, (long Rows, string Hash)> after) =>
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

    public void Dispose() => _connection.Dispose();
}
