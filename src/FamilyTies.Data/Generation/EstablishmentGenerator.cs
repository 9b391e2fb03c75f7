using System.Globalization;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Generation;

/// <summary>
/// One whole generated establishment (code G001…, the national database's and the generator's tests'): the
/// establishment, its timetable (<see cref="TimetableGenerator"/>), its roll with the turnover of the years and a family
/// for each prisoner (<see cref="RollGenerator"/>, with the audit rows the demo's roll has), its restrictions and
/// non-associations (<see cref="RestrictionGenerator"/>), its staff (<see cref="StaffGenerator"/>), six video booths and
/// laptops, its history (<see cref="HistoryGenerator"/>)
/// and a family day a month with its applications. The demo establishments are made by the same roll, timetable and
/// history parts (<c>DemoDataSeeder</c>); their family days are the demo's own year of them (<c>DemoFamilyDays</c>).
/// The roll's nationalities and care experience are set as the demo's are (<c>DemoCareAndForeign.Shape</c>); the
/// care-experienced register, family abroad and self-assessment are the demo loader's curated code, which the caller
/// runs after the flush (the bench's <c>ScaleGenerator</c>). Queues the rows; the caller flushes and commits.
/// </summary>
public static class EstablishmentGenerator
{
    private sealed record Family(int Id, int[] Contacts);

    private static readonly string[] Wings = ["A", "B", "C", "D", "E", "F"];

    /// <summary>What <see cref="Write"/> queued: the establishment and how many visits it has.</summary>
    public sealed record Written(Establishment Establishment, long Visits);

    /// <summary>
    /// Writes generated establishment number <paramref name="n"/>, its staff signing in with the password whose hash is
    /// <paramref name="staffPasswordHash"/> (<see cref="StaffGenerator.HashPassword"/>, made once for a whole run).
    /// </summary>
    public static Written Write(BulkWriter w, int n, GenerationSize size, int seed, DateTimeOffset now, HashSet<string> usedNumbers, string staffPasswordHash)
    {
        var random = new Random(seed * 1000 + n);
        var today = LondonTime.DateOf(now);
        var start = size.First(today);
        w.At = LondonTime.ToInstant(start, new TimeOnly(9, 0));
        var establishment = new Establishment
        {
            Id = w.NextId<Establishment>(), Code = $"G{n:D3}", Name = $"HMP Generated {n:D3}", Type = n % 3 == 0 ? EstablishmentType.MaleLocal : EstablishmentType.MaleCategoryC,
            OperationalCapacity = size.Prisoners,
        };
        var e = establishment.Id;
        w.Add(establishment);
        var (rooms, templates) = TimetableGenerator.For(establishment, start);
        foreach (var room in rooms)
        {
            room.Id = w.NextId<Room>();
            w.Add(room);
        }
        foreach (var template in templates)
        {
            template.Id = w.NextId<SessionTemplate>();
            template.RoomId = template.Room!.Id;
            w.Add(template);
        }

        // The roll, with those who passed through (released), so the history carries turnover; a family each.
        var prisoners = RollGenerator.Prisoners(e, Wings, size.Prisoners, seed * 1000 + n, usedNumbers, today, size.Turnover ? start : null).ToList();
        // Nationalities and care experience in the demo's proportions (the default establishment's: 7% and 9%).
        DemoData.DemoCareAndForeign.Shape(prisoners, establishment.Code, today);
        var links = RollGenerator.Contacts(prisoners, e, seed * 1000 + 500 + n, today, size).ToList();
        RollGenerator.Queue(w, prisoners, links, p => Instant(p.ReceptionDate ?? start));
        // Every family visits while its prisoner is here: those on the roll since reception, the released until they left.
        var stays = prisoners.ToDictionary(p => p.Id, p => (From: p.ReceptionDate, To: p.Status == PrisonerStatus.Active ? (DateOnly?)null : p.EarliestReleaseDate));
        var all = GeneratedFamily.Of(links.Where(l => l.Link.ApprovedVisitor).Select(l => (l.Link.PrisonerId, l.Contact.Id, l.Contact.DateOfBirth)), today,
            establishment.AdultAge, id => stays[id]);
        var onRoll = all.Where(f => f.To is null).ToList();
        // One family on the roll in twenty gets no visits (and the support offered for that).
        var families = all.Where(f => f.To is not null).Concat(onRoll.Where((_, i) => i % 20 != 19)).ToList();
        var noVisits = onRoll.Where((_, i) => i % 20 == 19).Select(f => f.PrisonerId).ToList();
        var current = onRoll.Where((_, i) => i % 20 != 19).ToList();
        var everyone = links.GroupBy(l => l.Link.PrisonerId).Select(g => new Family(g.Key, g.Select(l => l.Contact.Id).ToArray())).ToList();

        // Bans, closed visits and non-associations about the families that visit, which the history then respects.
        var (restrictions, nonAssociations) = RestrictionGenerator.Write(w, e, size, families, seed * 1000 + n, start, today);
        StaffGenerator.Write(w, establishment, staffPasswordHash, Instant(start));
        var video = VideoSessions(w, e, start);
        var plan = new HistoryPlan
        {
            Establishment = establishment, Seed = seed * 1000 + n, Now = now, Size = size, Sessions = templates, Families = families, NoVisits = noVisits,
            Restrictions = restrictions, NonAssociations = nonAssociations,
            SaferCustodyPrisoners = current.Select(f => f.PrisonerId).ToList(), VideoSessions = video,
            VideoCallsPerMonth = Math.Max(1, 100 * size.Prisoners / 1100),
        };
        var visits = HistoryGenerator.Write(w, plan);
        FamilyDays(w, random, e, everyone, onRoll.Count, start, today);
        return new Written(establishment, visits);
    }

