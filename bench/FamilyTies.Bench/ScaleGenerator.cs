using System.Diagnostics;
using FamilyTies.Data;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyTies.Bench;

/// <summary>
/// The scale generator (issue 14 §1, docs/decisions/0026-data-at-scale.md): a seed in, the same rows out. For each
/// generated establishment: prisoners (with the roll's turnover), about four contacts each linked as family, a
/// timetable, every session's slot with visits (one or two visitors, a booking event and its audit row), an outcome
/// and a session run for every past session, safer custody contacts with their first action, ACCT and CSIP cases.
/// Written in bulk through <see cref="BulkWriter"/>: prepared statements, one transaction per establishment.
/// Sizes: <c>national</c> 120 establishments × 1,100 prisoners × 5 years (about 3 million visits); <c>small</c> 3 × 200 × 1.
/// </summary>
public static class ScaleGenerator
{
    public sealed record Size(string Name, int Establishments, int Prisoners, int Years)
    {
        public static readonly Size National = new("national", 120, 1100, 5);
        public static readonly Size Small = new("small", 3, 200, 1);

        public static Size? Parse(string name) => name switch { "national" => National, "small" => Small, _ => null };
    }

    public sealed record Result(long Rows, long Visits, long AuditRows, TimeSpan Elapsed);

    private static readonly string[] Surnames = ["Ashdown", "Brennan", "Caldwell", "Dunmore", "Ellery", "Fairley", "Garside", "Hollins", "Ingram", "Jessop",
        "Kirkby", "Lowther", "Merrick", "Norcott", "Oakley", "Pennock", "Quarry", "Rawcliffe", "Scaife", "Thwaite", "Ulverston", "Varley", "Walmsley", "Yelland"];

    private static readonly string[] Forenames = ["Aaron", "Bilal", "Callum", "Dylan", "Ewan", "Faisal", "Grant", "Harvey", "Idris", "Jordan", "Kieran", "Liam",
        "Mason", "Nathan", "Owen", "Piotr", "Reece", "Shane", "Tyler", "Wayne"];

    private static readonly string[] FamilyNames = ["Amy", "Beth", "Carol", "Dawn", "Emma", "Freya", "Gemma", "Hannah", "Iris", "Jade", "Kelly", "Lucy", "Megan", "Nina"];

