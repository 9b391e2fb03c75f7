using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Bench;

/// <summary>
/// Bookings that survive a crash (issue 14 §3): the real site runs in a child process (this program with the hidden
/// scenario <c>crash-server</c>) on a SQLite file; staff clients book through the real forms as the booking race does;
/// the site is killed with SIGKILL in the middle, started again on the same file, and the database is checked: every
/// booking whose POST was acknowledged (redirected to its confirmation) exists and is booked, every slot's counters agree
/// with its visits, every visiting-order balance agrees with its ledger, and <c>PRAGMA integrity_check</c> is ok.
/// Three rounds, each on the database the last one left.
/// </summary>
public static partial class CrashBench
{
    public const string Name = "crash";
    public const string ServerName = "crash-server";

    public const string Help =
        "  --rounds N      kills and restarts (default 3)\n" +
        "  --clients N     concurrent staff clients booking (default 40)\n" +
        "  --kill-after-ms N  each round kills the site 0 to N ms after 20 to 80 bookings were acknowledged (default 3000)";

    private const int SessionsCount = 40;
    private const int Capacity = 200;
    private const int PerClientPerRound = 25;

    public sealed record Options(int Rounds = 3, int Clients = 40, int KillAfterMs = 3000);

    [GeneratedRegex("^/visits/bookings/([0-9]+)/confirmation$")]
    private static partial Regex Confirmation();