    /// <summary>Two booths and four wing laptops, 30-minute sessions four times each weekday.</summary>
    private static List<GeneratedVideoSession> VideoSessions(BulkWriter w, int e, DateOnly start)
    {
        var sessions = new List<GeneratedVideoSession>();
        w.At = Instant(start);
        for (var r = 0; r < 6; r++)
        {
            var booth = r < 2;
            var resource = w.NextId<VideoResource>();
            w.Add(new VideoResource
            {
                Id = resource, EstablishmentId = e, Name = booth ? $"Visits hall booth {r + 1}" : $"Wing laptop {r - 1}", Kind = booth ? VideoResourceKind.Booth : VideoResourceKind.Laptop,
                Location = booth ? "Visits hall" : "Wings",
            });
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                foreach (var at in new[] { new TimeOnly(9, 30), new TimeOnly(10, 30), new TimeOnly(14, 0), new TimeOnly(15, 0) })
                {
                    var session = new VideoSession { Id = w.NextId<VideoSession>(), EstablishmentId = e, VideoResourceId = resource, DayOfWeek = day, StartTime = at, EndTime = at.AddMinutes(30) };
                    w.Add(session);
                    sessions.Add(new GeneratedVideoSession(resource, session.Id, day, at, session.EndTime));
                }
            }
        }
        return sessions;
    }

    /// <summary>
    /// A family day on the second Saturday of every month (two more to come) for 20 families: 16–31 applications each with
    /// two or three guests, checked and decided (a few declined, those beyond the places waiting), attendance for past days.
    /// </summary>
    private static void FamilyDays(BulkWriter w, Random random, int e, List<Family> prisoners, int onRoll, DateOnly start, DateOnly today)
    {
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
            var pool = past ? prisoners.Count : Math.Min(onRoll, prisoners.Count);
            var applications = 16 + random.Next(16);
            var families = 0;
            var people = 0;
            var chosen = new HashSet<int>();
            for (var a = 0; a < applications; a++)
            {
                var (prisoner, family) = prisoners[random.Next(pool)];
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
                w.Audit(applied, e, "FamilyDayApplication", application.Id, "Created", prisoner);
                w.Add(new FamilyDayApplicationEvent { Id = w.NextId<FamilyDayApplicationEvent>(), EstablishmentId = e, FamilyDayApplicationId = application.Id, At = applied, Type = ApplicationEventType.Applied });
                var decision = status switch
                {
                    ApplicationStatus.Approved => ApplicationEventType.Approved, ApplicationStatus.Declined => ApplicationEventType.Declined, _ => ApplicationEventType.WaitingListed,
                };
                w.Add(new FamilyDayApplicationEvent
                {
                    Id = w.NextId<FamilyDayApplicationEvent>(), EstablishmentId = e, FamilyDayApplicationId = application.Id, At = applied.AddDays(3), Type = decision,
                });
                w.Audit(applied.AddDays(3), e, "FamilyDayApplication", application.Id, "Updated", prisoner, $$$"""{"Status":{"old":"Applied","new":"{{{status}}}"}}""");
                for (var g = 0; g < guests; g++)
                {
                    var guest = w.NextId<FamilyDayGuest>();
                    w.Add(new FamilyDayGuest
                    {
                        Id = guest, EstablishmentId = e, FamilyDayApplicationId = application.Id, ContactId = family[g], Relationship = (Relationship)(g % 4),
                        Attended = application.PrisonerAttended,
                    });
                    w.Audit(applied, e, "FamilyDayGuest", guest, "Created");
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
            w.Audit(created, e, "FamilyDay", day.Id, "Created", null, $$$"""{"Title":{"new":"{{{day.Title}}}"}}""");
        }
    }

    private static DateTimeOffset Instant(DateOnly date) => LondonTime.ToInstant(date, new TimeOnly(9, 0));
}
