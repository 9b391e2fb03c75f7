using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using FamilyTies.Data.Generation;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Bench;

/// <summary>
/// Pages at national scale (issue 14 §2): the real site on loopback, 20 staff signed in at once in their roles, each
/// fetching its role's pages over and over; p50/p95/p99 per page. Measured twice in one run: first on the demo
/// database (demo users at Wymott), then after the generator has added the national data (the same pages for staff
/// of a generated establishment, whose history is five years at national demand, and the national view over all of
/// them). One JSON line per page at national scale, and a last line with each page's p95 ratio to its demo figure.
/// Targets: p95 ≤ 100 ms for every page (the national view ≤ 2 s), and no page more than 2× its demo p95.
/// </summary>
public static class PagesBench
{
    public const string Name = "pages";

    public const string Help =
        "  --size national|small   the generator's size (default national: 120 × 1,100 prisoners × 5 years)\n" +
        "  --users N               concurrent signed-in staff (default 20)\n" +
        "  --rounds N              times each user fetches each of its pages (default 15)\n" +
        "  --seed N                the generator's seed (default 14)\n" +
        "  --data DIR              keep the national database in DIR, and reuse it if it is there (built once, measured again)\n" +
        "  --without PAGE          leave a page out (repeatable), e.g. national_view: what the other pages cost without it";

    public sealed record Options(GenerationSize Size, int Users = 20, int Rounds = 15, int Seed = 14, string? Data = null)
    {
        /// <summary>Pages left out of the measurement (a role left with none takes no user).</summary>
        public IReadOnlySet<string> Without { get; init; } = new HashSet<string>();
    }

    private static IEnumerable<PageUrl> Measured(Options options) => Pages.Where(p => !options.Without.Contains(p.Page));

    private sealed record PageUrl(string Page, string Role, Func<Place, string> Url, bool PostSessionStep = false, Func<Place, string>? Expect = null);

    /// <summary>Where a role's pages are fetched: its establishment's sample prisoner and visitor, and last month.</summary>
    private sealed record Place(string Slug, int PrisonerId, int VisitorId, string Surname, string Month, string Today);

    private static readonly PageUrl[] Pages =
    [
        new("prisoner_search", Roles.VisitsStaff, p => $"/prisoners?q={Uri.EscapeDataString(p.Surname)}", Expect: p => p.Surname),
        new("prisoner_profile", Roles.VisitsStaff, p => $"/prisoners/{p.PrisonerId}", Expect: p => p.Surname),
        new("booking_session_choice", Roles.VisitsStaff, p => $"/visits/book/{p.PrisonerId}/session", PostSessionStep: true),
        new("timetable_week", Roles.VisitsStaff, _ => "/visits/timetable"),
        new("day_visit_list", Roles.VisitsStaff, p => $"/visits/day?date={p.Today}"),
        new("safer_custody_open_list", Roles.SaferCustody, _ => "/safercustody/contacts"),
        new("safer_custody_landing", Roles.SaferCustody, _ => "/safercustody"),
        new("dashboard_month", Roles.FamilyLead, p => $"/dashboard?month={p.Month}"),
        new("audit_log", Roles.FamilyLead, _ => "/audit"),
        new("national_view", Roles.NationalViewer, p => $"/dashboard/national?month={p.Month}", Expect: _ => "HMP Generated 001"),
    ];

    /// <summary>
    /// The monthly visiting-order allocation is off in both runs: at start-up it writes a ledger row for every prisoner
    /// (132,000 at national scale), which would compete with the pages measured, and it writes audit rows while the
    /// generator hands out their keys. The pages, not the allocation, are measured here.
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new() { ["VisitingOrders:AllocationEnabled"] = "false" };

