using System.Diagnostics;
using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.DemoData;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Bench;

/// <summary>
/// The scale generator (issue 14 §1, docs/decisions/0026-data-at-scale.md): a seed in, the same rows out. For each
/// generated establishment: prisoners (with the roll's turnover), about four contacts each linked as family, a
/// timetable, every session's slot with visits (one or two visitors, a booking event), an outcome and a session run for
/// every past session, video calls on booths and laptops with their record, a family day a month with applications and
/// guests, safer custody contacts with their first action, ACCT and CSIP cases, and the audit rows the app would have
/// written for all of it (one per row created or changed, as <c>AuditInterceptor</c> does: about six per visit).
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

    private sealed record Family(int Id, DateOnly Reception, int[] Contacts);

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
        long visits = 0, audits = 0, rows;
        using (var writer = new BulkWriter(connection, db))
        {
            writer.Begin();
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
            rows = writer.Rows;
        }
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        return new Result(rows, visits, audits, watch.Elapsed);
    }

    private static (long Visits, long Audits) One(BulkWriter w, int n, Size size, int seed, DateOnly start, DateOnly today)
    {
        var random = new Random(seed * 1000 + n);
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
        var prisoners = new List<Family>();
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
                CreatedAt = Instant(reception),
            });
            var family = new int[random.Next(2, 7)];
            for (var c = 0; c < family.Length; c++)
            {
                family[c] = w.NextId<Contact>();
                w.Add(new Contact
                {
                    // The first is the main contact, an adult; the others may be children.
                    Id = family[c], CreatedInEstablishmentId = e, FirstName = FamilyNames[random.Next(FamilyNames.Length)], LastName = Surnames[random.Next(Surnames.Length)],
                    DateOfBirth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, c == 0 ? 16000 : 25000)), CreatedAt = Instant(reception),
                });
                w.Add(new PrisonerContact
                {
                    Id = w.NextId<PrisonerContact>(), EstablishmentId = e, PrisonerId = id, ContactId = family[c], ApprovedVisitor = c < 3,
                    Relationship = (Relationship)(c % 4),
                });
            }
            prisoners.Add(new Family(id, reception, family));
        }

        var (visits, audits) = Visits(w, random, n, e, templates, prisoners, size, start, today);
        audits += SaferCustody(w, random, n, e, prisoners, size, start, today);
        audits += VideoCalls(w, random, n, e, prisoners, size, start, today);
        audits += FamilyDays(w, random, e, prisoners, size, start, today);
        return (visits, audits);
    }

    /// <summary>
    /// Visits at national demand (about 50,000 a month over 120 prisons: some 420 a month here) spread over the sessions,
    /// each with one or two visitors and its booking event; an outcome for every booked past visit and a session run for
    /// every past session (a fifth started late).
    /// </summary>
    private static (long Visits, long Audits) Visits(BulkWriter w, Random random, int n, int e, List<SessionTemplate> templates, List<Family> prisoners, Size size,
        DateOnly start, DateOnly today)
    {
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
                    var (prisoner, _, family) = prisoners[random.Next(prisoners.Count)];
                    var cancelled = random.Next(12) == 0;
                    booked += cancelled ? 0 : 1;
                    var bookedAt = scheduled.AddDays(-random.Next(2, 20));
                    var id = w.NextId<Visit>();
                    var visit = new Visit
                    {
                        Id = id, EstablishmentId = e, Reference = Reference(id), PrisonerId = prisoner,
                        SessionSlotId = slot, Date = date, StartTime = t.StartTime, EndTime = t.EndTime, Status = cancelled ? VisitStatus.Cancelled : VisitStatus.Booked,
                        MainContactId = family[0], RequestMethod = RequestMethod.Phone, UsedVisitingOrder = true, CreatedAt = bookedAt, UpdatedAt = bookedAt,
                        CancelledAt = cancelled ? bookedAt.AddDays(1) : null, CancellationReason = cancelled ? CancellationReason.VisitorCancelled : null,
                    };
                    rows.Add(visit);
                    w.Add(visit);
                    audits += Audit(w, bookedAt, e, "Visit", visit.Id, "Created", prisoner, null,
                        $$$"""{"Reference":{"new":"{{{visit.Reference}}}"},"Date":{"new":"{{{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}}"},"Status":{"new":"Booked"}}""");
                    for (var v = 0; v < 1 + random.Next(2); v++)
                    {
                        var visitor = w.NextId<VisitVisitor>();
                        w.Add(new VisitVisitor { Id = visitor, VisitId = visit.Id, ContactId = family[v % family.Length] });
                        audits += Audit(w, bookedAt, e, "VisitVisitor", visitor, "Created", null, null, null);
                    }
                    var booking = w.NextId<VisitEvent>();
                    w.Add(new VisitEvent { Id = booking, VisitId = visit.Id, At = bookedAt, Type = VisitEventType.Booked });
                    audits += Audit(w, bookedAt, e, "VisitEvent", booking, "Created", null, null, null);
                    audits += Audit(w, bookedAt, e, "SessionSlot", slot, "Updated", null, null, null);
                    if (cancelled)
                    {
                        audits += Audit(w, bookedAt.AddDays(1), e, "Visit", visit.Id, "Updated", prisoner, null, """{"Status":{"old":"Booked","new":"Cancelled"}}""");
                    }
                    visits++;
                }
                w.Add(new SessionSlot { Id = slot, EstablishmentId = e, SessionTemplateId = t.Id, Date = date, BookedOpen = booked });
                if (!past)
                {
                    continue;
                }
                var late = random.Next(100) < 21;
                var minutes = late ? 6 + random.Next(35) : random.Next(-3, 6);
                var run = w.NextId<SessionRun>();
                w.Add(new SessionRun
                {
                    Id = run, EstablishmentId = e, SessionSlotId = slot, Date = date, ScheduledStart = scheduled, ScheduledEnd = LondonTime.ToInstant(date, t.EndTime),
                    HallOpenedAt = scheduled.AddMinutes(-30), StartedAt = scheduled.AddMinutes(minutes), EndedAt = LondonTime.ToInstant(date, t.EndTime),
                    DelayCause = late ? DelayCause.RollCheck : null,
                });
                audits += Audit(w, scheduled.AddMinutes(minutes), e, "SessionRun", run, "Created", null, null, null);
                foreach (var visit in rows.Where(r => r.Status == VisitStatus.Booked))
                {
                    var roll = random.Next(100);
                    var outcome = roll < 84 ? VisitOutcome.Completed : roll < 93 ? VisitOutcome.VisitorDidNotArrive : roll < 96 ? VisitOutcome.TurnedAway
                        : roll < 99 ? VisitOutcome.PrisonerRefused : VisitOutcome.TerminatedByStaff;
                    var attendance = w.NextId<VisitAttendance>();
                    var outcomeAt = LondonTime.ToInstant(date, t.EndTime).AddMinutes(10);
                    w.Add(new VisitAttendance
                    {
                        Id = attendance, EstablishmentId = e, VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = date, Outcome = outcome, OutcomeAt = outcomeAt,
                    });
                    audits += Audit(w, outcomeAt, e, "VisitAttendance", attendance, "Created", visit.PrisonerId, null, $$$"""{"Outcome":{"new":"{{{outcome}}}"}}""");
                }
            }
        }
        return (visits, audits);
    }

    /// <summary>Safer custody: about three contacts a week, each with a first action; the last fortnight's left open; a quarter open an ACCT or CSIP.</summary>
    private static long SaferCustody(BulkWriter w, Random random, int n, int e, List<Family> prisoners, Size size, DateOnly start, DateOnly today)
    {
        long audits = 0;
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
            var action = w.NextId<ContactAction>();
            var actedAt = received.AddMinutes(30 + random.Next(200));
            w.Add(new ContactAction { Id = action, EstablishmentId = e, ContactId = contact.Id, Kind = ActionKind.WelfareCheck, OccurredAt = actedAt });
            audits += Audit(w, received, e, "SaferCustodyContact", contact.Id, "Created", contact.PrisonerId, null, null);
            audits += Audit(w, actedAt, e, "ContactAction", action, "Created", null, null, null);
            if (!open)
            {
                audits += Audit(w, received.AddDays(2), e, "SaferCustodyContact", contact.Id, "Updated", contact.PrisonerId, null, """{"ClosedAt":{"old":null,"new":"closed"}}""");
            }
            if (random.Next(4) == 0)
            {
                var opened = date.AddDays(random.Next(3));
                var safety = w.NextId<SafetyCase>();
                w.Add(new SafetyCase
                {
                    Id = safety, EstablishmentId = e, PrisonerId = contact.PrisonerId!.Value, Kind = random.Next(5) == 0 ? SafetyCaseKind.Csip : SafetyCaseKind.Acct,
                    OpenedOn = opened, ClosedOn = opened.AddDays(21) < today ? opened.AddDays(21) : null, Reference = $"G{n:D3}-{contact.Id}",
                });
                audits += Audit(w, Instant(opened), e, "SafetyCase", safety, "Created", contact.PrisonerId, null, null);
            }
        }
        return audits;
    }

    /// <summary>
    /// Video calls (issue 10's shape): two booths and four wing laptops, 30-minute sessions four times each weekday; about
    /// 100 calls a month at 1,100 prisoners, each with its slot and main caller, recorded as the demo records them (most
    /// delivered, some no-shows and failed connections, some cut short), a few of the last days' left unrecorded.
    /// </summary>
    private static long VideoCalls(BulkWriter w, Random random, int n, int e, List<Family> prisoners, Size size, DateOnly start, DateOnly today)
    {
        long audits = 0;
        var sessions = new List<(int Resource, VideoSession Session)>();
        for (var r = 0; r < 6; r++)
        {
            var booth = r < 2;
            var resource = w.NextId<VideoResource>();
            w.Add(new VideoResource
            {
                Id = resource, EstablishmentId = e, Name = booth ? $"Visits hall booth {r + 1}" : $"Wing laptop {r - 1}", Kind = booth ? VideoResourceKind.Booth : VideoResourceKind.Laptop,
                Location = booth ? "Visits hall" : "Wings", CreatedAt = Instant(start),
            });
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                foreach (var at in new[] { new TimeOnly(9, 30), new TimeOnly(10, 30), new TimeOnly(14, 0), new TimeOnly(15, 0) })
                {
                    var session = new VideoSession
                    {
                        Id = w.NextId<VideoSession>(), EstablishmentId = e, VideoResourceId = resource, DayOfWeek = day, StartTime = at, EndTime = at.AddMinutes(30),
                        CreatedAt = Instant(start),
                    };
                    w.Add(session);
                    sessions.Add((resource, session));
                }
            }
        }
        var perMonth = Math.Max(1, 100 * size.Prisoners / 1100);
        var last = today.AddDays(7);
        var taken = new HashSet<(int, DateOnly)>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= last; month = month.AddMonths(1))
        {
            for (var i = 0; i < perMonth; i++)
            {
                var date = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
                if (date < start || date > last || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }
                var onDay = sessions.Where(s => s.Session.DayOfWeek == date.DayOfWeek).ToList();
                var (resource, session) = onDay[random.Next(onDay.Count)];
                if (!taken.Add((session.Id, date)))
                {
                    continue;
                }
                var (prisoner, _, family) = prisoners[random.Next(prisoners.Count)];
                var slot = w.NextId<VideoSlot>();
                w.Add(new VideoSlot { Id = slot, EstablishmentId = e, VideoSessionId = session.Id, Date = date, Booked = 1 });
                var bookedAt = LondonTime.ToInstant(date, session.StartTime).AddDays(-random.Next(1, 14));
                var end = LondonTime.ToInstant(date, session.EndTime);
                var call = new VideoCall
                {
                    Id = w.NextId<VideoCall>(), EstablishmentId = e, Reference = $"VG{n:D3}{slot:D8}", PrisonerId = prisoner, VideoSlotId = slot, VideoResourceId = resource,
                    Date = date, StartTime = session.StartTime, EndTime = session.EndTime, Status = VideoCallStatus.Booked,
                    Kind = random.Next(40) == 0 ? VideoCallKind.Compassionate : VideoCallKind.Allowance, CreatedAt = bookedAt,
                };
                if (date < today && !(date >= today.AddDays(-3) && random.Next(3) == 0))
                {
                    DemoVideoCalls.RecordOutcome(call, random, end);
                }
                w.Add(call);
                var participant = w.NextId<VideoCallParticipant>();
                w.Add(new VideoCallParticipant { Id = participant, VideoCallId = call.Id, ContactId = family[0], MainCaller = true });
                audits += Audit(w, bookedAt, e, "VideoSlot", slot, "Created", null, null, null);
                audits += Audit(w, bookedAt, e, "VideoCall", call.Id, "Created", prisoner, null, $$$"""{"Reference":{"new":"{{{call.Reference}}}"}}""");
                audits += Audit(w, bookedAt, e, "VideoCallParticipant", participant, "Created", null, null, null);
                if (call.RecordedAt is { } recorded)
                {
                    audits += Audit(w, recorded, e, "VideoCall", call.Id, "Updated", prisoner, null, $$$"""{"Outcome":{"old":null,"new":"{{{call.Outcome}}}"}}""");
                }
            }
        }
        return audits;
    }

    /// <summary>
    /// A family day on the second Saturday of every month (two more to come) for 20 families: 16–31 applications each with
    /// two or three guests, checked and decided (a few declined, those beyond the places waiting), attendance for past days.
    /// </summary>
    private static long FamilyDays(BulkWriter w, Random random, int e, List<Family> prisoners, Size size, DateOnly start, DateOnly today)
    {
        long audits = 0;
        var types = new[] { FamilyDayType.ChildrensDay, FamilyDayType.AdultFamilyDay, FamilyDayType.ChildrensDay, FamilyDayType.LifersAndIpp, FamilyDayType.NoVisits };
        for (var month = new DateOnly(start.Year, start.Month, 1).AddMonths(1); month <= today.AddMonths(2); month = month.AddMonths(1))
        {
            var date = month.AddDays(((int)DayOfWeek.Saturday - (int)month.DayOfWeek + 7) % 7 + 7);
            var type = types[random.Next(types.Length)];
            var created = Instant(date.AddDays(-42));
            var day = new FamilyDay
            {
                Id = w.NextId<FamilyDay>(), EstablishmentId = e, Title = $"{FamilyDay.Describe(type)} {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}", Type = type,
                Date = date, StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(15, 0), Venue = "Visits hall", CapacityFamilies = 20, CapacityPeople = 60,
                Organiser = "Family services", CreatedAt = created,
            };
            var past = date < today;
            var pool = past ? prisoners.Count : size.Prisoners;
            var applications = 16 + random.Next(16);
            var families = 0;
            var people = 0;
            var chosen = new HashSet<int>();
            for (var a = 0; a < applications; a++)
            {
                var (prisoner, _, family) = prisoners[random.Next(pool)];
                if (!chosen.Add(prisoner))
                {
                    continue;
                }
                var guests = Math.Min(family.Length, 2 + random.Next(2));
                var fits = families < day.CapacityFamilies && people + guests <= day.CapacityPeople;
                var status = random.Next(20) == 0 ? ApplicationStatus.Declined : fits ? ApplicationStatus.Approved : ApplicationStatus.WaitingList;
                var applied = created.AddDays(random.Next(1, 30));
                var application = new FamilyDayApplication
                {
                    Id = w.NextId<FamilyDayApplication>(), EstablishmentId = e, FamilyDayId = day.Id, PrisonerId = prisoner, Status = status,
                    SecurityCheck = status == ApplicationStatus.Declined ? CheckResult.Refused : CheckResult.Passed, ChildCheck = CheckResult.NotNeeded,
                    DeclineReason = status == ApplicationStatus.Declined ? "Security check refused." : "", WaitingSince = status == ApplicationStatus.WaitingList ? applied : null,
                    PrisonerAttended = past && status == ApplicationStatus.Approved ? random.Next(10) != 0 : null, CreatedAt = applied,
                };
                w.Add(application);
                audits += Audit(w, applied, e, "FamilyDayApplication", application.Id, "Created", prisoner, null, null);
                w.Add(new FamilyDayApplicationEvent { Id = w.NextId<FamilyDayApplicationEvent>(), EstablishmentId = e, FamilyDayApplicationId = application.Id, At = applied, Type = ApplicationEventType.Applied });
                var decision = status switch
                {
                    ApplicationStatus.Approved => ApplicationEventType.Approved, ApplicationStatus.Declined => ApplicationEventType.Declined, _ => ApplicationEventType.WaitingListed,
                };
                w.Add(new FamilyDayApplicationEvent
                {
                    Id = w.NextId<FamilyDayApplicationEvent>(), EstablishmentId = e, FamilyDayApplicationId = application.Id, At = applied.AddDays(3), Type = decision,
                });
                audits += Audit(w, applied.AddDays(3), e, "FamilyDayApplication", application.Id, "Updated", prisoner, null, $$$"""{"Status":{"old":"Applied","new":"{{{status}}}"}}""");
                for (var g = 0; g < guests; g++)
                {
                    var guest = w.NextId<FamilyDayGuest>();
                    w.Add(new FamilyDayGuest
                    {
                        Id = guest, EstablishmentId = e, FamilyDayApplicationId = application.Id, ContactId = family[g], Relationship = (Relationship)(g % 4),
                        Attended = application.PrisonerAttended,
                    });
                    audits += Audit(w, applied, e, "FamilyDayGuest", guest, "Created", null, null, null);
                }
                if (status == ApplicationStatus.Approved)
                {
                    families++;
                    people += guests;
                }
            }
            day.FamiliesBooked = families;
            day.PeopleBooked = people;
            w.Add(day);
            audits += Audit(w, created, e, "FamilyDay", day.Id, "Created", null, null, $$$"""{"Title":{"new":"{{{day.Title}}}"}}""");
        }
        return audits;
    }

    /// <summary>One audit row as <c>AuditInterceptor</c> writes it for a created or changed row (here by the system: no user).</summary>
    private static int Audit(BulkWriter w, DateTimeOffset at, int e, string type, long id, string action, int? prisonerId, int? contactId, string? changes)
    {
        w.Add(new AuditEvent
        {
            Id = w.NextLong<AuditEvent>(), OccurredAt = at, EstablishmentId = e, EntityType = type, EntityId = id.ToString(CultureInfo.InvariantCulture),
            Action = action, PrisonerId = prisonerId, ContactId = contactId, Changes = changes,
        });
        return 1;
    }

    /// <summary>
    /// A booking reference in the app's form (XXXX-XXXX from <see cref="VisitReference.Alphabet"/>), unique by construction:
    /// the key times a number prime to 25^8, modulo 25^8, is a different number for every key, written in base 25.
    /// </summary>
    private static string Reference(long id)
    {
        const long space = 152_587_890_625; // 25^8
        var x = (id * 7_919_113 + 4_096_001) % space;
        Span<char> chars = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4)
            {
                chars[i] = '-';
                continue;
            }
            chars[i] = VisitReference.Alphabet[(int)(x % 25)];
            x /= 25;
        }
        return new string(chars);
    }

    private static DateTimeOffset Instant(DateOnly date) => LondonTime.ToInstant(date, new TimeOnly(9, 0));
}
