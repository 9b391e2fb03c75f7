using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The bad-input rows of the family days pathway (issue 11), kept together so the shared tables gain one line each.</summary>
public static class FamilyDaysRows
{
    private const string Services = Roles.FamilyServices;
    private const string Security = Roles.Security;
    private const string Lead = Roles.FamilyLead;

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<Bad, Outcome> Accept(params Bad[] variants) => variants.ToDictionary(b => b, _ => Outcome.Accepted);

    private static readonly Bad[] AnyText = [Bad.Emoji, Bad.RightToLeft];

    /// <summary>A date, number or option sent to a form of text only.</summary>
    private static readonly Bad[] TextOnly = [Bad.Emoji, Bad.RightToLeft, Bad.DateYearOne, Bad.DateYear9999, Bad.DateNotReal, Bad.Negative, Bad.Huge, Bad.Overflow,
        Bad.UnknownOption, Bad.UnknownOptionNumber];

    private static Dictionary<Bad, Outcome> ReadsNothing() =>
        Enum.GetValues<Bad>().ToDictionary(b => b, b => b is Bad.MissingId or Bad.ForeignId ? Outcome.NotFound : Outcome.Accepted);

    public static Task<FamilyDay> Day(W w, bool foreign = false, DateOnly? date = null) => w.Add(foreign ? w.Foreign : w.Home, new FamilyDay
    {
        Title = "Badinput day " + w.Next(), Type = FamilyDayType.AdultFamilyDay, Date = date ?? W.Today.AddDays(30), StartTime = new(10, 0), EndTime = new(15, 0),
        Venue = "Hall", CapacityFamilies = 50, CapacityPeople = 200, Organiser = "Pact", ExtendedFamilyAllowed = true, AdultChildrenAllowed = true,
    });

    /// <summary>An application with one invited family member, in the state given.</summary>
    public static async Task<(FamilyDayApplication Application, FamilyDayGuest Guest)> Application(W w, bool foreign = false, ApplicationStatus status = ApplicationStatus.Applied,
        CheckResult security = CheckResult.NotDone, CheckResult child = CheckResult.NotNeeded, DateOnly? date = null)
    {
        var day = await Day(w, foreign, date);
        var prisoner = await w.Prisoner(foreign);
        var (contact, _) = await w.Contact(prisoner);
        var guest = new FamilyDayGuest { ContactId = contact.Id, Relationship = Relationship.Daughter, AgeOnDay = 8, Child = true };
        var application = await w.Add(day.EstablishmentId, new FamilyDayApplication
        {
            FamilyDayId = day.Id, PrisonerId = prisoner.Id, Status = status, SecurityCheck = security, ChildCheck = child, Guests = [guest],
        });
        if (status is ApplicationStatus.Approved or ApplicationStatus.Offered)
        {
            await using var db = w.App.Db(day.EstablishmentId);
            var tracked = db.FamilyDays.Single(d => d.Id == day.Id);
            tracked.FamiliesBooked = 1;
            tracked.PeopleBooked = 1;
            await db.SaveChangesAsync();
        }
        return (application, guest);
    }

    public static Task<Forum> Forum(W w, bool foreign = false) => w.Add(foreign ? w.Foreign : w.Home, new Forum
    {
        Date = W.Today.AddDays(-10), ChairedBy = "Governor", Topics = "Badinput topics",
        Actions = [new ForumAction { YouSaid = "More toys", Owner = "Pact", DueDate = W.Today.AddDays(10) }],
    });

    public static Task<Scheme> Scheme(W w, bool foreign = false) => w.Add(foreign ? w.Foreign : w.Home, new Scheme { Name = "Badinput scheme " + w.Next() });

    /// <summary>A prisoner taking part in a scheme of the test's own since 20 days ago.</summary>
    public static async Task<SchemeParticipation> Participation(W w, bool foreign = false)
    {
        var scheme = await Scheme(w, foreign);
        var prisoner = await w.Prisoner(foreign);
        return await w.Add(scheme.EstablishmentId, new SchemeParticipation { SchemeId = scheme.Id, PrisonerId = prisoner.Id, StartDate = W.Today.AddDays(-20) });
    }

