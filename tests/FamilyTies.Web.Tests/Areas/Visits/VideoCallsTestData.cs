using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>Video calls arranged directly in the database, and the booking journey's posts (issue 10).</summary>
public static class VideoCallsTestData
{
    private static int _next;

    /// <summary>A booth of the test's own with one weekly session on the day of <paramref name="date"/>.</summary>
    public static async Task<VideoSession> Session(FamilyTiesApp app, string code, DateOnly date, int startHour = 14, int minutes = 30, string locations = "")
    {
        var establishmentId = await app.EstablishmentId(code);
        await using var db = app.Db(establishmentId);
        var session = new VideoSession
        {
            Resource = new VideoResource { Name = $"Test booth {Interlocked.Increment(ref _next)}", Kind = VideoResourceKind.Booth, Location = "A wing" },
            DayOfWeek = date.DayOfWeek, StartTime = new TimeOnly(startHour, 0), EndTime = new TimeOnly(startHour, 0).AddMinutes(minutes), Locations = locations,
        };
        db.VideoSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>A date in the booking window (1 to 28 days ahead at Wymott), days ahead of today.</summary>
    public static DateOnly Ahead(int days) => VisitsTestData.Today.AddDays(days);

    /// <summary>An approved adult visitor living abroad, in a time zone.</summary>
    public static async Task<Contact> Abroad(FamilyTiesApp app, Prisoner prisoner, string firstName, string country, string timeZone)
    {
        var (contact, _) = await PeopleTestData.Contact(app, prisoner, firstName, new DateOnly(1975, 3, 3));
        await using var db = app.Db(prisoner.EstablishmentId);
        var tracked = await db.Contacts.SingleAsync(c => c.Id == contact.Id);
        tracked.Country = country;
        tracked.TimeZone = timeZone;
        await db.SaveChangesAsync();
        return tracked;
    }

    /// <summary>A call arranged directly (not through the journey), taking its session's slot on the date.</summary>
    public static async Task<VideoCall> Call(FamilyTiesApp app, Prisoner prisoner, VideoSession session, DateOnly date, int contactId,
        VideoCallKind kind = VideoCallKind.Allowance, VideoCallStatus status = VideoCallStatus.Booked)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var slot = await db.VideoSlots.SingleOrDefaultAsync(s => s.VideoSessionId == session.Id && s.Date == date)
                   ?? db.VideoSlots.Add(new VideoSlot { VideoSessionId = session.Id, Date = date }).Entity;
        slot.Booked++;
        var call = new VideoCall
        {
            Reference = "VT" + Interlocked.Increment(ref _next).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4],
            PrisonerId = prisoner.Id, Slot = slot, VideoResourceId = session.VideoResourceId, Date = date, StartTime = session.StartTime, EndTime = session.EndTime,
            Status = status, Kind = kind, ArrangedBy = kind == VideoCallKind.Compassionate ? "Chaplaincy" : "",
            Participants = [new VideoCallParticipant { ContactId = contactId, MainCaller = true }],
        };
        db.VideoCalls.Add(call);
        await db.SaveChangesAsync();
        return call;
    }

    public static List<KeyValuePair<string, string>> Answers(IEnumerable<int> contactIds, int mainCaller, DateOnly from, string? slot = null,
        string kind = "Allowance", string arrangedBy = "", string band = "Any")
    {
        var answers = contactIds.Select(id => new KeyValuePair<string, string>("ContactIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        answers.Add(new("MainCallerContactId", mainCaller.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        answers.Add(new("Kind", kind));
        answers.Add(new("ArrangedBy", arrangedBy));
        answers.Add(new("Band", band));
        answers.Add(new("FromDate", VisitsTestData.Input(from)));
        if (slot is not null)
        {
            answers.Add(new("Slot", slot));
        }
        return answers;
    }

    public static string Slot(VideoSession session, DateOnly date) => $"{session.Id}:{VisitsTestData.Iso(date)}";

    /// <summary>Posts with a valid antiforgery token (the sign-out form's), as the journey's pages would.</summary>
    public static async Task<HttpResponseMessage> Post(StaffClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var home = await client.GetPage("/");
        var token = home.QuerySelector<IHtmlInputElement>("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.Value;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static Task<HttpResponseMessage> Slots(StaffClient client, Prisoner prisoner, IEnumerable<KeyValuePair<string, string>> answers) =>
        Post(client, $"/visits/video/book/{prisoner.Id}/slots", answers);

    public static Task<HttpResponseMessage> Book(StaffClient client, Prisoner prisoner, IEnumerable<KeyValuePair<string, string>> answers) =>
        Post(client, $"/visits/video/book/{prisoner.Id}", answers);
}