    public static bool TryParse(ReadOnlySpan<string> args, out Options options, out string? error)
    {
        options = new Options();
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"{args[i]} needs a whole number of at least 1.";
                return false;
            }
            switch (args[i])
            {
                case "--rounds": options = options with { Rounds = value }; break;
                case "--clients": options = options with { Clients = value }; break;
                case "--kill-after-ms": options = options with { KillAfterMs = value }; break;
                default: error = $"Unknown option '{args[i]}'."; return false;
            }
        }
        return true;
    }

    /// <summary>The child: the site on a SQLite file in <paramref name="folder"/>; with --arrange, the race's data too. Runs until killed.</summary>
    public static async Task<int> Serve(string folder, bool arrange, int attempts)
    {
        await using var server = new BenchServer(folder);
        var address = server.Start();
        if (arrange)
        {
            var options = BookingRaceOptions.Default with { Sessions = SessionsCount, Capacity = Capacity, Clients = attempts, VisitsPerClient = 1 };
            var data = await BookingRaceData.Arrange(server, options, CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(folder, "race.json"), JsonSerializer.Serialize(data));
        }
        Console.Out.WriteLine($"LISTENING {address}");
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    public static async Task<int> Run(Options options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyties-bench-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var random = new Random(14);
        var acknowledged = new Dictionary<int, int>(); // visit id → prisoner id
        var found = 0;
        var counterMismatches = 0;
        var ledgerMismatches = 0;
        var integrity = "ok";
        var transportErrors = 0;
        var serverErrors = 0;
        try
        {
            var attempts = options.Rounds * options.Clients * PerClientPerRound;
            var (child, address) = await StartChild(folder, arrange: true, attempts);
            var data = JsonSerializer.Deserialize<RaceData>(await File.ReadAllTextAsync(Path.Combine(folder, "race.json")))!;
            Log($"Site in process {child.Id} on {address}; {data.Sessions.Count} sessions × {Capacity} tables, {data.Prisoners.Count} prisoners.");
            var next = 0;
            for (var round = 1; round <= options.Rounds; round++)
            {
                // The kill comes in the middle of the bookings: after a random number of them were acknowledged this round
                // (so every round has some, however loaded the machine), and a random moment more, with 40 POSTs in flight.
                var killAtAcks = random.Next(20, 80);
                var killAfter = TimeSpan.FromMilliseconds(random.Next(0, options.KillAfterMs));
                var acksThisRound = 0;
                var plans = Enumerable.Range(0, options.Clients)
                    .Select(_ => Enumerable.Range(0, PerClientPerRound).Select(_ => data.Prisoners[next++]).ToList()).ToList();
                using var stop = new CancellationTokenSource();
                var clients = new List<StaffHttpClient>();
                for (var c = 0; c < options.Clients; c++)
                {
                    var http = new StaffHttpClient(address, TimeSpan.FromSeconds(60));
                    await http.SignIn(data.UserNames[c % data.UserNames.Count], BenchServer.Password, CancellationToken.None);
                    clients.Add(http);
                }
                var roundAcks = new List<(int VisitId, int PrisonerId)>();
                var tasks = clients.Select((http, c) => Task.Run(async () =>
                {
                    var mine = new List<(int, int)>();
                    var i = 0;
                    foreach (var prisoner in plans[c])
                    {
                        var session = data.Sessions[(c * PerClientPerRound + i++) % data.Sessions.Count];
                        try
                        {
                            var visitors = await http.Get($"/visits/book/{prisoner.PrisonerId}/visitors", stop.Token);
                            var token = StaffHttpClient.Token(visitors.Html);
                            if (token is null)
                            {
                                continue;
                            }
                            var result = await http.Post($"/visits/book/{prisoner.PrisonerId}", Fields(prisoner, session, token), stop.Token);
                            if (result.Status == HttpStatusCode.Redirect && result.Location is { } location && Confirmation().Match(location) is { Success: true } m)
                            {
                                mine.Add((int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), prisoner.PrisonerId));
                                Interlocked.Increment(ref acksThisRound);
                            }
                            else if ((int)result.Status >= 500)
                            {
                                Interlocked.Increment(ref serverErrors);
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                        {
                            Interlocked.Increment(ref transportErrors);
                            if (stop.IsCancellationRequested || e is HttpRequestException)
                            {
                                break; // the site is gone
                            }
                        }
                    }
                    lock (roundAcks)
                    {
                        roundAcks.AddRange(mine);
                    }
                })).ToList();

                var waited = Stopwatch.StartNew();
                while (Volatile.Read(ref acksThisRound) < killAtAcks && waited.Elapsed < TimeSpan.FromMinutes(2) && !tasks.All(t => t.IsCompleted))
                {
                    await Task.Delay(10);
                }
                await Task.Delay(killAfter);
                child.Kill(); // SIGKILL on Linux: no shutdown, no flush, no checkpoint
                await child.WaitForExitAsync();
                await stop.CancelAsync();
                await Task.WhenAll(tasks);
                foreach (var http in clients)
                {
                    http.Dispose();
                }
                foreach (var (visitId, prisonerId) in roundAcks)
                {
                    acknowledged[visitId] = prisonerId;
                }
                Log($"Round {round}: killed the site {killAfter.TotalSeconds:F1} s after booking {killAtAcks} ({waited.Elapsed.TotalSeconds:F1} s in); {roundAcks.Count} bookings acknowledged this round.");

                // The restart: the app opens the same file (SQLite recovers the write-ahead log), migrates and seeds (nothing to do).
                (child, address) = await StartChild(folder, arrange: false, 0);
                var check = await Check(folder, data, acknowledged);
                found = check.Found;
                counterMismatches = Math.Max(counterMismatches, check.CounterMismatches);
                ledgerMismatches = Math.Max(ledgerMismatches, check.LedgerMismatches);
                if (check.Integrity != "ok")
                {
                    integrity = check.Integrity;
                }
                Log($"Round {round} after restart: {check.Found} of {acknowledged.Count} acknowledged bookings found, {check.CounterMismatches} slot counters wrong, "
                    + $"{check.LedgerMismatches} balances disagreeing with their ledger, integrity {check.Integrity}.");
            }
            child.Kill();
            await child.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            Log($"{transportErrors} requests cut off by the kills, {serverErrors} server errors.");
            var lost = acknowledged.Count - found;
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"scenario":"crash","rounds":{{options.Rounds}},"acknowledged":{{acknowledged.Count}},"found":{{found}},"lost":{{lost}},"counter_mismatches":{{counterMismatches}},"ledger_mismatches":{{ledgerMismatches}},"integrity":"{{integrity}}"}""");
            Console.Out.WriteLine(json);
            return lost == 0 && counterMismatches == 0 && ledgerMismatches == 0 && integrity == "ok" && acknowledged.Count > 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static KeyValuePair<string, string>[] Fields(RacePrisoner prisoner, RaceSession session, string token) =>
    [
        new("VisitorIds", prisoner.VisitorId.ToString(CultureInfo.InvariantCulture)),
        new("Slot", session.Slot),
        new("MainContactId", prisoner.VisitorId.ToString(CultureInfo.InvariantCulture)),
        new("RequestMethod", "Phone"),
        new("__RequestVerificationToken", token),
    ];

    private sealed record CheckResult(int Found, int CounterMismatches, int LedgerMismatches, string Integrity);

    /// <summary>Reads the restarted site's database directly (the site is running: WAL readers do not block it).</summary>
    private static async Task<CheckResult> Check(string folder, RaceData data, Dictionary<int, int> acknowledged)
    {
        var connectionString = $"Data Source={Path.Combine(folder, "familyties.db")}";
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, connectionString);
        await using var db = new FamilyTiesDbContext(options.Options, new SystemUser(data.EstablishmentId), TimeProvider.System);
        // Every read below in one snapshot: the restarted site may be committing meanwhile (the month's visiting-order
        // allocation resumes at start, a batch of balances and their ledger entries a transaction), and balances read
        // before a batch beside a ledger read after it would disagree although neither was ever wrong in the database.
        await db.Database.OpenConnectionAsync();
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot);
        var ids = acknowledged.Keys.ToList();
        var booked = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.Id) && v.Status == VisitStatus.Booked)
            .Select(v => new { v.Id, v.PrisonerId }).ToListAsync();
        var found = booked.Count(v => acknowledged[v.Id] == v.PrisonerId);

        // Every slot of the establishment: its counters against its booked visits, open and closed.
        var slots = await db.SessionSlots.AsNoTracking().Select(s => new
        {
            s.Id, s.BookedOpen, s.BookedClosed,
            Open = db.Visits.Count(v => v.SessionSlotId == s.Id && v.Status == VisitStatus.Booked && !v.Closed),
            Closed = db.Visits.Count(v => v.SessionSlotId == s.Id && v.Status == VisitStatus.Booked && v.Closed),
        }).ToListAsync();
        var counterMismatches = slots.Count(s => s.BookedOpen != s.Open || s.BookedClosed != s.Closed);

        // Every balance of the race's prisoners against the sum of its ledger, and the ledger's last running balance.
        var prisonerIds = data.Prisoners.Select(p => p.PrisonerId).ToList();
        var balances = await db.VisitingOrderBalances.AsNoTracking().Where(b => prisonerIds.Contains(b.PrisonerId))
            .Select(b => new { b.PrisonerId, b.Balance }).ToListAsync();
        var ledger = await db.VisitingOrderEntries.AsNoTracking().Where(e => prisonerIds.Contains(e.PrisonerId))
            .Select(e => new { e.PrisonerId, e.Id, e.Change, e.BalanceAfter }).ToListAsync();
        var byPrisoner = ledger.GroupBy(e => e.PrisonerId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).ToList());
        var ledgerMismatches = balances.Count(b => !byPrisoner.TryGetValue(b.PrisonerId, out var entries)
            || entries.Sum(e => e.Change) != b.Balance || entries[^1].BalanceAfter != b.Balance);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var integrity = (string)(await command.ExecuteScalarAsync())!;
        return new CheckResult(found, counterMismatches, ledgerMismatches, integrity);
    }

    private static async Task<(Process Child, Uri Address)> StartChild(string folder, bool arrange, int attempts)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.FileName = self;
            info.ArgumentList.Add(typeof(CrashBench).Assembly.Location);
        }
        else
        {
            info.FileName = self;
        }
        info.ArgumentList.Add(ServerName);
        info.ArgumentList.Add(folder);
        info.ArgumentList.Add(arrange ? "arrange" : "restart");
        info.ArgumentList.Add(attempts.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the site's process");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                Log($"Started the site (process {child.Id}) in {watch.Elapsed.TotalSeconds:F1} s.");
                _ = child.StandardOutput.ReadToEndAsync(); // keep draining
                return (child, new Uri(line["LISTENING ".Length..]));
            }
        }
        throw new InvalidOperationException($"The site's process ended (exit {child.ExitCode}) before it listened");
    }

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}
