using FamilyTies.Domain;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// Care-experienced and foreign-national demo data (issue 12), in proportions like the inspection reports': foreign
/// nationals about 4% at Wymott (5% Stoke Heath, 7% Littlehey), care-experienced 7.5% at Wymott, 12% at Stoke Heath,
/// 9% at Littlehey. <see cref="Shape"/> sets nationality and care experience on the generated prisoners before they are
/// saved (it uses its own random numbers, so the rest of the demo roll is unchanged); <see cref="SeedAsync"/> adds the
/// register (care leavers under 25 with advisers, some contacts overdue), family abroad in several time zones, night-call
/// overrides, credit, officials and 13 months of interpreter requests, met and not. Invented, the same every time.
/// </summary>
public static class DemoCareAndForeign
{
    private static readonly (string Nationality, string Language, string Zone, string Country)[] Foreign =
    [
        ("Polish", "Polish", "Europe/Warsaw", "Poland"), ("Vietnamese", "Vietnamese", "Asia/Ho_Chi_Minh", "Vietnam"),
        ("Jamaican", "English", "America/Jamaica", "Jamaica"), ("Irish", "English", "Europe/Dublin", "Ireland"),
        ("Romanian", "Romanian", "Europe/Bucharest", "Romania"), ("Albanian", "Albanian", "Europe/Tirane", "Albania"),
        ("Nigerian", "English", "Africa/Lagos", "Nigeria"), ("Lithuanian", "Lithuanian", "Europe/Vilnius", "Lithuania"),
    ];

    private static readonly string[] UkVariants = ["British", "British", "British", "British", "British", "English", "Welsh", "Scottish"];

    private static (int Foreign, int Care) Counts(string code, int roll) => code switch
    {
        "WYI" => (roll * 4 / 100, roll * 75 / 1000),
        "SHI" => (roll * 5 / 100, roll * 12 / 100),
        _ => (roll * 7 / 100, roll * 9 / 100),
    };

    /// <summary>Sets nationality, languages, interpreter need and care experience on a new establishment's demo prisoners.</summary>
    public static void Shape(IReadOnlyList<Prisoner> prisoners, string code, DateOnly today)
    {
        var random = new Random(5000 + code.Sum(c => c));
        var (foreignCount, careCount) = Counts(code, prisoners.Count);
        // Foreign nationals: long-stay prisoners first (received over 14 months ago) so every month's figures have some.
        var order = prisoners.Select((p, i) => (p, i)).OrderBy(x => x.p.ReceptionDate < today.AddDays(-430) ? 0 : 1).ThenBy(_ => random.Next()).ToList();
        var foreign = order.Take(foreignCount).Select(x => x.i).ToHashSet();
        for (var i = 0; i < prisoners.Count; i++)
        {
            var p = prisoners[i];
            if (foreign.Contains(i))
            {
                var f = Foreign[foreign.Count(j => j < i) % Foreign.Length];
                (p.Nationality, p.Languages) = (f.Nationality, f.Language == "English" ? "English" : $"{f.Language}, some English");
                p.InterpreterNeeded = f.Language is "Vietnamese" or "Albanian" or "Romanian";
            }
            else
            {
                (p.Nationality, p.Languages, p.InterpreterNeeded) = (UkVariants[random.Next(UkVariants.Length)], "English", false);
            }
            p.CareExperienced = false;
        }
        // Care-experienced: the under-25s first (care leavers), then others; long-stay ones so every month has a cohort.
        var care = prisoners.Select((p, i) => (p, i))
            .OrderBy(x => Age.On(x.p.DateOfBirth, today) < 25 ? 0 : x.p.ReceptionDate < today.AddDays(-430) ? 1 : 2)
            .ThenBy(_ => random.Next()).Take(careCount);
        foreach (var (p, _) in care)
        {
            p.CareExperienced = true;
        }
    }

    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var e = establishment.Id;
        if (await db.CareExperiencedRecords.IgnoreQueryFilters().AnyAsync(r => r.EstablishmentId == e, ct))
        {
            return;
        }
        var today = LondonTime.DateOf(now);
        var random = new Random(6000 + e);
        var prisoners = await db.Prisoners.IgnoreQueryFilters().Where(p => p.EstablishmentId == e && p.Status == PrisonerStatus.Active)
            .OrderBy(p => p.Id).ToListAsync(ct);

