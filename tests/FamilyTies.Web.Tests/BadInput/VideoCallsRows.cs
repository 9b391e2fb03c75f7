using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The bad-input rows of video calls (issue 10), kept together so the shared tables gain one line each.</summary>
public static class VideoCallsRows
{
    private const string Booker = Roles.VisitsStaff;
    private const string Manager = Roles.VisitsManager;
    private const string Lead = Roles.FamilyLead;

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<Bad, Outcome> Accept(params Bad[] variants) => variants.ToDictionary(b => b, _ => Outcome.Accepted);

    private static DateOnly Date => W.Today.AddDays(3);

    /// <summary>A booth of its own with a session on <see cref="Date"/>'s weekday at an hour of its own.</summary>
    public static Task<VideoSession> Session(W w, bool foreign = false)
    {
        var start = new TimeOnly(7 + w.Next() % 12, 0);
        return w.Add(foreign ? w.Foreign : w.Home, new VideoSession
        {
            Resource = new VideoResource { Name = "Badinput booth " + w.Next(), Kind = VideoResourceKind.Booth, Location = "A wing" },
            DayOfWeek = Date.DayOfWeek, StartTime = start, EndTime = start.AddMinutes(30),
        });
    }

    /// <summary>A call that has ended (two days ago), with one participant, nothing recorded.</summary>
    public static async Task<(VideoCall Call, int ContactId)> PastCall(W w, bool foreign = false)
    {
        var session = await Session(w, foreign);
        var prisoner = await w.Prisoner(foreign);
        var (contact, _) = await w.Contact(prisoner);
        var date = W.Today.AddDays(-2);
        var call = await w.Add(foreign ? w.Foreign : w.Home, new VideoCall
        {
            Reference = "VB" + w.Next().ToString("D6", CultureInfo.InvariantCulture) + (foreign ? "F" : "H"), PrisonerId = prisoner.Id,
            Slot = new VideoSlot { VideoSessionId = session.Id, Date = date, Booked = 1 }, VideoResourceId = session.VideoResourceId, Date = date,
            StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(10, 30), Participants = [new VideoCallParticipant { ContactId = contact.Id, MainCaller = true }],
        });
        return (call, contact.Id);
    }

    private static async Task<GetTarget> Record(Func<bool, Task<int>> make, string url, string name = "id") =>
        new() { Url = url, Route = new() { [name] = S(await make(false)) }, Foreign = new() { [name] = S(await make(true)) } };