    public static bool TryParse(ReadOnlySpan<string> args, out Options options, out string? error)
    {
        options = new Options(GenerationSize.National);
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                error = $"{args[i]} needs a value.";
                return false;
            }
            if (args[i] == "--size")
            {
                if (GenerationSize.Parse(args[i + 1]) is not { } size)
                {
                    error = "--size is national or small.";
                    return false;
                }
                options = options with { Size = size };
                continue;
            }
            if (args[i] == "--without")
            {
                var page = args[i + 1];
                if (!Pages.Any(p => p.Page == page))
                {
                    error = $"--without takes one of: {string.Join(", ", Pages.Select(p => p.Page))}.";
                    return false;
                }
                options = options with { Without = new HashSet<string>(options.Without) { page } };
                continue;
            }
            if (args[i] == "--data")
            {
                options = options with { Data = Path.GetFullPath(args[i + 1]) };
                continue;
            }
            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"{args[i]} needs a whole number of at least 1.";
                return false;
            }
            switch (args[i])
            {
                case "--users": options = options with { Users = value }; break;
                case "--rounds": options = options with { Rounds = value }; break;
                case "--seed": options = options with { Seed = value }; break;
                default: error = $"Unknown option '{args[i]}'."; return false;
            }
        }
        return true;
    }

    public const string GenerateName = "generate";

    /// <summary>
    /// Builds the national (or small) database in <c>--data DIR</c> and stops: the app migrates and loads the demo data,
    /// then the generator adds its establishments. Prints the build's JSON line (time, rows, file size); <c>pages --data
    /// DIR</c> then measures on it without building again.
    /// </summary>
    public static async Task<int> Generate(Options options)
    {
        if (options.Data is null)
        {
            Console.Error.WriteLine("generate needs --data DIR (where to keep the database).");
            return 2;
        }
        Directory.CreateDirectory(options.Data);
        var today = LondonTime.Today(TimeProvider.System);
        try
        {
            await using var server = new BenchServer(options.Data, Settings);
            server.Start();
            var built = await Build(server, options.Data, options, today);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""{"scenario":"generate","size":"{{options.Size.Name}}",{{built}},"load_average":"{{Load()}}"}"""));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    public static async Task<int> Run(Options options)
    {
        var today = LondonTime.Today(TimeProvider.System);
        var month = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // The demo figures, on a fresh demo database of their own, first.
        Dictionary<string, List<double>> demo;
        var demoFolder = Path.Combine(Path.GetTempPath(), "familyties-bench-pages-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(demoFolder);
        try
        {
            await using var server = new BenchServer(demoFolder, Settings);
            var address = server.Start();
            var demoPlace = await PlaceOf(server, "WYI", "wymott", month, today);
            var demoUsers = new Dictionary<string, string>
            {
                [Roles.VisitsStaff] = "visits.wymott", [Roles.SaferCustody] = "safercustody.wymott", [Roles.FamilyLead] = "familylead.wymott",
                [Roles.NationalViewer] = "national.viewer",
            };
            Log($"Demo database: measuring (load average {Load()}).");
            demo = await Measure(address, demoUsers, demoPlace, options);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(demoFolder, recursive: true); } catch (IOException) { }
        }

        // Then the national database: built here (demo data, then the generator), or reused from --data.
        var keep = options.Data is not null;
        var folder = options.Data ?? Path.Combine(Path.GetTempPath(), "familyties-bench-pages-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            // A kept database already has the demo data: the demo seeder would otherwise walk all 123 establishments at start-up
            // (on the first start after generating, it adds its care-experienced, foreign national and self-assessment
            // records to the generated establishments too: about ten minutes here).
            var reuse = File.Exists(Path.Combine(folder, "build.json"));
            await using var server = new BenchServer(folder, reuse ? new Dictionary<string, string>(Settings) { ["Demo:Seed"] = "false" } : Settings);
            var address = server.Start();
            var built = await Build(server, folder, options, today);
            var scaleUsers = await StaffAt(server, "G001");
            var scalePlace = await PlaceOf(server, "G001", "g001", month, today);
            await CheckContent(address, scaleUsers, scalePlace);
            Log($"National database: measuring (load average {Load()}).");
            var national = await Measure(address, scaleUsers, scalePlace, options);

            var ok = true;
            var ratios = new List<string>();
            foreach (var page in Measured(options))
            {
                var n = national[page.Page];
                var d = demo[page.Page];
                var target = page.Page == "national_view" ? 2000 : 100;
                var ratio = P(d, 95) == 0 ? 0 : P(n, 95) / P(d, 95);
                ok &= P(n, 95) <= target && ratio <= 2;
                ratios.Add(string.Create(CultureInfo.InvariantCulture, $"\"{page.Page}\":{ratio:F2}"));
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"scenario":"pages","page":"{{page.Page}}","size":"{{options.Size.Name}}","users":{{options.Users}},"requests":{{n.Count}},"p50_ms":{{P(n, 50):F0}},"p95_ms":{{P(n, 95):F0}},"p99_ms":{{P(n, 99):F0}},"demo_p95_ms":{{P(d, 95):F0}},"target_p95_ms":{{target}}}"""));
            }
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $$"""{"scenario":"pages","ratio_p95_national_to_demo":{{{string.Join(",", ratios)}}},{{built}},"load_average":"{{Load()}}"}"""));
            return ok ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep)
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }
    }

    /// <summary>
    /// Generates the national data unless the folder's database already has it (a kept <c>--data</c> folder), and returns
    /// the build's figures as JSON members (from <c>build.json</c> beside a reused database).
    /// </summary>
    private static async Task<string> Build(BenchServer server, string folder, Options options, DateOnly today)
    {
        var record = Path.Combine(folder, "build.json");
        await using (var db = server.Db(null))
        {
            if (await db.Establishments.AnyAsync(x => x.Code == "G001") && File.Exists(record))
            {
                Log($"Reusing the generated database in {folder}.");
                return (await File.ReadAllTextAsync(record)).Trim();
            }
        }
        Log($"Generating the {options.Size.Name} data ({options.Size.Establishments} establishments × {options.Size.Prisoners} prisoners × {options.Size.Months} months, seed {options.Seed}; load average {Load()}).");
        var built = await ScaleGenerator.Generate(server.ConnectionString, options.Size, options.Seed, today, Log);
        var file = new FileInfo(Path.Combine(folder, "familyties.db"));
        Log($"Generated {built.Rows:N0} rows ({built.Visits:N0} visits, {built.AuditRows:N0} audit rows) in {built.Elapsed.TotalSeconds:F0} s; "
            + $"database file {file.Length / 1024.0 / 1024.0:F0} MB (load average {Load()}).");
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""{"build_s":{{built.Elapsed.TotalSeconds:F0}},"rows":{{built.Rows}},"visits":{{built.Visits}},"audit_rows":{{built.AuditRows}},"file_mb":{{file.Length / 1024.0 / 1024.0:F0}},"built_on":"{{today:yyyy-MM-dd}}"}""");
        await File.WriteAllTextAsync(record, json[1..^1]);
        return json[1..^1];
    }

    /// <summary>
    /// The generated rows are read by the app: each page answers 200 and shows the generated establishment's data (the
    /// sample prisoner's surname where a page names prisoners, the generated establishments on the national view).
    /// </summary>
    private static async Task CheckContent(Uri address, Dictionary<string, string> users, Place place)
    {
        foreach (var group in Pages.GroupBy(p => p.Role))
        {
            using var http = new StaffHttpClient(address, TimeSpan.FromMinutes(5));
            await http.SignIn(users[group.Key], BenchServer.Password, CancellationToken.None);
            foreach (var page in group.Where(p => !p.PostSessionStep))
            {
                var result = await http.Get(page.Url(place), CancellationToken.None);
                var expected = page.Expect?.Invoke(place);
                if (result.Status != HttpStatusCode.OK || (expected is not null && !result.Html.Contains(expected, StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"{page.Page} ({page.Url(place)}) answered {(int)result.Status} without '{expected}': the app cannot read the generated data.");
                }
                Log($"  {page.Page}: 200, {result.Html.Length:N0} characters{(expected is null ? "" : $", shows '{expected}'")}");
            }
        }
    }

    private static string Load()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>
    /// The users take the roles in turn (visits staff, safer custody, family lead, national viewer, ...), each fetching
    /// its role's pages in order, round after round, all users at once. The first round warms caches and is not counted.
    /// </summary>
    private static async Task<Dictionary<string, List<double>>> Measure(Uri address, Dictionary<string, string> users, Place place, Options options)
    {
        var roles = new[] { Roles.VisitsStaff, Roles.VisitsStaff, Roles.SaferCustody, Roles.FamilyLead, Roles.NationalViewer }
            .Where(r => Measured(options).Any(p => p.Role == r)).ToArray();
        var times = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var clients = new List<(StaffHttpClient Http, string Role, string? Token)>();
        for (var u = 0; u < options.Users; u++)
        {
            var role = roles[u % roles.Length];
            var http = new StaffHttpClient(address, TimeSpan.FromMinutes(2));
            await http.SignIn(users[role], BenchServer.Password, CancellationToken.None);
            string? token = null;
            if (role == Roles.VisitsStaff)
            {
                token = StaffHttpClient.Token((await http.Get($"/visits/book/{place.PrisonerId}/visitors", CancellationToken.None)).Html);
            }
            clients.Add((http, role, token));
        }
        var errors = 0;
        await Task.WhenAll(clients.Select(c => Task.Run(async () =>
        {
            for (var round = 0; round <= options.Rounds; round++)
            {
                foreach (var page in Measured(options).Where(p => p.Role == c.Role))
                {
                    var watch = Stopwatch.StartNew();
                    var result = page.PostSessionStep
                        ? await c.Http.Post(page.Url(place), [new("VisitorIds", place.VisitorId.ToString(CultureInfo.InvariantCulture)), new("__RequestVerificationToken", c.Token ?? "")], CancellationToken.None)
                        : await c.Http.Get(page.Url(place), CancellationToken.None);
                    watch.Stop();
                    if (result.Status != HttpStatusCode.OK)
                    {
                        if (Interlocked.Increment(ref errors) <= 5)
                        {
                            Log($"{page.Page}: {page.Url(place)} answered {(int)result.Status} {result.Location}");
                        }
                        continue;
                    }
                    if (round > 0)
                    {
                        times.GetOrAdd(page.Page, _ => []).Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }
        })));
        foreach (var c in clients)
        {
            c.Http.Dispose();
        }
        var result = Pages.ToDictionary(p => p.Page, p => times.TryGetValue(p.Page, out var bag) ? bag.Order().ToList() : []);
        foreach (var (page, list) in result)
        {
            Log($"  {page}: {list.Count} requests, p50 {P(list, 50):F0} ms, p95 {P(list, 95):F0} ms, p99 {P(list, 99):F0} ms");
        }
        return result;
    }

    private static async Task<Place> PlaceOf(BenchServer server, string code, string slug, string month, DateOnly today)
    {
        await using var db = server.Db(null);
        var e = await db.Establishments.Where(x => x.Code == code).Select(x => x.Id).SingleAsync();
        await using var here = server.Db(e);
        var link = await here.PrisonerContacts.Where(l => l.ApprovedVisitor && l.Prisoner!.Status == PrisonerStatus.Active && l.Prisoner.LegalStatus == LegalStatus.Convicted)
            .OrderBy(l => l.Id).Skip(5).Select(l => new { l.PrisonerId, l.ContactId, l.Prisoner!.LastName }).FirstAsync();
        // The day's visit list on the next day with sessions (from today), so the list has visits to show.
        var days = await here.SessionTemplates.Where(t => t.Active).Select(t => t.DayOfWeek).Distinct().ToListAsync();
        var day = Enumerable.Range(0, 7).Select(today.AddDays).FirstOrDefault(d => days.Contains(d.DayOfWeek), today);
        return new Place(slug, link.PrisonerId, link.ContactId, link.LastName, month, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Staff of a generated establishment, one per role, made the way the demo users are; the national viewer is the demo one.</summary>
    internal static async Task<Dictionary<string, string>> StaffAt(BenchServer server, string code)
    {
        int e;
        await using (var db = server.Db(null))
        {
            e = await db.Establishments.Where(x => x.Code == code).Select(x => x.Id).SingleAsync();
        }
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var result = new Dictionary<string, string> { [Roles.NationalViewer] = "national.viewer" };
        foreach (var role in new[] { Roles.VisitsStaff, Roles.SaferCustody, Roles.FamilyLead })
        {
            // The generator's own staff (decision 0033, stop 23) where the database has them; made here on an older one.
            var generated = StaffGenerator.UserName(role, 1, code);
            if (await users.FindByNameAsync(generated) is not null)
            {
                result[role] = generated;
                continue;
            }
            var name = $"bench.{role.ToLowerInvariant()}.{code.ToLowerInvariant()}";
            result[role] = name;
            if (await users.FindByNameAsync(name) is not null)
            {
                continue;
            }
            var user = new StaffUser
            {
                UserName = name, Email = $"{name}@familyties.invalid", EmailConfirmed = true, DisplayName = $"Bench {role}", CurrentEstablishmentId = e, LockoutEnabled = true,
                Establishments = [new StaffEstablishment { EstablishmentId = e, Roles = [new StaffEstablishmentRole { EstablishmentId = e, Role = role }] }],
            };
            var created = await users.CreateAsync(user, BenchServer.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create {name}: " + string.Join("; ", created.Errors.Select(x => x.Description)));
            }
            result[role] = name;
        }
        return result;
    }

    private static double P(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}