    private static async Task<GetTarget> Record(W w, Func<bool, Task<int>> make, string url, params (string Key, string Value)[] query) =>
        new() { Url = url, Route = new() { ["id"] = S(await make(false)) }, Query = PostTable.F(query), Foreign = new() { ["id"] = S(await make(true)) } };

    public static IEnumerable<GetRow> Gets() =>
    [
        new("Areas.FamilyDays.Days.DaysController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/days" })),
        new("Areas.FamilyDays.Days.DaysController.Create GET", Services, _ => Task.FromResult(new GetTarget { Url = "/familydays/days/new" })),
        new("Areas.FamilyDays.Days.DaysController.Details GET", Lead, w => Record(w, async f => (await Day(w, f)).Id, "/familydays/days/{id}")),
        new("Areas.FamilyDays.Terms.TermsController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/terms" })),
        new("Areas.FamilyDays.Terms.TermsController.Create GET", Services, _ => Task.FromResult(new GetTarget { Url = "/familydays/terms/new" })),
        new("Areas.FamilyDays.Applications.ApplicationsController.Apply GET", Services, async w =>
        {
            var prisoner = await w.Prisoner();
            return await Record(w, async f => (await Day(w, f)).Id, "/familydays/days/{id}/apply", ("prisonNumber", prisoner.PrisonNumber));
        }),
        new("Areas.FamilyDays.Applications.ApplicationsController.Details GET", Lead, w => Record(w, async f => (await Application(w, f)).Application.Id, "/familydays/applications/{id}")),
        new("Areas.FamilyDays.Checks.ChecksController.Index GET", Security, w => Record(w, async f => (await Application(w, f)).Application.Id, "/familydays/applications/{id}/checks")),
        new("Areas.FamilyDays.Schemes.SchemesController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/schemes" })),
        new("Areas.FamilyDays.Surveys.SurveysController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/surveys", Query = PostTable.F(("audience", "Prisoners")) })),
        new("Areas.FamilyDays.Schemes.PrisonerSchemesController.Index GET", Roles.VisitsStaff, async w => new GetTarget
        {
            Url = "/prisoners/{prisonerId}/schemes", Route = new() { ["prisonerId"] = S((await w.Prisoner()).Id) }, Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
        }),
        new("Areas.FamilyDays.Forums.ForumsController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/forums" })),
        new("Areas.FamilyDays.Forums.ForumsController.Print GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/familydays/forums/you-said-we-did" })),
        new("Areas.FamilyDays.Forums.ForumsController.Create GET", Services, _ => Task.FromResult(new GetTarget { Url = "/familydays/forums/new" })),
        new("Areas.FamilyDays.Forums.ForumsController.Details GET", Lead, w => Record(w, async f => (await Forum(w, f)).Id, "/familydays/forums/{id}")),
        new("Areas.FamilyDays.Days.DaysController.Edit GET", Services, w => Record(w, async f => (await Day(w, f)).Id, "/familydays/days/{id}/edit")),
        new("Areas.FamilyDays.Days.DaysController.Cancel GET", Services, w => Record(w, async f => (await Day(w, f)).Id, "/familydays/days/{id}/cancel")),
        new("Areas.FamilyDays.Schemes.SchemesController.Create GET", Services, _ => Task.FromResult(new GetTarget { Url = "/familydays/schemes/new" })),
        new("Areas.FamilyDays.Schemes.SchemesController.Details GET", Lead, w => Record(w, async f => (await Scheme(w, f)).Id, "/familydays/schemes/{id}")),
        new("Areas.FamilyDays.Schemes.SchemesController.AddParticipant GET", Services, w => Record(w, async f => (await Scheme(w, f)).Id, "/familydays/schemes/{id}/participants/new")),
        new("Areas.FamilyDays.Schemes.SchemesController.ChangeParticipation GET", Services, w => Record(w, async f => (await Participation(w, f)).Id, "/familydays/schemes/participations/{id}")),
        new("Areas.FamilyDays.Surveys.SurveysController.Create GET", Services, _ => Task.FromResult(new GetTarget { Url = "/familydays/surveys/new", Query = PostTable.F(("audience", "Prisoners")) })),
    ];

    public static IEnumerable<PostRow> Posts() =>
    [
        new("Areas.FamilyDays.Days.DaysController.Create POST", Services, w => Task.FromResult(new PostTarget
        {
            Url = "/familydays/days/new", FormPage = "/familydays/days/new",
            Fields = PostTable.F(("Title", "Badinput family day " + w.Next()), ("Type", "ChildrensDay"), ("Date", W.Date(W.Today.AddDays(40))), ("StartTime", "10:00"),
                ("EndTime", "15:00"), ("Venue", "Sports hall"), ("CapacityFamilies", "10"), ("CapacityPeople", "30"), ("Organiser", "Pact"), ("Partner", ""), ("Funding", ""),
                ("Cohort", "Everyone"), ("IncentiveLevels", "Standard"), ("NoProvenAdjudicationMonths", ""), ("AdultChildrenAllowed", "false"), ("ExtendedFamilyAllowed", "false")),
        })),

        new("Areas.FamilyDays.Terms.TermsController.Create POST", Services, w =>
        {
            var date = W.Today.AddYears(2).AddDays(w.Next() % 1000); // after the demo term dates, inside the five-year window however many requests came first
            return Task.FromResult(new PostTarget
            {
                Url = "/familydays/terms/new", FormPage = "/familydays/terms/new",
                Fields = PostTable.F(("SchoolYear", date.Year.ToString(CultureInfo.InvariantCulture)), ("Kind", "Holiday"), ("Name", "Badinput holiday"),
                    ("StartDate", W.Date(date)), ("EndDate", W.Date(date))),
            });
        }) { Expect = Accept(AnyText), Why = "A holiday's name is free text" },

        new("Areas.FamilyDays.Terms.TermsController.Remove POST", Services, async w =>
        {
            var date = W.Today.AddYears(2).AddDays(w.Next() % 1000);
            var home = await w.Add(w.Home, new SchoolTermDate { SchoolYear = date.Year, Kind = SchoolTermKind.Holiday, Name = "Badinput", StartDate = date, EndDate = date });
            var foreign = await w.Add(w.Foreign, new SchoolTermDate { SchoolYear = date.Year, Kind = SchoolTermKind.Holiday, Name = "Badinput", StartDate = date, EndDate = date });
            return new PostTarget
            {
                Url = "/familydays/terms/{id}/remove", Route = new() { ["id"] = S(home.Id) }, FormPage = "/familydays/terms",
                Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }) { Expect = ReadsNothing(), Why = "Removing reads nothing from the form" },

        new("Areas.FamilyDays.Applications.ApplicationsController.Apply POST", Services, async w =>
        {
            var day = await Day(w);
            var prisoner = await w.Prisoner();
            var (contact, _) = await w.Contact(prisoner);
            var foreignPrisoner = await w.Prisoner(foreign: true);
            var (foreignContact, _) = await w.Contact(foreignPrisoner);
            return new PostTarget
            {
                Url = "/familydays/days/{id}/apply", Route = new() { ["id"] = S(day.Id) }, FormPage = $"/familydays/days/{day.Id}/apply?prisonNumber={prisoner.PrisonNumber}",
                Fields = PostTable.F(("PrisonNumber", prisoner.PrisonNumber), ("ContactIds", S(contact.Id))),
                Foreign = new() { ["id"] = S((await Day(w, foreign: true)).Id), ["ContactIds"] = S(foreignContact.Id) },
            };
        }),

        new("Areas.FamilyDays.Applications.ApplicationsController.Decide POST", Services, async w =>
        {
            var (application, _) = await Application(w, security: CheckResult.Passed);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/decision", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}",
                Fields = PostTable.F(("Decision", "Decline"), ("Reason", "No places for this group")),
                Foreign = new() { ["id"] = S((await Application(w, foreign: true)).Application.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The reason is free text" },

        new("Areas.FamilyDays.Applications.ApplicationsController.Withdraw POST", Services, async w =>
        {
            var (application, _) = await Application(w, status: ApplicationStatus.Approved, security: CheckResult.Passed);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/withdraw", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}",
                Fields = PostTable.F(("Withdraw.Reason", "The family cannot travel")),
                Foreign = new() { ["id"] = S((await Application(w, foreign: true, status: ApplicationStatus.Approved)).Application.Id) },
            };
        }) { Expect = Accept(TextOnly), Why = "The reason is the form's only field, free text" },

        new("Areas.FamilyDays.Applications.ApplicationsController.AcceptOffer POST", Services, async w =>
        {
            var (application, _) = await Application(w, status: ApplicationStatus.Offered, security: CheckResult.Passed);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/accept", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}",
                Foreign = new() { ["id"] = S((await Application(w, foreign: true, status: ApplicationStatus.Offered)).Application.Id) },
            };
        }) { Expect = ReadsNothing(), Why = "Accepting an offered place reads nothing from the form" },

        new("Areas.FamilyDays.Applications.ApplicationsController.Attendance POST", Services, async w =>
        {
            var (application, guest) = await Application(w, status: ApplicationStatus.Approved, security: CheckResult.Passed, date: W.Today);
            var (foreign, foreignGuest) = await Application(w, foreign: true, status: ApplicationStatus.Approved, date: W.Today);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/attendance", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}",
                Fields = PostTable.F(("Record.PrisonerAttended", "true"), ("Record.Guests[0].Id", S(guest.Id)), ("Record.Guests[0].Attended", "true"),
                    ("Record.Feedback", "A lovely day")),
                Foreign = new() { ["id"] = S(foreign.Id), ["Record.Guests[0].Id"] = S(foreignGuest.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "Feedback is free text" },

        new("Areas.FamilyDays.Checks.ChecksController.Security POST", Security, async w =>
        {
            var (application, _) = await Application(w);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/checks/security", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}/checks",
                Fields = PostTable.F(("Security.Result", "Passed"), ("Security.Note", "Checked against intelligence")),
                Foreign = new() { ["id"] = S((await Application(w, foreign: true)).Application.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The note is free text" },

        new("Areas.FamilyDays.Checks.ChecksController.Child POST", Security, async w =>
        {
            var (application, _) = await Application(w, child: CheckResult.NotDone);
            return new PostTarget
            {
                Url = "/familydays/applications/{id}/checks/child", Route = new() { ["id"] = S(application.Id) }, FormPage = $"/familydays/applications/{application.Id}/checks",
                Fields = PostTable.F(("Child.Result", "Passed"), ("Child.Note", "Public protection approved")),
                Foreign = new() { ["id"] = S((await Application(w, foreign: true, child: CheckResult.NotDone)).Application.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The note is free text" },

        new("Areas.FamilyDays.Forums.ForumsController.Create POST", Services, w => Task.FromResult(new PostTarget
        {
            Url = "/familydays/forums/new", FormPage = "/familydays/forums/new",
            Fields = PostTable.F(("Date", W.Date(W.Today.AddDays(-3))), ("Format", "InPerson"), ("ChairedBy", "Governor"), ("FamiliesAttended", "12"),
                ("PrisonersAttended", "9"), ("Topics", "Visits starting late")),
        })) { Expect = Accept(AnyText), Why = "Who chaired and the topics are free text" },

        new("Areas.FamilyDays.Forums.ForumsController.AddAction POST", Services, async w =>
        {
            var forum = await Forum(w);
            return new PostTarget
            {
                Url = "/familydays/forums/{id}/actions", Route = new() { ["id"] = S(forum.Id) }, FormPage = $"/familydays/forums/{forum.Id}",
                Fields = PostTable.F(("Add.YouSaid", "The visits hall is cold"), ("Add.Owner", "Head of residence"), ("Add.DueDate", W.Date(W.Today.AddDays(30)))),
                Foreign = new() { ["id"] = S((await Forum(w, foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "What families said and the owner are free text" },

        new("Areas.FamilyDays.Forums.ForumsController.UpdateAction POST", Services, async w =>
        {
            var forum = await Forum(w);
            var foreign = await Forum(w, foreign: true);
            return new PostTarget
            {
                Url = "/familydays/forums/actions/{id}", Route = new() { ["id"] = S(forum.Actions[0].Id) }, FormPage = $"/familydays/forums/{forum.Id}",
                Fields = PostTable.F(("Status", "Done"), ("WeDid", "Heaters fitted")),
                Foreign = new() { ["id"] = S(foreign.Actions[0].Id) },
            };
        }) { Expect = Accept(AnyText), Why = "What was done is free text" },

        new("Areas.FamilyDays.Days.DaysController.Edit POST", Services, async w =>
        {
            var day = await Day(w);
            return new PostTarget
            {
                Url = "/familydays/days/{id}/edit", Route = new() { ["id"] = S(day.Id) }, FormPage = $"/familydays/days/{day.Id}/edit",
                Fields = PostTable.F(("Title", "Badinput changed day " + w.Next()), ("Type", "Veterans"), ("Date", W.Date(W.Today.AddDays(41))), ("StartTime", "11:00"),
                    ("EndTime", "16:00"), ("Venue", "Gym"), ("CapacityFamilies", "12"), ("CapacityPeople", "36"), ("Organiser", "Pact"), ("Partner", ""), ("Funding", ""),
                    ("Cohort", "Everyone"), ("IncentiveLevels", "Enhanced"), ("NoProvenAdjudicationMonths", "3"), ("AdultChildrenAllowed", "true"), ("ExtendedFamilyAllowed", "false")),
                Foreign = new() { ["id"] = S((await Day(w, foreign: true)).Id) },
            };
        }),

        new("Areas.FamilyDays.Days.DaysController.Cancel POST", Services, async w =>
        {
            var (application, _) = await Application(w, status: ApplicationStatus.Approved, security: CheckResult.Passed);
            return new PostTarget
            {
                Url = "/familydays/days/{id}/cancel", Route = new() { ["id"] = S(application.FamilyDayId) }, FormPage = $"/familydays/days/{application.FamilyDayId}/cancel",
                Fields = PostTable.F(("Reason", "The visits hall is being repaired")),
                Foreign = new() { ["id"] = S((await Day(w, foreign: true)).Id) },
            };
        }) { Expect = Accept(TextOnly), Why = "The reason is the form's only field, free text" },

        new("Areas.FamilyDays.Schemes.SchemesController.Create POST", Services, w => Task.FromResult(new PostTarget
        {
            Url = "/familydays/schemes/new", FormPage = "/familydays/schemes/new",
            Fields = PostTable.F(("Name", "Badinput scheme " + w.Next()), ("Description", "A reading group for fathers")),
        })) { Expect = Accept(TextOnly), Why = "A scheme's name and description are the form's only fields, free text" },

        new("Areas.FamilyDays.Schemes.SchemesController.AddParticipant POST", Services, async w =>
        {
            var scheme = await Scheme(w);
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/familydays/schemes/{id}/participants/new", Route = new() { ["id"] = S(scheme.Id) }, FormPage = $"/familydays/schemes/{scheme.Id}/participants/new",
                Fields = PostTable.F(("PrisonNumber", prisoner.PrisonNumber), ("StartDate", W.Date(W.Today.AddDays(-7)))),
                Foreign = new() { ["id"] = S((await Scheme(w, foreign: true)).Id) },
            };
        }),

        new("Areas.FamilyDays.Schemes.SchemesController.ChangeParticipation POST", Services, async w =>
        {
            var participation = await Participation(w);
            return new PostTarget
            {
                Url = "/familydays/schemes/participations/{id}", Route = new() { ["id"] = S(participation.Id) }, FormPage = $"/familydays/schemes/participations/{participation.Id}",
                Fields = PostTable.F(("Status", "Completed"), ("EndDate", W.Date(W.Today.AddDays(-1)))),
                Foreign = new() { ["id"] = S((await Participation(w, foreign: true)).Id) },
            };
        }),

        new("Areas.FamilyDays.Surveys.SurveysController.Create POST", Services, w => Task.FromResult(new PostTarget
        {
            Url = "/familydays/surveys/new", FormPage = "/familydays/surveys/new",
            Fields = PostTable.F(("Audience", "Visitors"), ("Title", "Badinput survey " + w.Next()), ("Date", W.Date(W.Today.AddDays(-14))), ("Responses", "48"),
                ("Questions[0].Text", "Were staff friendly?"), ("Questions[0].PercentPositive", "81.5"), ("Questions[0].MeasureKey", "")),
        })) { Expect = Accept(AnyText), Why = "The title and a question's wording are free text" },
    ];
}
