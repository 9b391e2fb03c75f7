using System.Diagnostics;
using System.Globalization;
using System.Net;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Bench;

/// <summary>
/// The dashboard at a stated scale: Wymott and <c>--establishments</c> generated establishments each get
/// <c>--prisoners</c> prisoners and <c>--months</c> months of visits (about one a prisoner a month), safer custody
/// contacts, voicemail checks and ACCTs, bulk-inserted. Then the family lead's dashboard for last month (13 months of
/// every measure) and the national view for last month are fetched over HTTP, and p50/p95 reported.
/// Targets (issue 9): one establishment's dashboard at most 200 ms p95, the national view at most 2 s.
/// </summary>
public static class DashboardBench
{
    public const string Name = "dashboard";

    public sealed record Options(int Establishments = 10, int Prisoners = 1100, int Months = 13, int Requests = 20, string? Data = null);

    public const string Help =
        "  --establishments N  generated establishments besides the demo ones (default 10)\n" +
        "  --prisoners N       prisoners at Wymott and at each generated establishment (default 1100)\n" +
        "  --months N          months of history (default 13)\n" +
        "  --requests N        timed requests of each page (default 20)\n" +
        "  --data DIR          measure on the national database kept in DIR by 'generate --data DIR' (issue 14's generator)\n" +
        "                      instead of building the stated scale: the dashboard of generated establishment G001";