    public static IEnumerable<GetRow> Gets() =>
    [
        new("Areas.Visits.VideoCalls.VideoCallsController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/video" })),
        new("Areas.Visits.VideoCalls.VideoCallsController.Offer GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/video/offer" })),
        new("Areas.Visits.VideoCalls.VideoCallsController.Book GET", Booker, async w =>
            new GetTarget { Url = "/visits/video/book", Query = PostTable.F(("prisonNumber", (await w.Prisoner()).PrisonNumber)) }),
        new("Areas.Visits.VideoCalls.VideoCallsController.Details GET", Lead, w => Record(async f => (await PastCall(w, f)).Call.Id, "/visits/video/{id}")),
        new("Areas.Visits.VideoCalls.VideoCallsController.Record GET", Booker, w => Record(async f => (await PastCall(w, f)).Call.Id, "/visits/video/{id}/record")),
        new("Areas.Visits.VideoCalls.VideoCallsController.Prisoner GET", Lead, w => Record(async f => (await w.Prisoner(f)).Id, "/visits/video/prisoners/{prisonerId}", "prisonerId")),
        new("Areas.Visits.VideoCalls.VideoResourcesController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/video/resources" })),
        new("Areas.Visits.VideoCalls.VideoResourcesController.Create GET", Manager, _ => Task.FromResult(new GetTarget { Url = "/visits/video/resources/new" })),
        new("Areas.Visits.VideoCalls.VideoResourcesController.Block GET", Manager, _ => Task.FromResult(new GetTarget { Url = "/visits/video/resources/blocks/new" })),
        new("Areas.Visits.VideoCalls.VideoResourcesController.AddSession GET", Manager, w => Record(async f => (await Session(w, f)).VideoResourceId, "/visits/video/resources/{id}/sessions/new")),
    ];

    /// <summary>A prisoner with an adult approved visitor, a free session in the window, and the journey's answers.</summary>
    private static async Task<PostTarget> Booking(W w, string step, bool withSlot)
    {
        var session = await Session(w);
        var (prisoner, visitor) = await w.BookablePrisoner();
        var foreignPrisoner = await w.Prisoner(foreign: true);
        var (foreignContact, _) = await w.Contact(foreignPrisoner);
        var fields = PostTable.F(("ContactIds", S(visitor.Id)), ("MainCallerContactId", S(visitor.Id)), ("Kind", "Allowance"), ("ArrangedBy", ""), ("Band", "Any"),
            ("FromDate", W.Date(W.Today.AddDays(1))));
        if (withSlot)
        {
            fields["Slot"] = [$"{session.Id}:{Date:yyyy-MM-dd}"];
        }
        return new PostTarget
        {
            Url = "/visits/video/book/{prisonerId}" + step, Route = new() { ["prisonerId"] = S(prisoner.Id) },
            FormPage = $"/visits/video/book?prisonNumber={prisoner.PrisonNumber}", Fields = fields,
            Foreign = new() { ["prisonerId"] = S(foreignPrisoner.Id), ["ContactIds"] = S(foreignContact.Id), ["MainCallerContactId"] = S(foreignContact.Id) },
        };
    }

    public static IEnumerable<PostRow> Posts() =>
    [
        new("Areas.Visits.VideoCalls.VideoCallsController.Slots POST", Booker, w => Booking(w, "/slots", withSlot: false))
        {
            JourneyStep = true, CarriesLaterAnswers = true,
            Expect = new() { [Bad.Emoji] = Outcome.NextStep, [Bad.RightToLeft] = Outcome.NextStep },
            Why = "Who arranged a call is free text, read only for a compassionate call; the time is chosen at the next step",
        },

        new("Areas.Visits.VideoCalls.VideoCallsController.Book POST", Booker, w => Booking(w, "", withSlot: true)),

        new("Areas.Visits.VideoCalls.VideoCallsController.Record POST", Booker, async w =>
        {
            var (call, contactId) = await PastCall(w);
            var (foreign, foreignContact) = await PastCall(w, foreign: true);
            return new PostTarget
            {
                Url = "/visits/video/{id}/record", Route = new() { ["id"] = S(call.Id) }, FormPage = $"/visits/video/{call.Id}/record",
                Fields = PostTable.F(("Outcome", "Delivered"), ("DeliveredMinutes", "20"), ("StartedLateMinutes", "0"), ("EndedEarly", ""), ("EndedEarlyDetail", ""),
                    ("Dropped", "true"), ("Buffering", "false"), ("FrozenVideo", "false"), ("NoAudio", "false"), ("FamilyRating", "4"),
                    ("Participants[0].ContactId", S(contactId)), ("Participants[0].JoinedAt", "10:01"), ("Participants[0].LeftAt", "10:21")),
                Foreign = new() { ["id"] = S(foreign.Id), ["Participants[0].ContactId"] = S(foreignContact) },
            };
        }),

        new("Areas.Visits.VideoCalls.VideoCallsController.GrantExtra POST", Manager, async w =>
        {
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/visits/video/prisoners/{prisonerId}/extra", Route = new() { ["prisonerId"] = S(prisoner.Id) }, FormPage = $"/visits/video/prisoners/{prisoner.Id}",
                Fields = PostTable.F(("Extra.Month", W.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture)), ("Extra.Calls", "1"), ("Extra.Minutes", "30"),
                    ("Extra.Reason", "Bereavement support")),
                Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        }) { Expect = Accept(Bad.Emoji, Bad.RightToLeft), Why = "The reason is free text (the month is a choice)" },

        new("Areas.Visits.VideoCalls.VideoCallsController.AddPriority POST", Booker, async w =>
        {
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/visits/video/prisoners/{prisonerId}/priority", Route = new() { ["prisonerId"] = S(prisoner.Id) }, FormPage = $"/visits/video/prisoners/{prisoner.Id}",
                Fields = PostTable.F(("Priority.Reason", "Distance"), ("Priority.Note", "Family in Aberdeen")),
                Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        }) { Expect = Accept(Bad.Emoji, Bad.RightToLeft), Why = "The note is free text" },

        new("Areas.Visits.VideoCalls.VideoResourcesController.Create POST", Manager, w => Task.FromResult(new PostTarget
        {
            Url = "/visits/video/resources/new", FormPage = "/visits/video/resources/new",
            Fields = PostTable.F(("Name", "Badinput laptop " + w.Next()), ("Kind", "Laptop"), ("Location", "Older prisoners' unit")),
        })) { Expect = Accept(Bad.Emoji, Bad.RightToLeft), Why = "A name and a place are free text" },

        new("Areas.Visits.VideoCalls.VideoResourcesController.AddSession POST", Manager, async w =>
        {
            var session = await Session(w);
            var foreign = await Session(w, foreign: true);
            return new PostTarget
            {
                Url = "/visits/video/resources/{id}/sessions/new", Route = new() { ["id"] = S(session.VideoResourceId) },
                FormPage = $"/visits/video/resources/{session.VideoResourceId}/sessions/new",
                Fields = PostTable.F(("DayOfWeek", session.DayOfWeek == DayOfWeek.Sunday ? "Monday" : "Sunday"), ("StartTime", "18:00"), ("EndTime", "18:30"), ("Locations", "")),
                Foreign = new() { ["id"] = S(foreign.VideoResourceId) },
            };
        }),

        new("Areas.Visits.VideoCalls.VideoResourcesController.Block POST", Manager, async w =>
        {
            var session = await Session(w);
            var foreign = await Session(w, foreign: true);
            return new PostTarget
            {
                Url = "/visits/video/resources/blocks/new", FormPage = "/visits/video/resources/blocks/new",
                Fields = PostTable.F(("ResourceId", S(session.VideoResourceId)), ("FromDate", W.Date(W.Today.AddDays(30))), ("ToDate", W.Date(W.Today.AddDays(31))),
                    ("Reason", "Booth repairs")),
                Foreign = new() { ["ResourceId"] = S(foreign.VideoResourceId) },
            };
        }) { Expect = Accept(Bad.Emoji, Bad.RightToLeft), Why = "The reason is free text" },
    ];
}
