using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.Generation;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FamilyTies.Web.Tests.Data;

/// <summary>
/// The one data generator (issue 14 §1, docs/decisions/0033-one-generator.md): a seed in, the same rows out; rows the
/// database accepts with every foreign key checked; slot counters that agree with their visits; the proportions it
/// claims; and the bulk writer it writes through, on SQLite and (its statements parsed as T-SQL) SQL Server.
/// </summary>
public sealed class GenerationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "familyties-generation-" + Guid.NewGuid().ToString("N"));

    /// <summary>The bench's quick size, one establishment smaller: two generated establishments of 200 prisoners, a year each.</summary>
    private static readonly GenerationSize Size = GenerationSize.Small with { Establishments = 2 };

    private static readonly DateTimeOffset Now = TestClock.Now;

    private static readonly Lazy<Task<string>> Migrated = new(MigrateOnce);

    public GenerationTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task The_same_seed_and_day_give_the_same_rows_and_another_seed_other_rows()
    {
        await using var first = await Fresh("first.db");
        await using var again = await Fresh("again.db");
        await using var other = await Fresh("other.db");
        await Generate(first, seed: 14);
        await Generate(again, seed: 14);
        await Generate(other, seed: 15);

        var digest = await Digest(first);
        Assert.True(digest.Count > 10_000, $"{digest.Count} lines");
        Assert.Equal(digest, await Digest(again));
        Assert.NotEqual(digest, await Digest(other));
    }

    [Fact]
    public async Task Every_key_is_checked_and_every_slot_counter_agrees_with_its_visits()
    {
        await using var db = await Fresh("keys.db");
        Assert.Equal(1L, await Scalar(db, "PRAGMA foreign_keys"));
        await Generate(db, seed: 14);

        Assert.Equal(0L, await Scalar(db, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        var slots = await db.SessionSlots.IgnoreQueryFilters().Select(s => new
        {
            s.Id, s.BookedOpen, Capacity = s.SessionTemplate!.OpenCapacity,
            Booked = db.Visits.IgnoreQueryFilters().Count(v => v.SessionSlotId == s.Id && v.Status == VisitStatus.Booked),
        }).ToListAsync();
        Assert.True(slots.Count > 300, $"{slots.Count} slots");
        Assert.Empty(slots.Where(s => s.BookedOpen != s.Booked).Select(s => $"slot {s.Id}: counter {s.BookedOpen}, visits {s.Booked}"));
        Assert.Empty(slots.Where(s => s.BookedOpen > s.Capacity).Select(s => $"slot {s.Id}: {s.BookedOpen} of {s.Capacity}"));
        Assert.Equal(0L, await Scalar(db, "SELECT COUNT(*) FROM Visits WHERE Reference NOT GLOB '[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]-[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]'"));
        Assert.Equal(await Scalar(db, "SELECT COUNT(*) FROM Visits"), await Scalar(db, "SELECT COUNT(DISTINCT Reference) FROM Visits"));
    }

    [Fact]
    public async Task The_history_has_the_proportions_it_claims()
    {
        await using var db = await Fresh("proportions.db");
        await Generate(db, seed: 14);
        var today = LondonTime.DateOf(Now);

        var visits = await db.Visits.IgnoreQueryFilters().Select(v => new
        {
            v.Id, v.Date, v.Status, Visitors = v.Visitors.Count, Booked = db.VisitEvents.Count(x => x.VisitId == v.Id && x.Type == VisitEventType.Booked),
            Outcome = db.VisitAttendances.IgnoreQueryFilters().Where(a => a.VisitId == v.Id).Select(a => a.Outcome).FirstOrDefault(),
            Audited = db.AuditEvents.Count(a => a.EntityType == "Visit" && a.EntityId == v.Id.ToString() && a.Action == "Created"),
        }).ToListAsync();
        Assert.True(visits.Count > 1_500, $"{visits.Count} visits");
        Assert.All(visits, v => Assert.InRange(v.Visitors, 1, 2));
        Assert.All(visits, v => Assert.Equal(1, v.Booked));
        Assert.All(visits, v => Assert.Equal(1, v.Audited));
        // One in ten cancelled by the visitor.
        Assert.InRange(Share(visits, v => v.Status == VisitStatus.Cancelled), 0.07, 0.13);
        // Booked ahead: two weeks of visits with no outcome yet.
        Assert.Contains(visits, v => v.Date >= today && v.Date < today.AddDays(14));
        Assert.All(visits.Where(v => v.Date >= today), v => Assert.Null(v.Outcome));
        // Past booked visits have an outcome, bar a few of the last ten days' (the visit day's worklist); 84% completed.
        var past = visits.Where(v => v.Date < today && v.Status == VisitStatus.Booked).ToList();
        var unrecorded = past.Where(v => v.Outcome is null).ToList();
        Assert.NotEmpty(unrecorded);
        Assert.All(unrecorded, v => Assert.True(v.Date >= today.AddDays(-10), $"visit {v.Id} on {v.Date} has no outcome"));
        Assert.InRange(Share(past.Where(v => v.Outcome is not null).ToList(), v => v.Outcome == VisitOutcome.Completed), 0.79, 0.89);

        // About one session in five starts more than five minutes late (Wymott's visitors: 21%), each with a cause.
        var runs = await db.SessionRuns.IgnoreQueryFilters().Select(r => new { r.ScheduledStart, r.StartedAt, r.DelayCause }).ToListAsync();
        var late = runs.Where(r => r.StartedAt - r.ScheduledStart > TimeSpan.FromMinutes(5)).ToList();
        Assert.InRange((double)late.Count / runs.Count, 0.16, 0.26);
        Assert.All(late, r => Assert.NotNull(r.DelayCause));

        // Safer custody: the last fortnight's contacts open, the others closed with a welfare check.
        var contacts = await db.SaferCustodyContacts.IgnoreQueryFilters().Select(c => new { c.ReceivedAt, c.ClosedAt, Actions = c.Actions.Count }).ToListAsync();
        Assert.True(contacts.Count > 100, $"{contacts.Count} contacts");
        Assert.All(contacts, c => Assert.Equal(1, c.Actions));
        Assert.All(contacts, c => Assert.Equal(LondonTime.DateOf(c.ReceivedAt) >= today.AddDays(-14), c.ClosedAt is null));

        // Video calls: past ones recorded (bar a few of the last three days'), mostly delivered.
        var calls = await db.VideoCalls.IgnoreQueryFilters().Select(c => new { c.Date, c.Outcome }).ToListAsync();
        var recorded = calls.Where(c => c.Outcome is not null).ToList();
        Assert.All(calls.Where(c => c.Date < today.AddDays(-3)), c => Assert.NotNull(c.Outcome));
        Assert.InRange(Share(recorded, c => c.Outcome == FamilyTies.Domain.VideoCalls.VideoCallOutcome.Delivered), 0.83, 0.95);
    }

    [Fact]
    public async Task The_writer_puts_each_table_after_the_tables_it_points_at_and_carries_on_after_rows_saved_since()
    {
        await using var db = await Fresh("writer.db");
        await db.Database.OpenConnectionAsync();
        Assert.Equal(1L, await Scalar(db, "PRAGMA foreign_keys"));
        using var writer = new BulkWriter(db);
        writer.At = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
        var establishment = new Establishment { Id = writer.NextId<Establishment>(), Code = "XWR", Name = "HMP Writer" };
        var prisoner = new Prisoner { Id = writer.NextId<Prisoner>(), EstablishmentId = establishment.Id, PrisonNumber = "X1234WR", FirstName = "Test", LastName = "Writer" };
        var contact = new Contact { Id = writer.NextId<Contact>(), CreatedInEstablishmentId = establishment.Id, FirstName = "Family", LastName = "Writer" };
        // Queued the wrong way round: the link before the people it links, the people before their establishment.
        writer.Add(new PrisonerContact { Id = writer.NextId<PrisonerContact>(), EstablishmentId = establishment.Id, PrisonerId = prisoner.Id, ContactId = contact.Id });
        writer.Add(contact);
        writer.Add(prisoner);
        writer.Add(establishment);
        writer.Flush();
        Assert.Equal(4, writer.Rows);

        var saved = await db.Contacts.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == contact.Id);
        Assert.Equal(writer.At, saved.CreatedAt);
        Assert.Equal(1, await db.PrisonerContacts.IgnoreQueryFilters().CountAsync(l => l.PrisonerId == prisoner.Id && l.ContactId == contact.Id));

        // A row saved through EF between flushes: the writer's next key comes after it.
        var between = new Contact { CreatedInEstablishmentId = establishment.Id, FirstName = "Saved", LastName = "Between", CreatedAt = writer.At };
        db.Contacts.Add(between);
        await db.SaveChangesAsync();
        Assert.Equal(between.Id + 1, writer.NextId<Contact>());

        // A key the database refuses (a prisoner in no establishment) stops the flush with the database's error.
        writer.Add(new Prisoner { Id = writer.NextId<Prisoner>(), EstablishmentId = 999_999, PrisonNumber = "X9999WR", FirstName = "No", LastName = "Establishment" });
        Assert.ThrowsAny<System.Data.Common.DbException>(writer.Flush);
    }

    [Fact]
    public void On_SQL_Server_each_table_is_written_with_its_keys_between_identity_switches_that_parse_as_T_SQL()
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.SqlServer, "Server=(local);Database=NeverConnected;Trusted_Connection=True;TrustServerCertificate=True");
        using var db = new FamilyTiesDbContext(options.Options, new SystemUser(), TimeProvider.System);
        using var writer = new BulkWriter(db);

        var statements = writer.Statements(typeof(Visit));
        Assert.Equal(3, statements.Count);
        Assert.Equal("SET IDENTITY_INSERT [Visits] ON", statements[0]);
        Assert.StartsWith("INSERT INTO [Visits] ([Id], ", statements[1], StringComparison.Ordinal);
        Assert.Equal("SET IDENTITY_INSERT [Visits] OFF", statements[2]);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        foreach (var type in new[] { typeof(Visit), typeof(SessionSlot), typeof(FamilyTies.Domain.Auditing.AuditEvent), typeof(Prisoner) })
        {
            var sql = string.Join(";\n", writer.Statements(type));
            var declared = string.Concat(Enumerable.Range(0, 80).Select(i => $"DECLARE @p{i} sql_variant;\n"));
            parser.Parse(new StringReader(declared + sql), out var errors);
            Assert.Empty(errors.Select(e => $"{type.Name}: {e.Message} at line {e.Line}"));
        }
    }

    private static double Share<T>(IReadOnlyCollection<T> rows, Func<T, bool> which) => rows.Count == 0 ? 0 : (double)rows.Count(which) / rows.Count;

    /// <summary>A copy of one freshly migrated database, opened (the writer works on the context's own connection).</summary>
    private async Task<FamilyTiesDbContext> Fresh(string name)
    {
        var file = Path.Combine(_directory, name);
        File.Copy(await Migrated.Value, file);
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, $"Data Source={file}");
        var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TestClock.Provider);
        await db.Database.OpenConnectionAsync();
        return db;
    }

    private static async Task<string> MigrateOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyties-generation-migrated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        var file = Path.Combine(folder, "migrated.db");
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        await using var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TestClock.Provider);
        await db.Database.MigrateAsync();
        return file;
    }

    /// <summary>The generator's establishments, as the bench writes them: one transaction, flushed after each.</summary>
    private static async Task Generate(FamilyTiesDbContext db, int seed)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var writer = new BulkWriter(db);
        var used = new HashSet<string>();
        for (var n = 1; n <= Size.Establishments; n++)
        {
            EstablishmentGenerator.Write(writer, n, Size, seed, Now, used);
            writer.Flush();
        }
        await transaction.CommitAsync();
    }

    /// <summary>Every generated row's identity and the values that make it what it is, one line each, in key order.</summary>
    private static async Task<List<string>> Digest(FamilyTiesDbContext db)
    {
        var lines = new List<string>();
        lines.AddRange((await db.Prisoners.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => new { p.Id, p.PrisonNumber, p.FirstName, p.LastName, p.Status, p.ReceptionDate }).ToListAsync())
            .Select(p => $"P {p.Id} {p.PrisonNumber} {p.FirstName} {p.LastName} {p.Status} {p.ReceptionDate}"));
        lines.AddRange((await db.Contacts.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName, c.DateOfBirth }).ToListAsync())
            .Select(c => $"C {c.Id} {c.FirstName} {c.LastName} {c.DateOfBirth}"));
        lines.AddRange((await db.Visits.IgnoreQueryFilters().OrderBy(v => v.Id).Select(v => new { v.Id, v.PrisonerId, v.Date, v.Status, v.Reference, v.SessionSlotId, v.CreatedAt }).ToListAsync())
            .Select(v => $"V {v.Id} {v.PrisonerId} {v.Date} {v.Status} {v.Reference} {v.SessionSlotId} {v.CreatedAt:O}"));
        lines.AddRange((await db.SessionRuns.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => new { r.Id, r.SessionSlotId, r.StartedAt, r.DelayCause }).ToListAsync())
            .Select(r => $"R {r.Id} {r.SessionSlotId} {r.StartedAt:O} {r.DelayCause}"));
        lines.AddRange((await db.VisitAttendances.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => new { a.Id, a.VisitId, a.Outcome }).ToListAsync())
            .Select(a => $"A {a.Id} {a.VisitId} {a.Outcome}"));
        lines.AddRange((await db.SaferCustodyContacts.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => new { c.Id, c.PrisonerId, c.ReceivedAt, c.ClosedAt }).ToListAsync())
            .Select(c => $"S {c.Id} {c.PrisonerId} {c.ReceivedAt:O} {c.ClosedAt:O}"));
        lines.AddRange((await db.VideoCalls.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => new { c.Id, c.Reference, c.Date, c.Outcome, c.DeliveredMinutes }).ToListAsync())
            .Select(c => $"VC {c.Id} {c.Reference} {c.Date} {c.Outcome} {c.DeliveredMinutes}"));
        lines.AddRange((await db.FamilyDayApplications.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => new { a.Id, a.PrisonerId, a.Status }).ToListAsync())
            .Select(a => $"F {a.Id} {a.PrisonerId} {a.Status}"));
        lines.AddRange((await db.AuditEvents.OrderBy(a => a.Id).Select(a => new { a.Id, a.EntityType, a.EntityId, a.Action, a.OccurredAt }).ToListAsync())
            .Select(a => $"E {a.Id} {a.EntityType} {a.EntityId} {a.Action} {a.OccurredAt:O}"));
        return lines;
    }

    private static async Task<long> Scalar(FamilyTiesDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