    /// <summary>
    /// Adds <paramref name="size"/>'s establishments (codes G001…) to the database at <paramref name="connectionString"/>,
    /// which the app has migrated. Deterministic: the seed and "today" decide every row.
    /// </summary>
    public static async Task<Result> Generate(string connectionString, Size size, int seed, DateOnly today, Action<string>? log = null)
    {
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        options.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, connectionString);
        await using var db = new FamilyTiesDbContext(options.Options, new SystemUser(null), TimeProvider.System);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            // Keys are consistent by construction, but a slot is written after its visits (its counter is their count).
            pragma.CommandText = "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-200000;";
            pragma.ExecuteNonQuery();
        }
        using var writer = new BulkWriter(connection, db);
        writer.Begin();
        long visits = 0, audits = 0;
        var start = today.AddYears(-size.Years);
        for (var n = 1; n <= size.Establishments; n++)
        {
            var (v, a) = One(writer, n, size, seed, start, today);
            visits += v;
            audits += a;
            writer.Commit();
            if (n % 10 == 0 || n == size.Establishments)
            {
                log?.Invoke($"{n} of {size.Establishments} establishments, {writer.Rows:N0} rows in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }
        writer.Dispose();
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        return new Result(writer.Rows, visits, audits, watch.Elapsed);
    }

    private static (long Visits, long Audits) One(BulkWriter w, int n, Size size, int seed, DateOnly start, DateOnly today)
    {
        var random = new Random(seed * 1000 + n);
        var ticks = new DateTimeOffsetToBinaryConverter();
        var e = w.NextId<Establishment>();
        w.Add(new Establishment
        {
            Id = e, Code = $"G{n:D3}", Name = $"HMP Generated {n:D3}", Type = n % 3 == 0 ? EstablishmentType.MaleLocal : EstablishmentType.MaleCategoryC,
            OperationalCapacity = size.Prisoners,
        });
        var room = w.NextId<Room>();
        w.Add(new Room { Id = room, EstablishmentId = e, Name = "Visits hall", Kind = RoomKind.VisitsHall, Tables = 40 });
        var templates = new[] { (DayOfWeek.Tuesday, 14), (DayOfWeek.Wednesday, 18), (DayOfWeek.Thursday, 14), (DayOfWeek.Saturday, 9), (DayOfWeek.Saturday, 14), (DayOfWeek.Sunday, 14) }
            .Select(t => new SessionTemplate
            {
                Id = w.NextId<SessionTemplate>(), EstablishmentId = e, Name = $"{t.Item1} {(t.Item2 < 12 ? "morning" : t.Item2 < 17 ? "afternoon" : "evening")}", RoomId = room,
                DayOfWeek = t.Item1, StartTime = new TimeOnly(t.Item2, 0), EndTime = new TimeOnly(t.Item2 + 2, 0), ValidFrom = start, OpenCapacity = 40, ClosedCapacity = 2,
            }).ToList();
        templates.ForEach(w.Add);

        // The roll: the prisoners here now, and those who passed through (released), so five years carry turnover.
        var prisoners = new List<(int Id, DateOnly Reception, int[] Contacts)>();
        var everHere = size.Prisoners * (1 + size.Years / 2);
        for (var i = 0; i < everHere; i++)
        {
            var current = i < size.Prisoners;
            var reception = current ? today.AddDays(-random.Next(7, 365 * 3)) : start.AddDays(random.Next(0, Math.Max(1, today.DayNumber - start.DayNumber - 60)));
            var id = w.NextId<Prisoner>();
            w.Add(new Prisoner
            {
                Id = id, EstablishmentId = e, PrisonNumber = $"G{i:D4}{(char)('A' + i / 10_000 % 26)}{(char)('A' + n % 26)}", FirstName = Forenames[random.Next(Forenames.Length)],
                LastName = Surnames[random.Next(Surnames.Length)], DateOfBirth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 15000)),
                Location = $"{(char)('A' + i % 6)}-{1 + i % 4}-{i % 40:D3}", ReceptionDate = reception, Status = current ? PrisonerStatus.Active : PrisonerStatus.Released,
                LegalStatus = random.Next(6) == 0 ? LegalStatus.Remand : LegalStatus.Convicted, IncentiveLevel = IncentiveLevel.Standard,
                Nationality = random.Next(9) == 0 ? "Polish" : "British", ChildrenUnder18 = random.Next(3), DistanceFromHomeMiles = random.Next(5, 200),
            });
            var family = new int[random.Next(2, 7)];
            for (var c = 0; c < family.Length; c++)
            {
                family[c] = w.NextId<Contact>();
                w.Add(new Contact
                {
                    Id = family[c], CreatedInEstablishmentId = e, FirstName = FamilyNames[random.Next(FamilyNames.Length)], LastName = Surnames[random.Next(Surnames.Length)],
                    DateOfBirth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 25000)),
                });
                w.Add(new PrisonerContact
                {
                    Id = w.NextId<PrisonerContact>(), EstablishmentId = e, PrisonerId = id, ContactId = family[c], ApprovedVisitor = c < 3,
                    Relationship = (Relationship)(c % 4),
                });
            }
            prisoners.Add((id, reception, family));
        }

        // Visits: national demand is about 50,000 a month over 120 prisons, some 420 a month here: spread over the sessions.
        long visits = 0, audits = 0;
        var occurrences = 0;
        for (var d = start; d < today.AddDays(14); d = d.AddDays(1))
        {
            occurrences += templates.Count(t => t.DayOfWeek == d.DayOfWeek);
        }
        var perSession = Math.Max(1.0, 420.0 * 12 * size.Years / Math.Max(1, occurrences) * size.Prisoners / 1100.0);
        for (var date = start; date < today.AddDays(14); date = date.AddDays(1))
        {
            foreach (var t in templates.Where(t => t.DayOfWeek == date.DayOfWeek))
            {
                var count = (int)perSession + (random.NextDouble() < perSession % 1 ? 1 : 0);
                var slot = w.NextId<SessionSlot>();
                var booked = 0;
                var past = date < today;
                var scheduled = LondonTime.ToInstant(date, t.StartTime);
                var rows = new List<Visit>(count);
                for (var k = 0; k < count; k++)
                {
                    var (prisoner, reception, family) = prisoners[random.Next(prisoners.Count)];
                    var cancelled = random.Next(12) == 0;
                    booked += cancelled ? 0 : 1;
                    var bookedAt = scheduled.AddDays(-random.Next(2, 20));
                    var visit = new Visit
                    {
                        Id = w.NextId<Visit>(), EstablishmentId = e, Reference = $"{(char)('B' + n % 20)}{random.NextInt64(100_000_000, 999_999_999)}", PrisonerId = prisoner,
                        SessionSlotId = slot, Date = date, StartTime = t.StartTime, EndTime = t.EndTime, Status = cancelled ? VisitStatus.Cancelled : VisitStatus.Booked,
                        MainContactId = family[0], RequestMethod = RequestMethod.Phone, UsedVisitingOrder = true, CreatedAt = bookedAt, UpdatedAt = bookedAt,
                        CancelledAt = cancelled ? bookedAt.AddDays(1) : null, CancellationReason = cancelled ? CancellationReason.VisitorCancelled : null,
                    };
                    rows.Add(visit);
                    w.Add(visit);
                    for (var v = 0; v < 1 + random.Next(2); v++)
                    {
                        w.Add(new VisitVisitor { Id = w.NextId<VisitVisitor>(), VisitId = visit.Id, ContactId = family[v % family.Length] });
                    }
                    w.Add(new VisitEvent { Id = w.NextId<VisitEvent>(), VisitId = visit.Id, At = bookedAt, Type = VisitEventType.Booked });
                    w.Add(new AuditEvent
                    {
                        Id = w.NextLong<AuditEvent>(), OccurredAt = bookedAt, EstablishmentId = e, EntityType = "Visit", EntityId = visit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Action = "Booked", PrisonerId = prisoner,
                    });
                    audits++;
                    visits++;
                }
                w.Add(new SessionSlot { Id = slot, EstablishmentId = e, SessionTemplateId = t.Id, Date = date, BookedOpen = booked });
                if (!past)
                {
                    continue;
                }
                var late = random.Next(100) < 21;
                var minutes = late ? 6 + random.Next(35) : random.Next(-3, 6);
                w.Add(new SessionRun
                {
                    Id = w.NextId<SessionRun>(), EstablishmentId = e, SessionSlotId = slot, Date = date, ScheduledStart = scheduled, ScheduledEnd = LondonTime.ToInstant(date, t.EndTime),
                    HallOpenedAt = scheduled.AddMinutes(-30), StartedAt = scheduled.AddMinutes(minutes), EndedAt = LondonTime.ToInstant(date, t.EndTime),
                    DelayCause = late ? DelayCause.RollCheck : null,
                });
                foreach (var visit in rows.Where(r => r.Status == VisitStatus.Booked))
                {
                    var roll = random.Next(100);
                    var outcome = roll < 84 ? VisitOutcome.Completed : roll < 93 ? VisitOutcome.VisitorDidNotArrive : roll < 96 ? VisitOutcome.TurnedAway
                        : roll < 99 ? VisitOutcome.PrisonerRefused : VisitOutcome.TerminatedByStaff;
                    w.Add(new VisitAttendance
                    {
                        Id = w.NextId<VisitAttendance>(), EstablishmentId = e, VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = date, Outcome = outcome,
                        OutcomeAt = LondonTime.ToInstant(date, t.EndTime).AddMinutes(10),
                    });
                }
            }
        }

        // Safer custody: about three contacts a week, each with a first action; the last fortnight's left open.
        for (var date = start; date < today; date = date.AddDays(1))
        {
            if (random.Next(7) >= 3)
            {
                continue;
            }
            var received = LondonTime.ToInstant(date, new TimeOnly(9 + random.Next(8), random.Next(60)));
            var open = date >= today.AddDays(-14);
            var contact = new SaferCustodyContact
            {
                Id = w.NextId<SaferCustodyContact>(), EstablishmentId = e, ReceivedAt = received, Channel = ContactChannel.SaferCustodyLine, CallerWantsCallback = random.Next(2) == 0,
                Categories = ConcernCategory.EmotionalSupportSelfHarm, PrisonerId = prisoners[random.Next(size.Prisoners)].Id, CallerName = "Generated caller",
                ClosedAt = open ? null : received.AddDays(2), ClosedBy = open ? null : "system", Outcome = open ? "" : "Seen and safe.",
            };
            w.Add(contact);
            w.Add(new ContactAction { Id = w.NextId<ContactAction>(), EstablishmentId = e, ContactId = contact.Id, Kind = ActionKind.WelfareCheck, OccurredAt = received.AddMinutes(30 + random.Next(200)) });
            w.Add(new AuditEvent
            {
                Id = w.NextLong<AuditEvent>(), OccurredAt = received, EstablishmentId = e, EntityType = "SaferCustodyContact",
                EntityId = contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Created", PrisonerId = contact.PrisonerId,
            });
            audits++;
            if (random.Next(4) == 0)
            {
                var opened = date.AddDays(random.Next(3));
                w.Add(new SafetyCase
                {
                    Id = w.NextId<SafetyCase>(), EstablishmentId = e, PrisonerId = contact.PrisonerId!.Value, Kind = random.Next(5) == 0 ? SafetyCaseKind.Csip : SafetyCaseKind.Acct,
                    OpenedOn = opened, ClosedOn = opened.AddDays(21) < today ? opened.AddDays(21) : null, Reference = $"G{n:D3}-{contact.Id}",
                });
            }
        }
        _ = ticks;
        return (visits, audits);
    }
}
