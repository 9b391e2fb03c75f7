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

    /// <summary>
    /// Seed 14's two establishments, generated once for the tests that only read what was generated (each opens a copy
    /// of its own): the generation is most of these tests' time. Generated on a connection with foreign keys on.
    /// </summary>
    private static readonly Lazy<Task<string>> GeneratedWithSeed14 = new(GenerateOnce);

    /// <summary>The generated staff's password, hashed once (as the bench hashes it once a run).</summary>
    private static readonly Lazy<string> PasswordHash = new(() => StaffGenerator.HashPassword(Infrastructure.FamilyTiesApp.Password));

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
        await using var first = await Generated("first.db");
        await using var again = await Fresh("again.db");
        await using var other = await Fresh("other.db");
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
        await using var db = await Generated("keys.db");

        Assert.Equal(0L, await Scalar(db, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        var slots = await db.SessionSlots.IgnoreQueryFilters().Select(s => new
        {
            s.Id, s.BookedOpen, s.BookedClosed, Capacity = s.SessionTemplate!.OpenCapacity, ClosedCapacity = s.SessionTemplate!.ClosedCapacity,
            Booked = db.Visits.IgnoreQueryFilters().Count(v => v.SessionSlotId == s.Id && v.Status == VisitStatus.Booked && !v.Closed),
            Closed = db.Visits.IgnoreQueryFilters().Count(v => v.SessionSlotId == s.Id && v.Status == VisitStatus.Booked && v.Closed),
        }).ToListAsync();
        Assert.True(slots.Count > 300, $"{slots.Count} slots");
        Assert.Empty(slots.Where(s => s.BookedOpen != s.Booked).Select(s => $"slot {s.Id}: counter {s.BookedOpen}, visits {s.Booked}"));
        Assert.Empty(slots.Where(s => s.BookedClosed != s.Closed).Select(s => $"slot {s.Id}: closed counter {s.BookedClosed}, closed visits {s.Closed}"));
        Assert.Empty(slots.Where(s => s.BookedOpen > s.Capacity).Select(s => $"slot {s.Id}: {s.BookedOpen} of {s.Capacity}"));
        Assert.Empty(slots.Where(s => s.BookedClosed > s.ClosedCapacity).Select(s => $"slot {s.Id}: {s.BookedClosed} of {s.ClosedCapacity} closed"));
        Assert.Equal(0L, await Scalar(db, "SELECT COUNT(*) FROM Visits WHERE Reference NOT GLOB '[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]-[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]'"));
        Assert.Equal(await Scalar(db, "SELECT COUNT(*) FROM Visits"), await Scalar(db, "SELECT COUNT(DISTINCT Reference) FROM Visits"));
    }

    [Fact]
    public async Task The_history_has_the_proportions_it_claims()
    {
        await using var db = await Generated("proportions.db");
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
    public async Task A_prisoner_has_one_visit_a_session_booked_after_arriving_and_dated_while_here()
    {
        await using var db = await Generated("stays.db");

        var visits = await db.Visits.IgnoreQueryFilters().Select(v => new
        {
            v.Id, v.PrisonerId, v.SessionSlotId, v.Date, v.StartTime, v.CreatedAt, v.Prisoner!.ReceptionDate, v.Prisoner.Status, v.Prisoner.EarliestReleaseDate,
            BookedAt = db.VisitEvents.Where(x => x.VisitId == v.Id && x.Type == VisitEventType.Booked).Select(x => x.At).First(),
        }).ToListAsync();
        Assert.True(visits.Count > 1_500, $"{visits.Count} visits");
        // The app refuses a second visit for one prisoner in one session (BookingRule.AlreadyBooked).
        Assert.Empty(visits.GroupBy(v => (v.PrisonerId, v.SessionSlotId)).Where(g => g.Count() > 1).Select(g => $"prisoner {g.Key.PrisonerId} slot {g.Key.SessionSlotId}: {g.Count()} visits"));
        Assert.Empty(visits.GroupBy(v => (v.PrisonerId, v.Date, v.StartTime)).Where(g => g.Count() > 1).Select(g => $"prisoner {g.Key.PrisonerId} {g.Key.Date} {g.Key.StartTime}: {g.Count()} visits"));
        // Never booked before the prisoner arrived; dated only while the prisoner was here (the released until they left).
        Assert.All(visits, v => Assert.NotNull(v.ReceptionDate));
        Assert.Empty(visits.Where(v => LondonTime.DateOf(v.CreatedAt) < v.ReceptionDate || LondonTime.DateOf(v.BookedAt) < v.ReceptionDate)
            .Select(v => $"visit {v.Id} booked {v.CreatedAt:O}, prisoner received {v.ReceptionDate}"));
        Assert.All(visits, v => Assert.True(v.CreatedAt < LondonTime.ToInstant(v.Date, v.StartTime), $"visit {v.Id} booked after it began"));
        Assert.Empty(visits.Where(v => v.Date < v.ReceptionDate).Select(v => $"visit {v.Id} on {v.Date}, prisoner received {v.ReceptionDate}"));
        Assert.Empty(visits.Where(v => v.Status == PrisonerStatus.Released && v.Date > v.EarliestReleaseDate).Select(v => $"visit {v.Id} on {v.Date}, prisoner left {v.EarliestReleaseDate}"));
        Assert.Contains(visits, v => v.Status == PrisonerStatus.Released);

        // Video calls likewise: dated after the prisoner's reception day and while here, booked no earlier than it.
        var calls = await db.VideoCalls.IgnoreQueryFilters().Select(c => new { c.Id, c.Date, c.CreatedAt, c.Prisoner!.ReceptionDate, c.Prisoner.Status, c.Prisoner.EarliestReleaseDate }).ToListAsync();
        Assert.True(calls.Count > 300, $"{calls.Count} calls");
        Assert.Empty(calls.Where(c => c.Date <= c.ReceptionDate || LondonTime.DateOf(c.CreatedAt) < c.ReceptionDate || (c.Status == PrisonerStatus.Released && c.Date > c.EarliestReleaseDate))
            .Select(c => $"call {c.Id} on {c.Date} booked {c.CreatedAt:O}, prisoner here {c.ReceptionDate}–{c.EarliestReleaseDate}"));
    }

    [Fact]
    public async Task The_safer_custody_history_has_ACCTs_and_one_CSIP_for_every_three()
    {
        await using var db = await Generated("cases.db");
        var today = LondonTime.DateOf(Now);

        var cases = await db.SafetyCases.IgnoreQueryFilters().Select(c => new
        {
            c.Id, c.Kind, c.Reference, c.OpenedOn, c.ClosedOn, c.PrisonerId, Answers = c.Entries.Where(x => x.Kind == FamilyTies.Domain.SaferCustody.InvolvementEntryKind.PrisonerAsked).Select(x => x.Answer).ToList(),
        }).ToListAsync();
        var accts = cases.Where(c => c.Kind == FamilyTies.Domain.SaferCustody.SafetyCaseKind.Acct).ToList();
        var csips = cases.Where(c => c.Kind == FamilyTies.Domain.SaferCustody.SafetyCaseKind.Csip).ToList();
        Assert.NotEmpty(accts);
        Assert.NotEmpty(csips);
        Assert.InRange((double)csips.Count / accts.Count, 0.28, 0.38);
        // Each with its kind's reference, its length (an ACCT two weeks, a CSIP four; open if that is not yet over).
        Assert.All(accts, c => Assert.StartsWith("ACCT-", c.Reference, StringComparison.Ordinal));
        Assert.All(csips, c => Assert.StartsWith("CSIP-", c.Reference, StringComparison.Ordinal));
        Assert.All(accts, c => Assert.Equal(c.OpenedOn.AddDays(14) < today ? c.OpenedOn.AddDays(14) : null, c.ClosedOn));
        Assert.All(csips, c => Assert.Equal(c.OpenedOn.AddDays(28) < today ? c.OpenedOn.AddDays(28) : null, c.ClosedOn));
        Assert.Equal(cases.Count, cases.Select(c => c.Reference).Distinct().Count());
        Assert.All(cases.Where(c => c.Answers.Count > 0), c => Assert.Single(c.Answers));
        // The family involvement question: asked on two in three of each kind; one CSIP prisoner in two asked does not want family told.
        Assert.Contains(csips, c => c.Answers.Contains(FamilyTies.Domain.SaferCustody.FamilyAnswer.Declined));
        Assert.Contains(csips, c => c.Answers.Contains(FamilyTies.Domain.SaferCustody.FamilyAnswer.Agreed));
        Assert.Contains(accts, c => c.Answers.Contains(FamilyTies.Domain.SaferCustody.FamilyAnswer.Agreed));
    }

    [Fact]
    public async Task Bans_closed_visits_and_non_associations_are_generated_and_the_history_respects_them()
    {
        await using var db = await Generated("restrictions.db");

        var restrictions = await db.Restrictions.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var bans = restrictions.Where(r => r.Type == RestrictionType.Ban).ToList();
        var closed = restrictions.Where(r => r.Type == RestrictionType.Closed).ToList();
        var apart = await db.NonAssociations.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var establishments = await db.Establishments.Select(e => e.Id).ToListAsync();
        // Each kind at each establishment, in the size's proportions (for 200 prisoners a year: 2, 3 and 5 a month per 1,000).
        foreach (var e in establishments)
        {
            Assert.InRange(bans.Count(r => r.EstablishmentId == e), 3, 6);
            Assert.InRange(closed.Count(r => r.EstablishmentId == e), 5, 8);
            Assert.InRange(apart.Count(n => n.EstablishmentId == e), 8, 13);
        }
        Assert.All(bans, r => Assert.True(r.ContactId is not null && r.ExpiryDate > r.StartDate && r.Reason.Length > 0, $"ban {r.Id}"));
        Assert.All(closed, r => Assert.True(r.PrisonerId is not null && r.ExpiryDate > r.StartDate && r.ReviewDate > r.StartDate, $"closed {r.Id}"));
        Assert.All(apart, n => Assert.NotEqual(n.PrisonerAId, n.PrisonerBId));
        Assert.Equal(restrictions.Count, await db.AuditEvents.CountAsync(a => a.EntityType == "Restriction" && a.Action == "Created"));

        var visits = await db.Visits.IgnoreQueryFilters().Select(v => new
        {
            v.Id, v.PrisonerId, v.SessionSlotId, v.Date, v.Closed, v.Status, ClosedTables = v.SessionSlot!.SessionTemplate!.ClosedCapacity,
            Visitors = v.Visitors.Select(x => x.ContactId).ToList(), v.MainContactId,
        }).ToListAsync();
        // No banned visitor comes (nor is the main contact) while the ban is in force; the bans did meet visits before them.
        Assert.Empty(visits.SelectMany(v => bans.Where(b => b.Covers(v.Date) && (v.Visitors.Contains(b.ContactId!.Value) || v.MainContactId == b.ContactId))
            .Select(b => $"visit {v.Id} on {v.Date}: contact {b.ContactId} banned {b.StartDate}–{b.ExpiryDate}")));
        Assert.Contains(visits, v => bans.Any(b => v.Visitors.Contains(b.ContactId!.Value) && v.Date < b.StartDate));
        // A prisoner on closed visits has them at closed tables (or none) while it is in force; closed visits happen.
        var closedVisits = visits.Where(v => closed.Any(r => r.PrisonerId == v.PrisonerId && r.Covers(v.Date))).ToList();
        Assert.All(closedVisits, v => Assert.True(v.Closed && v.ClosedTables > 0, $"visit {v.Id} on {v.Date} is not closed"));
        Assert.NotEmpty(closedVisits);
        Assert.All(visits.Where(v => v.Closed), v => Assert.Contains(closed, r => r.PrisonerId == v.PrisonerId && r.Covers(v.Date)));
        // Two prisoners with a non-association are never in one session while it is in force.
        var bySlot = visits.ToLookup(v => v.SessionSlotId, v => v.PrisonerId);
        Assert.Empty(visits.SelectMany(v => apart.Where(n => n.Involves(v.PrisonerId) && n.IsActiveOn(v.Date) && bySlot[v.SessionSlotId].Contains(n.OtherThan(v.PrisonerId)))
            .Select(n => $"visit {v.Id}: prisoners {n.PrisonerAId} and {n.PrisonerBId} in slot {v.SessionSlotId}")));
        Assert.Contains(apart, n => visits.Any(v => v.PrisonerId == n.PrisonerAId && v.Date >= n.StartDate) && visits.Any(v => v.PrisonerId == n.PrisonerBId && v.Date >= n.StartDate));
    }

    [Fact]
    public async Task Each_generated_establishment_has_its_staff_in_every_role_and_its_roll_audited()
    {
        await using var db = await Generated("staff.db");

        var establishments = await db.Establishments.Select(e => new { e.Id, e.Code }).ToListAsync();
        Assert.Equal(Size.Establishments, establishments.Count);
        var roles = await db.StaffEstablishmentRoles.Select(r => new { r.EstablishmentId, r.Role, r.UserId }).ToListAsync();
        var users = await db.Users.AsNoTracking().ToListAsync();
        foreach (var e in establishments)
        {
            foreach (var (role, count) in StaffGenerator.PerRole)
            {
                Assert.Equal(count, roles.Count(r => r.EstablishmentId == e.Id && r.Role == role));
            }
            Assert.Contains(users, u => u.UserName == StaffGenerator.UserName(FamilyTies.Domain.Roles.VisitsStaff, 1, e.Code) && u.CurrentEstablishmentId == e.Id);
        }
        Assert.Equal(roles.Count, users.Count);
        Assert.Equal(users.Count, users.Select(u => u.DisplayName).Count(n => n.Contains(' ', StringComparison.Ordinal)));
        // One hash for all (made once a run), and it is the password's.
        Assert.Single(users.Select(u => u.PasswordHash).Distinct());
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success,
            new Microsoft.AspNetCore.Identity.PasswordHasher<FamilyTies.Data.Identity.StaffUser>().VerifyHashedPassword(users[0], users[0].PasswordHash!, Infrastructure.FamilyTiesApp.Password));
        Assert.All(users, u => Assert.True(u.NormalizedUserName == u.UserName!.ToUpperInvariant() && u.SecurityStamp is { Length: > 0 } && !u.MustChangePassword && u.EmailConfirmed));
        Assert.Equal(users.Count, await db.AuditEvents.CountAsync(a => a.EntityType == "StaffUser" && a.Action == "Created"));

        // The roll has its audit rows, as the demo's has: one "Created" for each prisoner, contact and link.
        Assert.Equal(await db.Prisoners.IgnoreQueryFilters().CountAsync(), await db.AuditEvents.CountAsync(a => a.EntityType == "Prisoner" && a.Action == "Created"));
        Assert.Equal(await db.Contacts.IgnoreQueryFilters().CountAsync(), await db.AuditEvents.CountAsync(a => a.EntityType == "Contact" && a.Action == "Created"));
        Assert.Equal(await db.PrisonerContacts.IgnoreQueryFilters().CountAsync(), await db.AuditEvents.CountAsync(a => a.EntityType == "PrisonerContact" && a.Action == "Created"));
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
        foreach (var type in new[] { typeof(Visit), typeof(SessionSlot), typeof(FamilyTies.Domain.Auditing.AuditEvent), typeof(Prisoner), typeof(Restriction), typeof(NonAssociation),
                     typeof(FamilyTies.Data.Identity.StaffUser), typeof(FamilyTies.Data.Identity.StaffEstablishmentRole) })
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
        return await Open(file);
    }

    private static async Task<FamilyTiesDbContext> Open(string file, bool pooling = true)
    {
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, $"Data Source={file}{(pooling ? "" : ";Pooling=False")}");
        var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TestClock.Provider);
        await db.Database.OpenConnectionAsync();
        return db;
    }

    /// <summary>A copy of <see cref="GeneratedWithSeed14"/>, opened.</summary>
    private async Task<FamilyTiesDbContext> Generated(string name)
    {
        var file = Path.Combine(_directory, name);
        File.Copy(await GeneratedWithSeed14.Value, file);
        return await Open(file);
    }

    private static async Task<string> GenerateOnce()
    {
        var file = Path.Combine(Path.GetDirectoryName(await Migrated.Value)!, "generated-14.db");
        File.Copy(await Migrated.Value, file);
        await using (var db = await Open(file, pooling: false))
        {
            if (await Scalar(db, "PRAGMA foreign_keys") != 1L)
            {
                throw new InvalidOperationException("The generator must write with foreign keys on, so every key it writes is checked");
            }
            await Generate(db, seed: 14);
        }
        return file;
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
            EstablishmentGenerator.Write(writer, n, Size, seed, Now, used, PasswordHash.Value);
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