        // The register: every care-experienced prisoner but the last two (left for staff to ask), registered a few days after reception.
        var careExperienced = prisoners.Where(p => p.CareExperienced).ToList();
        var leavers = 0;
        foreach (var p in careExperienced.Take(Math.Max(0, careExperienced.Count - 2)))
        {
            var received = p.ReceptionDate ?? today.AddDays(-100);
            var registered = received.AddDays(random.Next(1, 8)) is var r && r > today ? today : r;
            var young = Age.On(p.DateOfBirth, today) < 25;
            var consent = young || random.Next(3) > 0;
            var record = new CareExperiencedRecord
            {
                EstablishmentId = e, Prisoner = p, RegisteredOn = registered,
                IdentifiedBy = (IdentifiedBy)random.Next(0, 3),
                LookedAfterFrom = p.DateOfBirth.AddYears(young ? 14 : 9).AddDays(random.Next(0, 200)),
                LookedAfterTo = p.DateOfBirth.AddYears(young ? 18 : 15),
                ConsentToShare = consent, ConsentGivenOn = consent ? registered : null,
                LocalAuthority = young ? LocalAuthorities[random.Next(LocalAuthorities.Length)] : "",
                PersonalAdviserName = young ? $"{AdviserFirst[random.Next(AdviserFirst.Length)]} {AdviserLast[random.Next(AdviserLast.Length)]}" : "",
                PersonalAdviserPhone = young ? $"01632 96{random.Next(1000, 9999)}" : "",
                PathwayPlanHeld = young && random.Next(2) == 0,
                SinglePointOfContact = "Family services worker",
                FollowUpBy = random.Next(3) == 0 ? "" : "Family services worker",
                SettingUpHomeGrantOn = young && random.Next(3) == 0 ? registered.AddDays(20) is var g && g <= today ? g : null : null,
            };
            db.CareExperiencedRecords.Add(record);
            if (young)
            {
                // Care leavers: some contacts kept up, every other one overdue (last contact long before the interval).
                var overdue = leavers++ % 2 == 0;
                var last = overdue ? today.AddDays(-(7 * establishment.PersonalAdviserContactIntervalWeeks) - random.Next(5, 40)) : today.AddDays(-random.Next(1, 30));
                if (last >= registered)
                {
                    record.Contacts.Add(new PersonalAdviserContact
                    {
                        EstablishmentId = e, OccurredOn = last, Method = (AdviserContactMethod)random.Next(0, 5), Who = record.PersonalAdviserName + ", personal adviser",
                        Notes = "Talked about housing and education after release",
                    });
                }
            }
        }

        // Foreign nationals: family abroad (one or two each), night-call overrides for the furthest zones, credit, officials.
        var deciderName = DemoDataSeeder.EstablishmentSlugs.TryGetValue(establishment.Code, out var slug) ? DemoDataSeeder.UserName(Roles.FamilyServices, slug) : null;
        var decider = deciderName is null ? null : await db.Users.Where(u => u.UserName == deciderName).Select(u => u.Id).FirstOrDefaultAsync(ct);
        var foreign = prisoners.Where(Cohorts.IsForeignNational).ToList();
        var nightCalls = 0;
        foreach (var p in foreign)
        {
            var f = Of(p.Nationality);
            var mother = new FamilyAbroad { EstablishmentId = e, Prisoner = p, Name = $"{FamilyFirst[random.Next(FamilyFirst.Length)]} {p.LastName}", Relationship = "Mother", Country = f.Country, TimeZone = f.Zone };
            db.FamilyAbroad.Add(mother);
            if (random.Next(2) == 0)
            {
                db.FamilyAbroad.Add(new FamilyAbroad { EstablishmentId = e, Prisoner = p, Name = $"{FamilyFirst[random.Next(FamilyFirst.Length)]} {p.LastName}", Relationship = "Partner", Country = f.Country, TimeZone = f.Zone });
            }
            if (f.Zone is "Asia/Ho_Chi_Minh" or "America/Jamaica")
            {
                // Requested, granted and refused in turn (decided by the establishment's demo family services worker).
                var decision = (NightCallDecision)(nightCalls++ % 3);
                db.NightCallOverrides.Add(new NightCallOverride
                {
                    EstablishmentId = e, FamilyAbroad = mother, RequestedOn = today.AddDays(-random.Next(5, 40)), Reason = "Family asleep during phone hours",
                    RequestedBy = random.Next(2) == 0 ? "The prisoner" : $"{mother.Name}, mother",
                    Decision = decision, DecidedByUserId = decision == NightCallDecision.Requested ? null : decider, DecidedOn = decision == NightCallDecision.Requested ? null : today.AddDays(-2),
                    RefusalReason = decision == NightCallDecision.Refused ? "Family can be called at 8am UK time on weekdays; asked to try that first" : "",
                });
            }
            var received = p.ReceptionDate ?? today.AddDays(-100);
            db.OfficialContacts.Add(new OfficialContact { EstablishmentId = e, Prisoner = p, Kind = OfficialContactKind.ConsulateNotified, OccurredOn = received, Detail = $"{f.Country} embassy, London" });
            if (random.Next(2) == 0)
            {
                db.OfficialContacts.Add(new OfficialContact { EstablishmentId = e, Prisoner = p, Kind = OfficialContactKind.HomeOfficeSurgery, OccurredOn = today.AddDays(-random.Next(10, 80)), Detail = "Home Office immigration enforcement" });
            }
            if (f.Language != "English")
            {
                db.OfficialContacts.Add(new OfficialContact { EstablishmentId = e, Prisoner = p, Kind = OfficialContactKind.TranslatedMaterial, OccurredOn = received.AddDays(1), Detail = "Visiting information booklet", Language = f.Language });
            }
            // £5 a month of international credit for half of them, over the last three months, most of it used.
            if (random.Next(2) == 0)
            {
                for (var m = 1; m <= 3; m++)
                {
                    var on = today.AddMonths(-m);
                    db.InternationalCredits.Add(new InternationalCredit { EstablishmentId = e, Prisoner = p, Kind = CreditEntryKind.Granted, OccurredOn = on, Amount = 5m, Reason = "No social visits" });
                    db.InternationalCredits.Add(new InternationalCredit { EstablishmentId = e, Prisoner = p, Kind = CreditEntryKind.Used, OccurredOn = on.AddDays(10), Amount = 4.5m });
                }
            }
        }

