using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FamilyTies.Data;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// Catches a missing index before the bench does (issue 14 §2, docs/decisions/0026-data-at-scale.md). The key pages are
/// fetched through the real app, on the demo database (generated: thirteen months of visits, slots, attendance, session
/// runs, safer custody contacts and the audit events of loading them, some thousands of rows), with every SQL command the app's context runs
/// captured with its parameters. SQLite is then asked for each query's plan (<c>EXPLAIN QUERY PLAN</c>), and the test
/// fails on a full scan of a table that grows with time. The plans are printed, so a failure shows the query and plan.
/// </summary>
public sealed partial class QueryPlanTests : IDisposable
{
    /// <summary>Tables whose rows grow with every day the service runs (or with the number of establishments).</summary>
    public static readonly HashSet<string> GrowingTables = new(StringComparer.Ordinal)
    {
        "Visits", "SessionSlots", "VisitVisitors", "VisitEvents", "VisitingOrderEntries", "Contacts", "PrisonerContacts",
        "AuditEvents", "SaferCustodyContacts", "ContactActions", "CallerFeedback", "VoicemailChecks", "SafetyCases",
        "VisitAttendances", "SessionRuns", "VisitorArrivals",
        // Video calls, family days, drop-ins and night calls, the no-visits support (issue 14 §2, s19).
        "VideoSlots", "VideoCalls", "VideoCallParticipants", "VideoCallDemands", "VideoCallExtras", "FamilyDayApplications", "FamilyDayGuests",
        "FamilyDayApplicationEvents", "DropInSessions", "DropInAttendances", "NightCallOverrides", "NoVisitsSupports", "PersonalAdviserContacts",
    };

    /// <summary>
    /// Scans known and accepted, each with its reason (docs/decisions/0026-data-at-scale.md). Matched against the page
    /// and the table: keep this short, and never add a page's date-range query here (add the index instead).
    /// </summary>
    private static readonly (string PagePrefix, string Table, string Reason)[] Accepted =
    [
        ("/contacts?q=", "Contacts", "finding a contact by any part of a name (LIKE '%…%') cannot use a B-tree index; a search column or full-text index is the fix"),
    ];

    private readonly CommandLog _log = new();
    private readonly FamilyTiesApp _app;
    private readonly ITestOutputHelper _output;