    public static bool TryParse(ReadOnlySpan<string> args, out Options options, out string? error)
    {
        options = new Options();
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                options = options with { Data = Path.GetFullPath(args[i + 1]) };
                continue;
            }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"{args[i]} needs a whole number of at least 1.";
                return false;
            }
            switch (args[i])
            {
                case "--establishments": options = options with { Establishments = value }; break;
                case "--prisoners": options = options with { Prisoners = value }; break;
                case "--months": options = options with { Months = value }; break;
                case "--requests": options = options with { Requests = value }; break;
                default: error = $"Unknown option '{args[i]}'."; return false;
            }
        }
        return true;
    }

    public static async Task<int> Run(Options options)
    {
        if (options.Data is not null)
        {
            return await RunOnGenerated(options);
        }
        var folder = Path.Combine(Path.GetTempPath(), "familyties-bench-dashboard-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            using var server = new BenchServer(folder);
            var address = server.Start();
            var build = Stopwatch.StartNew();
            var rows = await Generate(server, options);
            Log($"Generated {rows:N0} rows in {build.Elapsed.TotalSeconds:F0} s");

            var month = LondonTime.DateOf(DateTimeOffset.UtcNow).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            await Profile(server, "WYI");
            var dashboard = await Time(address, "familylead.wymott", $"/dashboard?month={month}", options.Requests);
            // The floor: the same user, layout and checks, one measure (no rows to speak of): what a page costs beyond its figures.
            await Time(address, "familylead.wymott", $"/dashboard/measures/surveys.visit_started_on_time_pct?month={month}", options.Requests);
            var national = await Time(address, "national.viewer", $"/dashboard/national?month={month}", options.Requests);
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"scenario":"{{Name}}","establishments":{{options.Establishments + 3}},"prisoners_each":{{options.Prisoners}},"months":{{options.Months}},"rows":{{rows}},"dashboard_p50_ms":{{Percentile(dashboard, 50):F0}},"dashboard_p95_ms":{{Percentile(dashboard, 95):F0}},"national_p50_ms":{{Percentile(national, 50):F0}},"national_p95_ms":{{Percentile(national, 95):F0}}}""");
            Console.Out.WriteLine(json);
            return Percentile(dashboard, 95) <= 200 && Percentile(national, 95) <= 2000 ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<double>> Time(Uri address, string user, string url, int requests)
    {
        using var client = new StaffHttpClient(address, TimeSpan.FromMinutes(5));
        await client.SignIn(user, BenchServer.Password, CancellationToken.None);
        var times = new List<double>();
        for (var i = 0; i < requests + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await client.Get(url, CancellationToken.None);
            watch.Stop();
            if (page.Status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)page.Status}");
            }
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the caches
            }
        }
        times.Sort();
        Log($"{url}: p50 {Percentile(times, 50):F0} ms, p95 {Percentile(times, 95):F0} ms");
        return times;
    }

    /// <summary>Bulk inserts with change tracking off and no audit interceptor: a measurement database, not a record.</summary>
    private static async Task<int> Generate(BenchServer server, Options options)
    {
        var rows = 0;
        await using (var db = Plain(server))
        {
            for (var i = 0; i < options.Establishments; i++)
            {
                db.Establishments.Add(new Establishment
                {
                    Code = "B" + (char)('A' + i / 26) + (char)('A' + i % 26), Name = $"HMP Bench {i + 1:D3}",
                    Type = i % 3 == 0 ? EstablishmentType.MaleLocal : EstablishmentType.MaleCategoryC, OperationalCapacity = options.Prisoners,
                });
            }
            await db.SaveChangesAsync();
        }
        List<Establishment> targets;
        await using (var db = Plain(server))
        {
            targets = await db.Establishments.Where(e => e.Code == "WYI" || EF.Functions.Like(e.Code, "B%")).ToListAsync();
        }
        var today = LondonTime.DateOf(DateTimeOffset.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-(options.Months - 1));
        foreach (var e in targets)
        {
            rows += await GenerateOne(server, e, options, start, today);
            Log($"{e.Code}: {rows:N0} rows so far");
        }
        return rows;
    }

    private static async Task<int> GenerateOne(BenchServer server, Establishment e, Options options, DateOnly start, DateOnly today)
    {
        var random = new Random(e.Id);
        var rows = 0;
        await using var db = Plain(server);
        var prisoners = Enumerable.Range(0, options.Prisoners).Select(i => new Prisoner
        {
            EstablishmentId = e.Id, PrisonNumber = $"Z{i:D4}{(char)('A' + e.Id % 26)}{(char)('A' + e.Id / 26 % 26)}", FirstName = "Bench", LastName = $"Prisoner{i}",
            DateOfBirth = new DateOnly(1980, 1, 1).AddDays(i), Location = $"A-1-{i % 40:D3}", ReceptionDate = start.AddDays(random.Next(-900, 360)),
            ChildrenUnder18 = random.Next(4) == 0 ? null : random.Next(0, 4), DistanceFromHomeMiles = random.Next(5) == 0 ? null : random.Next(5, 250),
            Nationality = random.Next(8) == 0 ? "Polish" : "British",
        }).ToList();
        db.Prisoners.AddRange(prisoners);
        var room = new Room { EstablishmentId = e.Id, Name = "Bench hall " + Guid.NewGuid().ToString("N")[..6], Kind = RoomKind.VisitsHall, Tables = 60 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        rows += prisoners.Count + 1;

        var templates = new[] { (DayOfWeek.Tuesday, 14), (DayOfWeek.Wednesday, 18), (DayOfWeek.Thursday, 14), (DayOfWeek.Saturday, 14), (DayOfWeek.Sunday, 14), (DayOfWeek.Sunday, 9) }
            .Select(t => new SessionTemplate
            {
                EstablishmentId = e.Id, Name = $"Bench {t.Item1} {t.Item2}", RoomId = room.Id, DayOfWeek = t.Item1, StartTime = new TimeOnly(t.Item2, 0),
                EndTime = new TimeOnly(t.Item2 + 2, 0), ValidFrom = start, OpenCapacity = 60, ClosedCapacity = 2,
            }).ToList();
        db.SessionTemplates.AddRange(templates);
        await db.SaveChangesAsync();
        rows += templates.Count;

        var occurrences = new List<(SessionTemplate Template, DateOnly Date)>();
        for (var date = start; date < today; date = date.AddDays(1))
        {
            occurrences.AddRange(templates.Where(t => t.OccursOn(date)).Select(t => (t, date)));
        }
        var perOccurrence = occurrences.Count == 0 ? 0 : prisoners.Count * options.Months / occurrences.Count;
        foreach (var (template, date) in occurrences)
        {
            var slot = new SessionSlot { EstablishmentId = e.Id, SessionTemplateId = template.Id, Date = date, BookedOpen = perOccurrence };
            db.SessionSlots.Add(slot);
            for (var n = 0; n < perOccurrence; n++)
            {
                db.Visits.Add(new Visit
                {
                    EstablishmentId = e.Id, Reference = VisitReference.New(random), PrisonerId = prisoners[random.Next(prisoners.Count)].Id, SessionSlot = slot,
                    Date = date, StartTime = template.StartTime, EndTime = template.EndTime,
                    Status = random.Next(12) == 0 ? VisitStatus.Cancelled : VisitStatus.Booked,
                });
            }
            rows += perOccurrence + 1;
            if (db.ChangeTracker.Entries().Count() > 20_000)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        for (var date = start; date < today; date = date.AddDays(1))
        {
            var noon = LondonTime.ToInstant(date, new TimeOnly(12, 0));
            db.VoicemailChecks.Add(new VoicemailCheck { EstablishmentId = e.Id, CheckedAt = noon });
            var contact = new SaferCustodyContact
            {
                EstablishmentId = e.Id, ReceivedAt = noon.AddHours(-2), Channel = ContactChannel.SaferCustodyLine, CallerWantsCallback = date.Day % 2 == 0,
                Categories = ConcernCategory.Healthcare, PrisonerId = prisoners[random.Next(prisoners.Count)].Id, ClosedAt = noon.AddDays(1),
            };
            contact.Actions.Add(new ContactAction { EstablishmentId = e.Id, Kind = ActionKind.WelfareCheck, OccurredAt = noon.AddMinutes(random.Next(-100, 600)) });
            if (date.Day % 4 == 0)
            {
                contact.CallerFeedback.Add(new CallerFeedback { EstablishmentId = e.Id, OccurredAt = noon.AddHours(3), Result = CallerFeedbackResult.Told });
            }
            db.SaferCustodyContacts.Add(contact);
            if (date.Day % 6 == 0)
            {
                db.SafetyCases.Add(new SafetyCase
                {
                    EstablishmentId = e.Id, PrisonerId = prisoners[random.Next(prisoners.Count)].Id, Kind = SafetyCaseKind.Acct, OpenedOn = date,
                    ClosedOn = date.AddDays(14) < today ? date.AddDays(14) : null, Reference = $"B{date.DayNumber}",
                });
                rows++;
            }
            rows += 4;
        }
        await db.SaveChangesAsync();
        return rows;
    }

    /// <summary>Where a dashboard's time goes: each measure's 13 months at one establishment (Wymott, or G001 on the national database), timed alone, the slowest first (stderr).</summary>
    /// <summary>
    /// The dashboard of generated establishment G001 (five years of history) and the national view over all 123
    /// establishments, on the database <c>generate --data DIR</c> kept: the national scale.
    /// </summary>
    private static async Task<int> RunOnGenerated(Options options)
    {
        if (!File.Exists(Path.Combine(options.Data!, "build.json")))
        {
            Console.Error.WriteLine($"{options.Data} has no generated database: run 'generate --data {options.Data}' first.");
            return 2;
        }
        var built = (await File.ReadAllTextAsync(Path.Combine(options.Data!, "build.json"))).Trim();
        await using var server = new BenchServer(options.Data!, new Dictionary<string, string> { ["VisitingOrders:AllocationEnabled"] = "false", ["Demo:Seed"] = "false" });
        var address = server.Start();
        var users = await PagesBench.StaffAt(server, "G001");
        var month = LondonTime.DateOf(DateTimeOffset.UtcNow).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await Profile(server, "G001");
        await NationalProfile(server);
        var dashboard = await Time(address, users[Roles.FamilyLead], $"/dashboard?month={month}", options.Requests);
        var national = await Time(address, users[Roles.NationalViewer], $"/dashboard/national?month={month}", options.Requests);
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""{"scenario":"{{Name}}","data":"national",{{built}},"dashboard_p50_ms":{{Percentile(dashboard, 50):F0}},"dashboard_p95_ms":{{Percentile(dashboard, 95):F0}},"national_p50_ms":{{Percentile(national, 50):F0}},"national_p95_ms":{{Percentile(national, 95):F0}}}""");
        Console.Out.WriteLine(json);
        return Percentile(dashboard, 95) <= 200 && Percentile(national, 95) <= 2000 ? 0 : 1;
    }

    /// <summary>Where the national view's time goes: each measure for the month over every establishment, alone (stderr).</summary>
    private static async Task NationalProfile(BenchServer server)
    {
        await using var ctx = server.Db(null);
        var now = DateTimeOffset.UtcNow;
        var month = new[] { MeasurePeriod.Month(LondonTime.DateOf(now).AddMonths(-1), now) };
        var year = new[] { MeasurePeriod.Days("year", new DateOnly(LondonTime.DateOf(now).Year, 1, 1), LondonTime.DateOf(now), now) };
        foreach (var (name, periods) in new[] { ("month", month), ("year to date", year) })
        {
            var times = new List<(string Key, double Ms)>();
            var all = Stopwatch.StartNew();
            await MeasureRegistry.ComputeAsync(await MeasureQuery.NationalAsync(ctx, periods));
            all.Stop();
            foreach (var m in MeasureRegistry.All)
            {
                var fresh = await MeasureQuery.NationalAsync(ctx, periods);
                var watch = Stopwatch.StartNew();
                await MeasureRegistry.ComputeAsync(fresh, [m]);
                times.Add((m.Key, watch.Elapsed.TotalMilliseconds));
            }
            Log($"National, {name}: all together {all.Elapsed.TotalMilliseconds:F0} ms, alone {times.Sum(t => t.Ms):F0} ms in all; the slowest: " +
                string.Join(", ", times.OrderByDescending(t => t.Ms).Take(20).Select(t => $"{t.Key} {t.Ms:F0}")));
        }
    }

    private static async Task Profile(BenchServer server, string code)
    {
        int establishment;
        await using (var db = Plain(server))
        {
            establishment = await db.Establishments.Where(e => e.Code == code).Select(e => e.Id).SingleAsync();
        }
        await using var ctx = server.Db(establishment);
        var now = DateTimeOffset.UtcNow;
        var periods = MeasurePeriod.Trend(LondonTime.DateOf(now).AddMonths(-1), 12, now);
        var q = await MeasureQuery.ForCurrentAsync(ctx, periods);
        await MeasureRegistry.ComputeAsync(q); // warm
        var times = new List<(string Key, double Ms)>();
        foreach (var m in MeasureRegistry.All)
        {
            var fresh = await MeasureQuery.ForCurrentAsync(ctx, periods);
            var watch = Stopwatch.StartNew();
            await MeasureRegistry.ComputeAsync(fresh, [m]);
            times.Add((m.Key, watch.Elapsed.TotalMilliseconds));
        }
        // A pathway's measures share loads (MeasureQuery.Shared), so a pathway alone is what one lane spends on it.
        var pathways = new List<(string Key, double Ms)>();
        foreach (var pathway in MeasureRegistry.All.GroupBy(m => m.Key[..m.Key.IndexOf('.')]))
        {
            var fresh = await MeasureQuery.ForCurrentAsync(ctx, periods);
            var watch = Stopwatch.StartNew();
            await MeasureRegistry.ComputeAsync(fresh, pathway);
            pathways.Add((pathway.Key, watch.Elapsed.TotalMilliseconds));
        }
        Log($"Pathways alone ({pathways.Sum(p => p.Ms):F0} ms in all): " + string.Join(", ", pathways.OrderByDescending(t => t.Ms).Select(t => $"{t.Key} {t.Ms:F0}")));
        // All together, as the page computes them (pathways in lanes), ten times: the page's figures without its HTML.
        var together = new List<double>();
        for (var run = 0; run < 10; run++)
        {
            var fresh = await MeasureQuery.ForCurrentAsync(ctx, periods);
            var watch = Stopwatch.StartNew();
            await MeasureRegistry.ComputeAsync(fresh);
            together.Add(watch.Elapsed.TotalMilliseconds);
        }
        together.Sort();
        Log($"All {MeasureRegistry.All.Count} measures together, 10 runs: p50 {Percentile(together, 50):F0} ms, p95 {Percentile(together, 95):F0} ms; alone, the slowest: " +
            string.Join(", ", times.OrderByDescending(t => t.Ms).Take(15).Select(t => $"{t.Key} {t.Ms:F0}")));
    }

    private static FamilyTiesDbContext Plain(BenchServer server)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, server.ConnectionString);
        var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TimeProvider.System);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}
