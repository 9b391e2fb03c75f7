using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FamilyTies.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Bench;

/// <summary>
/// The booking race: the real site, many staff signed in at once, every one of them booking through the real check
/// page and form into sessions that cannot hold them all. Afterwards the database is counted, not the responses
/// trusted: no session may hold more visits than tables, its counter must agree with its visits, and when demand
/// exceeds capacity every table must be taken.
/// </summary>
public static partial class BookingRace
{
    public const string Name = "booking-race";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(120);

    public enum Outcome { Booked, RefusedFull, RefusedBusy, ServerError, Unexpected, TransportError }

    public sealed record Attempt(Outcome Outcome, double PostMs, string Detail);

    private sealed record Plan(RacePrisoner Prisoner, RaceSession Session)
    {
        /// <summary>The journey's first step, a GET carrying the prisoner's id only: where a client gets its antiforgery token.</summary>
        public string StartUrl => $"/visits/book/{Prisoner.PrisonerId}/visitors";

        /// <summary>The check step: its answers are posted, as the journey's Continue does (never in the address).</summary>
        public string CheckAction => $"/visits/book/{Prisoner.PrisonerId}/check";

        public string Action => $"/visits/book/{Prisoner.PrisonerId}";

        public KeyValuePair<string, string>[] Fields(string token) =>
        [
            new("VisitorIds", Prisoner.VisitorId.ToString(CultureInfo.InvariantCulture)),
            new("Slot", Session.Slot),
            new("MainContactId", Prisoner.VisitorId.ToString(CultureInfo.InvariantCulture)),
            new("RequestMethod", "Phone"),
            new("__RequestVerificationToken", token),
        ];
    }

    private sealed class Client(StaffHttpClient http, IReadOnlyList<Plan> plans)
    {
        public StaffHttpClient Http { get; } = http;
        public IReadOnlyList<Plan> Plans { get; } = plans;
        public string? FirstToken { get; set; }
    }

    private sealed record Counts(int Booked, int Overbooked, int Slots, List<string> Problems);

    [GeneratedRegex("^/visits/bookings/[0-9]+/confirmation$")]
    private static partial Regex Confirmation();