    public QueryPlanTests(ITestOutputHelper output)
    {
        _output = output;
        _app = new FamilyTiesApp(settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" },
            testServices: services => services.ConfigureDbContext<FamilyTiesDbContext>(o => o.AddInterceptors(_log)));
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_key_pages_never_scan_a_table_that_grows_with_time()
    {
        _ = _app.Server;
        int prisonerId, contactId, sessionId, videoCallId, familyDayId, applicationId, dropInId, careRecordId, foreignPrisonerId;
        string surname;
        await using (var db = _app.Db(await _app.EstablishmentId("WYI")))
        {
            var prisoner = await db.Prisoners.OrderBy(p => p.Id).Skip(10).FirstAsync();
            prisonerId = prisoner.Id;
            surname = prisoner.LastName;
            contactId = await db.PrisonerContacts.Where(l => l.PrisonerId == prisonerId).Select(l => l.ContactId).FirstAsync();
            sessionId = await db.SessionSlots.Where(s => s.Date == TestClock.Today.AddDays(-7)).Select(s => s.Id).FirstOrDefaultAsync();
            videoCallId = await db.VideoCalls.OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync();
            familyDayId = await db.FamilyDays.OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync();
            applicationId = await db.FamilyDayApplications.OrderBy(a => a.Id).Select(a => a.Id).FirstOrDefaultAsync();
            dropInId = await db.DropInSessions.OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync();
            careRecordId = await db.CareExperiencedRecords.OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync();
            foreignPrisonerId = await db.FamilyAbroad.OrderBy(f => f.Id).Select(f => f.PrisonerId).FirstOrDefaultAsync();
        }
        var month = TestClock.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var today = TestClock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var pages = new List<(string User, string Url)>
        {
            ("visits.wymott", $"/prisoners?q={Uri.EscapeDataString(surname)}"),
            ("visits.wymott", $"/prisoners/{prisonerId}"),
            ("visits.wymott", $"/prisoners/{prisonerId}/contacts"),
            ("visits.wymott", $"/prisoners/{prisonerId}/visits"),
            ("visits.wymott", $"/contacts?q={Uri.EscapeDataString(surname)}"),
            ("visits.wymott", $"/contacts/{contactId}"),
            ("visits.wymott", "/visits/timetable"),
            ("visits.wymott", $"/visits/day?date={today}"),
            ("visits.wymott", "/visits/bookings"),
            ("safercustody.wymott", "/safercustody"),
            ("safercustody.wymott", "/safercustody/contacts"),
            ("safercustody.wymott", "/safercustody/contacts/closed"),
            ("safercustody.wymott", "/safercustody/cases"),
            ("familylead.wymott", $"/dashboard?month={month}"),
            ("familylead.wymott", "/audit"),
            ("national.viewer", $"/dashboard/national?month={month}"),
        };
        if (sessionId > 0)
        {
            pages.Add(("visits.wymott", $"/visits/day/sessions/{sessionId}"));
        }
        // Video calls, the no-visits list, family days, drop-ins and night calls (the demo seeds each at Wymott).
        Assert.True(videoCallId > 0 && familyDayId > 0 && applicationId > 0 && dropInId > 0 && careRecordId > 0 && foreignPrisonerId > 0,
            "the demo data has a video call, a family day and its application, a drop-in, a care-experienced record and a family abroad at Wymott");
        pages.AddRange(
        [
            ("visits.wymott", "/visits/video"),
            ("visits.wymott", $"/visits/video/{videoCallId}"),
            ("visits.wymott", $"/visits/video/prisoners/{prisonerId}"),
            ("visits.wymott", "/visits/video/offer"),
            ("visits.wymott", "/visits/no-visits"),
            ("visits.wymott", $"/visits/no-visits/prisoners/{prisonerId}"),
            ("familyservices.wymott", "/familydays"),
            ("familyservices.wymott", "/familydays/days"),
            ("familyservices.wymott", $"/familydays/days/{familyDayId}"),
            ("familyservices.wymott", $"/familydays/applications/{applicationId}"),
            ("familyservices.wymott", "/careexperienced"),
            ("familyservices.wymott", "/careexperienced/dropins"),
            ("familyservices.wymott", $"/careexperienced/dropins/{dropInId}"),
            ("familyservices.wymott", $"/careexperienced/{careRecordId}"),
            ("familyservices.wymott", "/foreignnationals"),
            ("familyservices.wymott", "/foreignnationals/worklist"),
            ("familyservices.wymott", $"/foreignnationals/{foreignPrisonerId}"),
        ]);

        var captured = new List<(string Page, Captured Command)>();
        foreach (var group in pages.GroupBy(p => p.User))
        {
            using var client = await StaffClient.SignedIn(_app, group.Key);
            foreach (var (_, url) in group)
            {
                _log.Start();
                var response = await client.Http.GetAsync(url);
                captured.AddRange(_log.Stop().Select(c => (url, c)));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {group.Key} gave {(int)response.StatusCode}");
            }
        }

        // The booking journey's session choice and the booking itself (its reads and writes in one transaction).
        var (session, date) = await VisitsTestData.Session(_app, openCapacity: 5);
        var (bookable, visitor) = await VisitsTestData.BookablePrisoner(_app);
        using (var booker = await StaffClient.SignedIn(_app, "visits.wymott"))
        {
            var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
            _log.Start();
            var choice = await VisitsTestData.PostStep(booker, bookable.Id, "session", [new("VisitorIds", visitor.Id.ToString(CultureInfo.InvariantCulture))]);
            captured.AddRange(_log.Stop().Select(c => ("booking: session choice", c)));
            Assert.True((int)choice.StatusCode < 500, $"the session choice gave {(int)choice.StatusCode}");
            var token = await VisitsTestData.Token(booker, bookable.Id);
            _log.Start();
            var booked = await booker.Http.PostAsync($"/visits/book/{bookable.Id}",
                new FormUrlEncodedContent(booking.Append(new("__RequestVerificationToken", token))));
            captured.AddRange(_log.Stop().Select(c => ("booking: book", c)));
            Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        }

        var scans = new List<string>();
        await using var connection = new SqliteConnection(_app.ConnectionString);
        await connection.OpenAsync();
        var explained = 0;
        // "WHERE 0" (EF Core's query for an empty list) is answered without reading a row.
        foreach (var (page, command) in captured.Where(c => c.Command.IsQuery && !c.Command.Text.TrimEnd().EndsWith("WHERE 0", StringComparison.Ordinal))
                     .DistinctBy(c => c.Command.Text))
        {
            var plan = await Plan(connection, command);
            explained++;
            var aliases = Aliases(command.Text);
            foreach (var step in plan)
            {
                if (Scan().Match(step) is not { Success: true } scan)
                {
                    continue;
                }
                var name = scan.Groups["name"].Value;
                var table = aliases.TryGetValue(name, out var t) ? t : name;
                if (GrowingTables.Contains(table) && !Accepted.Any(a => page.StartsWith(a.PagePrefix, StringComparison.Ordinal) && a.Table == table))
                {
                    scans.Add($"{page}: {step} (table {table})\n    {command.Text.ReplaceLineEndings(" ")}\n    plan: {string.Join(" | ", plan)}");
                }
            }
        }
        _output.WriteLine($"{pages.Count + 2} pages, {captured.Count} commands, {explained} distinct queries explained, {scans.Count} full scans of growing tables");
        foreach (var scan in scans)
        {
            _output.WriteLine(scan);
        }
        Assert.True(explained > 40, $"only {explained} queries were captured: is the interceptor on the app's context?");
        Assert.True(scans.Count == 0, $"{scans.Count} full scans of tables that grow with time:\n{string.Join("\n", scans)}");
    }

    /// <summary>"SCAN v" or "SCAN v USING INDEX ..." without a search key: every row (or every index entry) is read.</summary>
    [GeneratedRegex(@"^SCAN (?<name>[A-Za-z_][A-Za-z0-9_]*)(?: USING (?:COVERING )?INDEX \S+)?$")]
    private static partial Regex Scan();

    [GeneratedRegex("\"(?<table>[A-Za-z_][A-Za-z0-9_]*)\" AS \"(?<alias>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex AliasPattern();

    private static Dictionary<string, string> Aliases(string sql)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AliasPattern().Matches(sql))
        {
            aliases.TryAdd(m.Groups["alias"].Value, m.Groups["table"].Value);
        }
        return aliases;
    }

    private static async Task<List<string>> Plan(SqliteConnection connection, Captured command)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }

    public sealed record Captured(string Text, List<(string Name, object? Value)> Parameters)
    {
        public bool IsQuery => Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                               || Text.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Records the text and parameters of every command the app's context runs while started.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private ConcurrentQueue<Captured>? _commands;

        public void Start() => _commands = new ConcurrentQueue<Captured>();

        public List<Captured> Stop()
        {
            var commands = _commands?.ToList() ?? [];
            _commands = null;
            return commands;
        }

        private void Record(DbCommand command)
        {
            if (_commands is null)
            {
                return;
            }
            // A SELECT that is part of a batch (";"-separated) is explained one statement at a time.
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
            foreach (var statement in command.CommandText.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (statement.Length > 0)
                {
                    _commands.Enqueue(new Captured(statement.TrimEnd(';'), parameters));
                }
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }
}
