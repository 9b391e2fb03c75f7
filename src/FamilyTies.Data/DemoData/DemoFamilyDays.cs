using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// A year of family days (with term dates, applications, attendance and books), forums with "you said, we did"
/// actions, scheme participation and two visitor survey rounds and a prisoner one at each demo establishment: invented,
/// deterministic (counted from today), added in one save. Wymott's first visitor survey (thirteen months ago: November 2025
/// when run in December 2026) has 21% saying their visit did not start on time.
/// </summary>
public static class DemoFamilyDays
{
    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var e = establishment.Id;
        if (await db.FamilyDays.IgnoreQueryFilters().AnyAsync(d => d.EstablishmentId == e, ct))
        {
            return;
        }
        var links = await db.PrisonerContacts.IgnoreQueryFilters().Include(l => l.Contact)
            .Where(l => l.EstablishmentId == e && l.Active && l.ApprovedVisitor && l.Prisoner!.Status == PrisonerStatus.Active)
            .OrderBy(l => l.PrisonerId).ThenBy(l => l.Id).Take(400).ToListAsync(ct);
        var families = links.GroupBy(l => l.PrisonerId).Select(g => g.ToList()).ToList();
        if (families.Count < 20)
        {
            return;
        }
        var today = Domain.Common.LondonTime.DateOf(now);

        // Term dates: the local authority's terms and half terms for last school year, this one and the next.
        var schoolYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var terms = new List<SchoolTermDate>();
        for (var y = schoolYear - 1; y <= schoolYear + 1; y++)
        {
            terms.AddRange(
            [
                Term(e, y, SchoolTermKind.Term, "Autumn term", new(y, 9, 3), new(y, 12, 19)),
                Term(e, y, SchoolTermKind.Holiday, "October half term", new(y, 10, 26), new(y, 10, 30)),
                Term(e, y, SchoolTermKind.Term, "Spring term", new(y + 1, 1, 5), new(y + 1, 3, 27)),
                Term(e, y, SchoolTermKind.Holiday, "February half term", new(y + 1, 2, 15), new(y + 1, 2, 19)),
                Term(e, y, SchoolTermKind.Term, "Summer term", new(y + 1, 4, 13), new(y + 1, 7, 21)),
                Term(e, y, SchoolTermKind.Holiday, "May half term", new(y + 1, 5, 24), new(y + 1, 5, 28)),
            ]);
        }
        db.SchoolTermDates.AddRange(terms);