    [GeneratedRegex("govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("<[^>]+>|\\s+")]
    private static partial Regex TagsAndSpace();

    public static async Task<int> Run(BookingRaceOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyties-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var total = Stopwatch.StartNew();
        try
        {
            return await RunIn(folder, options, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Log($"Stopped: the run passed its limit of {options.TimeoutSeconds} s (--timeout).");
            return 3;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.KeepData)
            {
                Log($"Kept {folder} (database and server log).");
            }
            else
            {
                TryDelete(folder);
            }
            Log($"Total run time {total.Elapsed.TotalSeconds:F0} s.");
        }
    }

    private static async Task<int> RunIn(string folder, BookingRaceOptions options, CancellationToken ct)
    {
        var phase = Stopwatch.StartNew();
        await using var server = new BenchServer(folder);
        var baseAddress = server.Start();
        Log($"Site on {baseAddress} (fresh SQLite database, demo data) in {phase.Elapsed.TotalSeconds:F1} s.");

        phase.Restart();
        var data = await BookingRaceData.Arrange(server, options, ct);
        Log($"Arranged {data.Sessions.Count} sessions × {options.Capacity} tables, {data.Prisoners.Count} bookable prisoners, "
            + $"{data.UserNames.Count} staff users in {phase.Elapsed.TotalSeconds:F1} s.");

        // Attempt a of client c is global attempt g = c × visits + a: its own prisoner, and the sessions taken in turn,
        // so each client tries different sessions and every session sees about the same demand.
        var clients = new List<Client>(options.Clients);
        try
        {
            for (var c = 0; c < options.Clients; c++)
            {
                var plans = Enumerable.Range(c * options.VisitsPerClient, options.VisitsPerClient)
                    .Select(g => new Plan(data.Prisoners[g], data.Sessions[g % data.Sessions.Count])).ToList();
                clients.Add(new Client(new StaffHttpClient(baseAddress, RequestTimeout), plans));
            }

            phase.Restart();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2), CancellationToken = ct };
            await Parallel.ForEachAsync(Enumerable.Range(0, clients.Count), parallel, async (c, token) =>
            {
                var client = clients[c];
                await client.Http.SignIn(data.UserNames[c % data.UserNames.Count], BenchServer.Password, token);
                // Each client has its first check page open, so the first bookings land together.
                var start = await client.Http.Get(client.Plans[0].StartUrl, token);
                var startToken = start.Status == HttpStatusCode.OK ? StaffHttpClient.Token(start.Html) : null;
                var page = startToken is null ? start : await client.Http.Post(client.Plans[0].CheckAction, client.Plans[0].Fields(startToken), token);
                client.FirstToken = page.Status == HttpStatusCode.OK ? StaffHttpClient.Token(page.Html) : null;
            });
            Log($"Signed in {clients.Count} clients as {Math.Min(clients.Count, data.UserNames.Count)} staff users in {phase.Elapsed.TotalSeconds:F1} s.");

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var tasks = clients.Select(c => Book(c, gate.Task, ct)).ToList();
            var race = Stopwatch.StartNew();
            gate.SetResult();
            var attempts = (await Task.WhenAll(tasks)).SelectMany(a => a).ToList();
            race.Stop();

            var counts = await Count(server, data, options, ct);
            CommitCeiling.Result? ceiling = null;
            if (attempts.FirstOrDefault(a => a.Outcome == Outcome.Booked) is { } booked
                && int.TryParse(booked.Detail.Split('/')[3], CultureInfo.InvariantCulture, out var visitId))
            {
                // The ceiling, in the same run, on the race's own database, with the app's settings (issue 14 §4).
                ceiling = await CommitCeiling.Measure(server.ConnectionString, visitId, TimeSpan.FromSeconds(10));
                Log($"Ceiling: {ceiling.Transactions} booking-shaped transactions ({ceiling.AuditRowsEach} audit rows each) committed in 10 s, "
                    + $"{ceiling.PerSecond:F0} a second (journal_mode {ceiling.JournalMode}, synchronous {ceiling.Synchronous}).");
                try
                {
                    if (options.CompareSynchronous)
                    {
                        var normal = await CommitCeiling.Measure(server.ConnectionString, visitId, TimeSpan.FromSeconds(10), "NORMAL");
                        var off = await CommitCeiling.Measure(server.ConnectionString, visitId, TimeSpan.FromSeconds(10), "OFF");
                        Log($"Ceiling with synchronous NORMAL: {normal.PerSecond:F0} a second; with OFF (not durable, for comparison): {off.PerSecond:F0} a second.");
                    }
                }
                catch (SqliteException e)
                {
                    Log($"The comparison of synchronous settings failed: {e.Message}");
                }
            }
            return Report(options, attempts, counts, race.Elapsed, ceiling);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Http.Dispose();
            }
        }
    }

    /// <summary>One client's bookings, one after another: the check step posted for a token (already open for the first), then the form post.</summary>
    private static async Task<List<Attempt>> Book(Client client, Task gate, CancellationToken ct)
    {
        await gate;
        var attempts = new List<Attempt>(client.Plans.Count);
        for (var i = 0; i < client.Plans.Count; i++)
        {
            var plan = client.Plans[i];
            try
            {
                var token = i == 0 ? client.FirstToken : null;
                if (token is null && client.FirstToken is { } earlier)
                {
                    var page = await client.Http.Post(plan.CheckAction, plan.Fields(earlier), ct);
                    token = page.Status == HttpStatusCode.OK ? StaffHttpClient.Token(page.Html) : null;
                    if (token is null)
                    {
                        attempts.Add(new Attempt((int)page.Status >= 500 ? Outcome.ServerError : Outcome.Unexpected, 0,
                            $"POST check step gave {(int)page.Status} {page.Location}"));
                        continue;
                    }
                }
                if (token is null)
                {
                    attempts.Add(new Attempt(Outcome.Unexpected, 0, "No check page was opened for this client"));
                    continue;
                }
                var watch = Stopwatch.StartNew();
                var result = await client.Http.Post(plan.Action, plan.Fields(token), ct);
                watch.Stop();
                attempts.Add(Classify(result, watch.Elapsed.TotalMilliseconds));
            }
            catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !ct.IsCancellationRequested)
            {
                attempts.Add(new Attempt(Outcome.TransportError, 0, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return attempts;
    }

    private static Attempt Classify(StaffHttpClient.Page result, double ms)
    {
        var status = (int)result.Status;
        if (result.Status == HttpStatusCode.Redirect && result.Location is { } location && Confirmation().IsMatch(location))
        {
            return new Attempt(Outcome.Booked, ms, location);
        }
        if (status >= 500)
        {
            return new Attempt(Outcome.ServerError, ms, $"POST gave {status}");
        }
        if (result.Status == HttpStatusCode.OK && ErrorSummary().Match(result.Html) is { Success: true } summary)
        {
            var text = WebUtility.HtmlDecode(TagsAndSpace().Replace(summary.Groups[1].Value, " ")).Trim();
            return text.Contains("The session is full", StringComparison.Ordinal) ? new Attempt(Outcome.RefusedFull, ms, text)
                : text.Contains("The session is very busy", StringComparison.Ordinal) ? new Attempt(Outcome.RefusedBusy, ms, text)
                : new Attempt(Outcome.Unexpected, ms, $"POST gave 200: {text}");
        }
        return new Attempt(Outcome.Unexpected, ms, $"POST gave {status} {result.Location}");
    }

    /// <summary>Counts what the database holds for the race's sessions and prisoners.</summary>
    private static async Task<Counts> Count(BenchServer server, RaceData data, BookingRaceOptions options, CancellationToken ct)
    {
        await using var db = server.Db(data.EstablishmentId);
        var templateIds = data.Sessions.Select(s => s.TemplateId).ToList();
        var slots = await db.SessionSlots.AsNoTracking().Where(s => templateIds.Contains(s.SessionTemplateId)).ToListAsync(ct);
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.Status == VisitStatus.Booked && templateIds.Contains(v.SessionSlot!.SessionTemplateId))
            .Select(v => new { v.SessionSlotId, v.PrisonerId, v.UsedVisitingOrder }).ToListAsync(ct);
        var prisonerIds = data.Prisoners.Select(p => p.PrisonerId).ToList();
        var spent = await db.VisitingOrderBalances.AsNoTracking().Where(b => prisonerIds.Contains(b.PrisonerId))
            .SumAsync(b => BookingRaceData.VisitingOrders - b.Balance, ct);

        var problems = new List<string>();
        var overbooked = 0;
        foreach (var slot in slots)
        {
            var booked = visits.Count(v => v.SessionSlotId == slot.Id);
            overbooked += Math.Max(0, booked - options.Capacity);
            if (slot.BookedOpen != booked || slot.BookedClosed != 0)
            {
                problems.Add($"slot {slot.Id} counts {slot.BookedOpen} open and {slot.BookedClosed} closed but holds {booked} visits");
            }
        }
        if (slots.GroupBy(s => s.SessionTemplateId).Any(g => g.Count() > 1))
        {
            problems.Add("a session has more than one slot for its date");
        }
        if (visits.GroupBy(v => v.PrisonerId).Any(g => g.Count() > 1))
        {
            problems.Add("a prisoner was booked more than once");
        }
        var used = visits.Count(v => v.UsedVisitingOrder);
        if (spent != used || used != visits.Count)
        {
            problems.Add($"{visits.Count} visits booked, {used} marked as using a visiting order, {spent} visiting orders spent");
        }
        return new Counts(visits.Count, overbooked, slots.Count, problems);
    }

    private static int Report(BookingRaceOptions options, List<Attempt> attempts, Counts counts, TimeSpan race, CommitCeiling.Result? ceiling)
    {
        int Of(Outcome o) => attempts.Count(a => a.Outcome == o);
        var serverErrors = Of(Outcome.ServerError);
        var unexpected = Of(Outcome.Unexpected) + Of(Outcome.TransportError);
        var bookedOverHttp = Of(Outcome.Booked);
        Log($"Race: {attempts.Count} attempts by {options.Clients} clients in {race.TotalSeconds:F1} s: {bookedOverHttp} booked, "
            + $"{Of(Outcome.RefusedFull)} refused as full, {Of(Outcome.RefusedBusy)} refused as too busy, {serverErrors} server errors, "
            + $"{unexpected} unexpected answers.");
        Log($"Database: {counts.Booked} visits booked in {counts.Slots} slots of {options.Sessions} sessions, {counts.Overbooked} over capacity.");
        foreach (var detail in attempts.Where(a => a.Outcome is Outcome.ServerError or Outcome.Unexpected or Outcome.TransportError)
                     .GroupBy(a => a.Detail).OrderByDescending(g => g.Count()).Take(10))
        {
            Log($"  {detail.Count()} × {detail.Key}");
        }
        var problems = counts.Problems.ToList();
        if (bookedOverHttp != counts.Booked)
        {
            problems.Add($"{bookedOverHttp} bookings confirmed over HTTP but {counts.Booked} in the database");
        }
        var demandExceedsCapacity = options.Attempts > options.TotalCapacity;
        if (demandExceedsCapacity && counts.Booked != options.TotalCapacity)
        {
            problems.Add($"demand ({options.Attempts}) exceeds capacity ({options.TotalCapacity}) but {counts.Booked} tables were booked");
        }
        if (Of(Outcome.RefusedBusy) > 0)
        {
            Log($"  {Of(Outcome.RefusedBusy)} bookings gave up after {Data.Concurrency.ContendedWrite.DefaultAttempts} tries (\"The session is very busy\").");
        }
        foreach (var problem in problems)
        {
            Log($"PROBLEM: {problem}");
        }

        var latencies = attempts.Where(a => a.Outcome is not (Outcome.TransportError or Outcome.Unexpected) && a.PostMs > 0)
            .Select(a => a.PostMs).Order().ToList();
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""{"scenario":"{{Name}}","attempts":{{attempts.Count}},"booked":{{counts.Booked}},"capacity":{{options.TotalCapacity}},"overbooked":{{counts.Overbooked}},"server_errors":{{serverErrors}},"throughput_per_s":{{attempts.Count / race.TotalSeconds:F1}},"p50_ms":{{Percentile(latencies, 50):F0}},"p95_ms":{{Percentile(latencies, 95):F0}},"booked_per_s":{{counts.Booked / race.TotalSeconds:F1}},"ceiling_per_s":{{ceiling?.PerSecond ?? 0:F0}},"share_of_ceiling":{{(ceiling is null ? 0 : attempts.Count / race.TotalSeconds / ceiling.PerSecond):F2}}}""");
        Console.Out.WriteLine(json);
        return counts.Overbooked > 0 || serverErrors > 0 || unexpected > 0 || problems.Count > 0 ? 1 : 0;
    }

    /// <summary>Nearest-rank percentile of sorted values (0 when there are none).</summary>
    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            Log($"Could not delete {folder}: {e.Message}");
        }
    }
}
