using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FamilyTies.Bench;

/// <summary>
/// The ceiling beside the booking race's figure (issue 14 §4): how many booking-shaped transactions a second this
/// machine's SQLite commits, one after another on one connection, with the app's settings (write-ahead log, the
/// connection's default <c>synchronous</c>), in the race's own database after the race. Each transaction does what a
/// booking writes: reads the slot, updates its counter and version, inserts a visit, two visitors, a visit event,
/// updates the visiting-order balance, inserts a ledger entry and the audit rows a real booking wrote (copied from a
/// booking the race made, with the keys changed). No HTTP, no EF Core, no rules: the database alone.
/// </summary>
public static class CommitCeiling
{
    public sealed record Result(double PerSecond, int Transactions, int AuditRowsEach, string JournalMode, long Synchronous);

    public static async Task<Result> Measure(string connectionString, int templateVisitId, TimeSpan duration, string? synchronous = null)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA foreign_keys = 1;"); // as EF Core opens the app's connections
        if (synchronous is not null)
        {
            await Exec(connection, $"PRAGMA synchronous={synchronous};");
        }
        var journal = (string)(await Scalar(connection, "PRAGMA journal_mode;"))!;
        var sync = (long)(await Scalar(connection, "PRAGMA synchronous;"))!;

        var visitColumns = await Columns(connection, "Visits");
        var visitorColumns = await Columns(connection, "VisitVisitors");
        var eventColumns = await Columns(connection, "VisitEvents");
        var entryColumns = await Columns(connection, "VisitingOrderEntries");
        var auditColumns = await Columns(connection, "AuditEvents");
        var slotId = (long)(await Scalar(connection, $"SELECT SessionSlotId FROM Visits WHERE Id = {templateVisitId};"))!;
        var prisonerId = (long)(await Scalar(connection, $"SELECT PrisonerId FROM Visits WHERE Id = {templateVisitId};"))!;
        var visitorId = (long)(await Scalar(connection, $"SELECT MIN(Id) FROM VisitVisitors WHERE VisitId = {templateVisitId};"))!;
        var eventId = (long)(await Scalar(connection, $"SELECT MIN(Id) FROM VisitEvents WHERE VisitId = {templateVisitId};"))!;
        var entryId = (long)(await Scalar(connection, $"SELECT MAX(Id) FROM VisitingOrderEntries WHERE PrisonerId = {prisonerId};"))!;
        // The audit rows of the booking: those of its correlation (one request), or at least the visit's own.
        var auditIds = new List<long>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """
                SELECT Id FROM AuditEvents WHERE CorrelationId = (SELECT CorrelationId FROM AuditEvents WHERE EntityType = 'Visit' AND EntityId = $id AND CorrelationId IS NOT NULL LIMIT 1)
                UNION SELECT Id FROM AuditEvents WHERE EntityType = 'Visit' AND EntityId = $id;
                """;
            read.Parameters.AddWithValue("$id", templateVisitId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                auditIds.Add(reader.GetInt64(0));
            }
        }

        string Copy(string table, List<string> columns, Dictionary<string, string> replace, string from) =>
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", columns.Select(c => replace.TryGetValue(c, out var r) ? r : $"\"{c}\""))} FROM \"{table}\" WHERE Id = {from};";

        var steps = new List<string>
        {
            $"SELECT * FROM SessionSlots WHERE Id = {slotId};",
            $"UPDATE SessionSlots SET BookedOpen = BookedOpen + 1, Version = Version + 1 WHERE Id = {slotId};",
            Copy("Visits", visitColumns, new() { ["Reference"] = "$reference" }, templateVisitId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "SELECT last_insert_rowid();",
            Copy("VisitVisitors", visitorColumns, new() { ["VisitId"] = "$visit" }, visitorId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // The second visitor: another contact (a visit's visitors are unique).
            Copy("VisitVisitors", visitorColumns, new() { ["VisitId"] = "$visit", ["ContactId"] = "(SELECT MIN(Id) FROM Contacts)" }, visitorId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Copy("VisitEvents", eventColumns, new() { ["VisitId"] = "$visit" }, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"UPDATE VisitingOrderBalances SET Balance = Balance, Version = Version + 1 WHERE PrisonerId = {prisonerId};",
            Copy("VisitingOrderEntries", entryColumns, [], entryId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        steps.AddRange(auditIds.Select(id => Copy("AuditEvents", auditColumns, new() { ["EntityId"] = "CAST($visit AS TEXT)", ["CorrelationId"] = "$correlation" }, id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var watch = Stopwatch.StartNew();
        var n = 0;
        var run = Guid.NewGuid().ToString("N")[..4];
        while (watch.Elapsed < duration)
        {
            await using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE, as the app's writer does
            long visit = 0;
            foreach (var step in steps)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = step;
                if (step.Contains("$reference", StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue("$reference", $"C{run}{n:D7}"); // unique across the measurements of one run
                }
                if (step.Contains("$correlation", StringComparison.Ordinal))
                {
                    // A request of its own, as a real booking's audit rows have: a later measurement in the same run
                    // looks the template's rows up by their correlation and must find the booking's rows only.
                    command.Parameters.AddWithValue("$correlation", $"ceiling-{run}-{n}");
                }
                if (step.Contains("$visit", StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue("$visit", visit);
                }
                if (step.StartsWith("SELECT last_insert_rowid", StringComparison.Ordinal))
                {
                    visit = (long)(await command.ExecuteScalarAsync())!;
                }
                else if (step.StartsWith("SELECT", StringComparison.Ordinal))
                {
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                    }
                }
                else
                {
                    await command.ExecuteNonQueryAsync();
                }
            }
            await transaction.CommitAsync();
            n++;
        }
        watch.Stop();
        return new Result(n / watch.Elapsed.TotalSeconds, n, auditIds.Count, journal, sync);
    }

    private static async Task<List<string>> Columns(SqliteConnection connection, string table)
    {
        var columns = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, pk FROM pragma_table_info('{table}');";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetInt64(1) == 0)
            {
                columns.Add(reader.GetString(0));
            }
        }
        return columns;
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