        // A family day in each of the last thirteen months (the second Saturday, 10am to 3pm or 4pm), and every third month
        // one on a Wednesday afternoon, in school hours in term as the inspectorate found; two more are still to come.
        var types = Enum.GetValues<FamilyDayType>();
        var days = new List<FamilyDay>();
        var planned = new List<(DateOnly Date, TimeOnly Start, TimeOnly End)>();
        for (var m = 12; m >= 0; m--)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-m);
            var saturday = first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7 + 7);
            planned.Add((saturday, new TimeOnly(10, 0), new TimeOnly(m % 2 == 0 ? 15 : 16, 0)));
            if (m % 3 == 1)
            {
                var wednesday = first.AddDays(((int)DayOfWeek.Wednesday - (int)first.DayOfWeek + 7) % 7 + 14);
                planned.Add((wednesday, new TimeOnly(13, 0), new TimeOnly(15, 0)));
            }
        }
        var soon = today.AddDays(14);
        planned.Add((soon.AddDays(((int)DayOfWeek.Saturday - (int)soon.DayOfWeek + 7) % 7), new TimeOnly(10, 0), new TimeOnly(15, 30)));
        planned.Add((soon.AddDays(35 + ((int)DayOfWeek.Saturday - (int)soon.DayOfWeek + 7) % 7), new TimeOnly(11, 0), new TimeOnly(16, 0)));
        for (var i = 0; i < planned.Count; i++)
        {
            var (date, start, end) = planned[i];
            var type = types[i % types.Length];
            days.Add(new FamilyDay
            {
                EstablishmentId = e, Title = $"{FamilyDay.Describe(type)} family day", Type = type, Date = date, StartTime = start, EndTime = end,
                Venue = i % 3 == 0 ? "Sports hall" : "Visits hall", CapacityFamilies = 12, CapacityPeople = 40, Organiser = establishment.FamilyServiceProvider,
                Partner = i % 2 == 0 ? "Local library" : "", Funding = "Family services contract",
                InSchoolHours = SchoolHours.InSchoolHours(date, start, end, terms), AdultChildrenAllowed = type != FamilyDayType.ChildrensDay,
                ExtendedFamilyAllowed = i % 2 == 1,
            });
        }
        db.FamilyDays.AddRange(days);

        // Six families a day: approved, checked, and for days that have happened, who came and the books given.
        var at = now.AddDays(-400);
        var f = 0;
        foreach (var day in days)
        {
            for (var n = 0; n < 6; n++, f++)
            {
                var family = families[f % families.Count];
                var held = day.Date <= today;
                var guests = family.Take(3).Select(l =>
                {
                    var age = l.Contact!.AgeOn(day.Date);
                    var child = age is { } a && a < establishment.AdultAge;
                    return new FamilyDayGuest
                    {
                        EstablishmentId = e, ContactId = l.ContactId, Relationship = l.Relationship, AgeOnDay = age, Child = child,
                        Attended = held ? (n + l.Id) % 7 != 0 : null, BookTitle = held && child && (n + l.Id) % 7 != 0 ? Books[(f + l.Id) % Books.Length] : "",
                    };
                }).ToList();
                var application = new FamilyDayApplication
                {
                    EstablishmentId = e, FamilyDay = day, PrisonerId = family[0].PrisonerId, Status = ApplicationStatus.Approved,
                    SecurityCheck = CheckResult.Passed, ChildCheck = CheckResult.NotNeeded, Guests = guests,
                    PrisonerAttended = held ? n != 5 : null, Feedback = held && n == 0 ? "The children loved the games and the longer time together." : "",
                };
                application.Events.Add(new FamilyDayApplicationEvent { EstablishmentId = e, At = at, Type = ApplicationEventType.Applied, Detail = "Applied (demo history)" });
                application.Events.Add(new FamilyDayApplicationEvent { EstablishmentId = e, At = at, Type = ApplicationEventType.Approved, Detail = "Approved (demo history)" });
                day.FamiliesBooked++;
                day.PeopleBooked += guests.Count;
                db.FamilyDayApplications.Add(application);
            }
        }

        // Forums every two to three months; older actions done, the last one's first action overdue.
        string[][] said =
        [
            ["Visits often start late", "Officers now unlock the hall 15 minutes before each session"],
            ["The hall is cold in winter", "Heaters fitted and checked each week"],
            ["Families cannot book by email", "An email address is on the visiting page"],
            ["There is nothing for teenagers to do", "Board games and a games console added"],
            ["Bus times do not match the sessions", "Saturday sessions moved to start at 2pm"],
            ["The toilets in the visitors' centre are closed", ""],
        ];
        for (var i = 0; i < 6; i++)
        {
            var date = today.AddDays(-20 - i * 72);
            var forum = new Forum
            {
                EstablishmentId = e, Date = date, Format = i % 2 == 0 ? ForumFormat.InPerson : ForumFormat.Online, ChairedBy = "Deputy governor",
                FamiliesAttended = 8 + i, PrisonersAttended = 10 + i, Topics = "Visits, family days and the visitors' centre",
            };
            for (var j = 0; j < 2; j++)
            {
                var (youSaid, weDid) = (said[(i * 2 + j) % said.Length][0], said[(i * 2 + j) % said.Length][1]);
                var done = i > 0 && weDid != "";
                forum.Actions.Add(new ForumAction
                {
                    EstablishmentId = e, YouSaid = youSaid, Owner = j == 0 ? "Head of residence" : establishment.FamilyServiceProvider,
                    DueDate = date.AddDays(j == 0 ? 14 : 60), Status = done ? ForumActionStatus.Done : ForumActionStatus.Open,
                    WeDid = done ? weDid : "", DoneOn = done ? date.AddDays(10) : null,
                });
            }
            db.Forums.Add(forum);
        }

        // The national schemes, and participation: started, completed and left.
        var schemes = Scheme.Seeded.Select(name => new Scheme { EstablishmentId = e, Name = name }).ToList();
        db.Schemes.AddRange(schemes);
        for (var i = 0; i < Math.Min(30, families.Count); i++)
        {
            var start = today.AddDays(-30 - i * 9);
            var status = (ParticipationStatus)(i % 3);
            db.SchemeParticipations.Add(new SchemeParticipation
            {
                EstablishmentId = e, Scheme = schemes[i % schemes.Count], PrisonerId = families[i][0].PrisonerId, StartDate = start, Status = status,
                EndDate = status == ParticipationStatus.Started ? null : start.AddDays(42),
            });
        }

        // Two visitor survey rounds six months apart and a prisoner one. Wymott's first (November 2025, counted from December
        // 2026): 21% said their visit did not start on time.
        var wymott = establishment.Code == "WYI";
        db.SurveyRounds.AddRange(
            Round(e, SurveyAudience.Visitors, today.AddMonths(-13), 164, wymott ? 79m : 72m, 81m),
            Round(e, SurveyAudience.Visitors, today.AddMonths(-7), 141, wymott ? 86m : 80m, 84m),
            Round(e, SurveyAudience.Prisoners, today.AddMonths(-5), 212, 58m, 66m));
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Books = ["The Gruffalo", "Dogger", "The Tiger Who Came to Tea", "Where the Wild Things Are", "Owl Babies", "Hairy Maclary"];

    private static SchoolTermDate Term(int e, int year, SchoolTermKind kind, string name, DateOnly start, DateOnly end) =>
        new() { EstablishmentId = e, SchoolYear = year, Kind = kind, Name = name, StartDate = start, EndDate = end };

    private static SurveyRound Round(int e, SurveyAudience audience, DateOnly date, int responses, decimal onTime, decimal welcome) => new()
    {
        EstablishmentId = e, Audience = audience, Date = date, Responses = responses,
        Title = audience == SurveyAudience.Visitors ? "Visitors' survey" : "Prisoners' survey",
        Questions =
        [
            new SurveyQuestion { EstablishmentId = e, Text = SurveyQuestion.VisitStartedOnTime, PercentPositive = onTime, MeasureKey = "visits.punctual_pct" },
            new SurveyQuestion { EstablishmentId = e, Text = "Did staff make you feel welcome?", PercentPositive = welcome },
        ],
    };
}