        // Interpreter requests: three in each of the last 13 months, for visits and calls, two met and one not.
        var needing = foreign.Where(p => p.InterpreterNeeded).ToList() is { Count: > 0 } n ? n : foreign;
        if (needing.Count > 0)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
            for (var month = first; month <= today; month = month.AddMonths(1))
            {
                for (var k = 0; k < 3; k++)
                {
                    var p = needing[random.Next(needing.Count)];
                    var on = month.AddDays(random.Next(0, 27));
                    if (on > today)
                    {
                        on = month;
                    }
                    db.InterpreterRequests.Add(new InterpreterRequest
                    {
                        EstablishmentId = e, Prisoner = p, For = k == 1 ? InterpreterFor.Call : InterpreterFor.Visit,
                        Language = Of(p.Nationality).Language, NeededOn = on,
                        Outcome = k == 2 ? InterpreterOutcome.NotMet : InterpreterOutcome.Met,
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
        await SeedDropInsAsync(db, establishment, now, random, ct);
    }

    /// <summary>
    /// A drop-in session on the second Tuesday of each of the last 12 months and the next one, run with the local
    /// authority; a third to a half of the registered prisoners came to each past one.
    /// </summary>
    private static async Task SeedDropInsAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, Random random, CancellationToken ct)
    {
        var e = establishment.Id;
        var today = LondonTime.DateOf(now);
        var records = await db.CareExperiencedRecords.IgnoreQueryFilters().Where(r => r.EstablishmentId == e && r.Prisoner!.Status == PrisonerStatus.Active)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.PrisonerId, r.RegisteredOn }).ToListAsync(ct);
        var runWith = establishment.Code switch
        {
            "WYI" => "Lancashire County Council leaving care team",
            "SHI" => "Shropshire Council care leavers service",
            _ => "Cambridgeshire County Council care leavers team",
        };
        var (start, end) = (new TimeOnly(10, 0), new TimeOnly(11, 30));
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        for (var month = first; month <= today.AddMonths(1); month = month.AddMonths(1))
        {
            var date = month.AddDays((9 - (int)month.DayOfWeek) % 7 + 7); // the second Tuesday
            var session = new DropInSession { EstablishmentId = e, Date = date, StartTime = start, EndTime = end, Place = "Library", RunWith = runWith };
            db.DropInSessions.Add(session);
            if (LondonTime.ToInstant(date, end) > now)
            {
                continue;
            }
            session.AttendanceRecordedAt = LondonTime.ToInstant(date, end).AddMinutes(20);
            foreach (var r in records.Where(r => r.RegisteredOn <= date && random.Next(100) < 40))
            {
                session.Attendances.Add(new DropInAttendance { EstablishmentId = e, RecordId = r.Id, PrisonerId = r.PrisonerId, Attended = true });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A demo nationality's language and family's zone (a nationality an admin typed gets Europe/Paris).</summary>
    private static (string Nationality, string Language, string Zone, string Country) Of(string nationality) =>
        Foreign.FirstOrDefault(x => x.Nationality == nationality) is { Zone: not null } f ? f : (nationality, "English", "Europe/Paris", "Abroad");

    private static readonly string[] LocalAuthorities = ["Lancashire County Council", "Blackpool Council", "Wigan Council", "Shropshire Council", "Staffordshire County Council", "Cambridgeshire County Council"];
    private static readonly string[] AdviserFirst = ["Bethan", "Carys", "Delyth", "Imogen", "Nia", "Saoirse", "Tamsin"];
    private static readonly string[] AdviserLast = ["Arkwright", "Bellweather", "Cordingley", "Duxbury", "Fothergill"];
    private static readonly string[] FamilyFirst = ["Ana", "Ioana", "Lan", "Marcia", "Ngozi", "Rasa", "Siobhan", "Teuta"];
}
