using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Regular contact and the cohort contact shares counting video calls (issue 9: "more than one visit or video call"),
/// on two establishments of their own. "Now" is 10 December 2026; October 2026 is counted; August 2026 is empty
/// (nobody had arrived). Every prisoner arrived on 1 September 2026 and is British unless noted.
/// </summary>
public sealed class ContactMeasuresWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly August = new(2026, 8, 1);

    public FamilyTiesApp App { get; } = new(seed: false);
    public int A { get; private set; }
    public int B { get; private set; }

    public FamilyTiesDbContext Db(int establishment) => App.Db(establishment, new FakeTimeProvider(Now));

    private static DateOnly D(int day) => new(2026, 10, day);

    public async Task InitializeAsync()
    {
        _ = App.Server; // migrate
        await using (var db = App.Db())
        {
            var a = Establishment("RCA", "HMP Regular Contact A");
            var b = Establishment("RCB", "HMP Regular Contact B");
            db.Establishments.AddRange(a, b);
            await db.SaveChangesAsync();
            (A, B) = (a.Id, b.Id);
        }
        // A, October. The roll is 5.
        // Visitcall: a visit attended on 6 October and a video call delivered on 13 October: 2 contacts, counts.
        // Unresolved: a visit attended on 6 October; a call on 14 October with nothing recorded (unresolved) and a call on
        //   15 October cancelled (its outcome says delivered, but a cancelled call counts nowhere): 1 contact, does not count.
        // Twocalls (Polish, a foreign national): calls delivered on 7 and 20 October, no visit: 2 contacts, counts.
        // Noshow: a visit attended on 6 October and a call on 21 October the prisoner did not come to: 1 contact.
        // Nobody: nothing.
        // Regular contact: 2 (Visitcall, Twocalls) of 5 = 40%.
        // Foreign nationals' contact in 90 days: Twocalls, by video call only: 1 of 1 = 100%.
        // Others' contact in 90 days: Visitcall, Unresolved, Noshow of the 4 British: 75%.
        // Others' visit in the month (visits only, the calls are not visits): Visitcall, Unresolved, Noshow of 5 = 60%.
        await Arrange(A, "RA",
        [
            new("Visitcall", "British", [6], [(13, VideoCallOutcome.Delivered, VideoCallStatus.Booked)]),
            new("Unresolved", "British", [6], [(14, null, VideoCallStatus.Booked), (15, VideoCallOutcome.Delivered, VideoCallStatus.Cancelled)]),
            new("Twocalls", "Polish", [], [(7, VideoCallOutcome.Delivered, VideoCallStatus.Booked), (20, VideoCallOutcome.Delivered, VideoCallStatus.Booked)]),
            new("Noshow", "British", [6], [(21, VideoCallOutcome.NoShow, VideoCallStatus.Booked)]),
            new("Nobody", "British", [], []),
        ]);
        // B, October: one prisoner with a visit attended and a call delivered: 1 of 1 = 100%. B's rows never count for A.
        await Arrange(B, "RB",
        [
            new("Bvisitcall", "British", [3], [(8, VideoCallOutcome.Delivered, VideoCallStatus.Booked)]),
        ]);
    }

    public sealed record PrisonerSpec(string Name, string Nationality, int[] VisitDays, (int Day, VideoCallOutcome? Outcome, VideoCallStatus Status)[] Calls);

    private static Establishment Establishment(string code, string name) => new()
    {
        Code = code, Name = name, Type = EstablishmentType.MaleCategoryC, OperationalCapacity = 500, VideoCallMinutesPerMonth = 60,
        SwitchboardNumber = "01234 567890", SwitchboardHours = "Always", OutOfHoursNumber = "01234 567891", OutOfHoursHours = "Always",
        VisitsBookingNumber = "01234 567892", VisitsBookingHours = "Weekdays", SaferCustodyNumber = "01234 567893", SaferCustodyHours = "Weekdays",
        FamilyServiceProvider = "Pact",
    };

    private async Task Arrange(int establishment, string prefix, PrisonerSpec[] prisoners)
    {
        await using var db = Db(establishment);
        var room = new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 10 };
        var contact = new Contact { CreatedInEstablishmentId = establishment, FirstName = "Pat", LastName = "Family", DateOfBirth = new DateOnly(1970, 1, 1) };
        var session = new VideoSession { Resource = new VideoResource { Name = "Booth", Location = "A" }, DayOfWeek = DayOfWeek.Monday, StartTime = new(10, 0), EndTime = new(10, 30) };
        db.AddRange(room, contact, session);
        await db.SaveChangesAsync();
        var template = new SessionTemplate
        {
            Name = "Afternoon", RoomId = room.Id, DayOfWeek = DayOfWeek.Tuesday, StartTime = new(14, 0), EndTime = new(16, 0), ValidFrom = new DateOnly(2026, 9, 1),
            OpenCapacity = 10, ClosedCapacity = 0,
        };
        db.SessionTemplates.Add(template);
        await db.SaveChangesAsync();
        var n = 0;
        foreach (var spec in prisoners)
        {
            var prisoner = new Prisoner
            {
                PrisonNumber = $"{prefix}{++n:D3}AA", FirstName = "Test", LastName = spec.Name, DateOfBirth = new DateOnly(1990, 1, 1), Location = "A-1",
                Nationality = spec.Nationality, ReceptionDate = new DateOnly(2026, 9, 1),
            };
            db.Prisoners.Add(prisoner);
            await db.SaveChangesAsync();
            foreach (var day in spec.VisitDays)
            {
                var slot = new SessionSlot { SessionTemplateId = template.Id, Date = D(day).AddDays(100 * n), BookedOpen = 1 };
                db.SessionSlots.Add(slot);
                await db.SaveChangesAsync();
                var visit = new Visit
                {
                    Reference = VisitReference.New(), PrisonerId = prisoner.Id, SessionSlotId = slot.Id, Date = D(day), StartTime = new(14, 0), EndTime = new(16, 0),
                    Status = VisitStatus.Booked,
                };
                db.Visits.Add(visit);
                await db.SaveChangesAsync();
                db.VisitAttendances.Add(new VisitAttendance { VisitId = visit.Id, PrisonerId = prisoner.Id, Date = visit.Date, Outcome = VisitOutcome.Completed });
            }
            foreach (var (day, outcome, status) in spec.Calls)
            {
                db.VideoCalls.Add(new VideoCall
                {
                    Reference = $"{prefix}-{n}-{day}", PrisonerId = prisoner.Id, Slot = new VideoSlot { VideoSessionId = session.Id, Date = D(day).AddDays(1000 + 100 * n), Booked = 1 },
                    VideoResourceId = session.VideoResourceId, Date = D(day), StartTime = new(10, 0), EndTime = new(10, 30), Status = status, Kind = VideoCallKind.Allowance,
                    Outcome = outcome, DeliveredMinutes = outcome == VideoCallOutcome.Delivered ? 30 : null,
                    Participants = [new VideoCallParticipant { ContactId = contact.Id, MainCaller = true }],
                });
            }
            await db.SaveChangesAsync();
        }
    }

    public async Task<MeasureResults> Month(int establishment, DateOnly month)
    {
        await using var db = Db(establishment);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, Now)]);
        return await MeasureRegistry.ComputeAsync(q, Keys.Select(MeasureRegistry.Get));
    }

    public static readonly string[] Keys = ["contact.regular_pct", "foreignnationals.contact_90d_pct", "others.contact_90d_pct", "others.visit_last_month_pct"];

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ContactMeasuresTests(ContactMeasuresWorld world) : IClassFixture<ContactMeasuresWorld>
{
    private static string Figures(MeasureValue v) =>
        string.Join("/", new[] { v.Value, v.Numerator, v.Denominator }.Select(d => d?.ToString("0.#", CultureInfo.InvariantCulture) ?? ""));

    [Theory]
    [InlineData("contact.regular_pct", "40/2/5", "", "100/1/1")]
    [InlineData("foreignnationals.contact_90d_pct", "100/1/1", "", "/0/0")] // B has no foreign national: no figure
    [InlineData("others.contact_90d_pct", "75/3/4", "", "100/1/1")]
    [InlineData("others.visit_last_month_pct", "60/3/5", "", "100/1/1")]
    public async Task Delivered_video_calls_are_contact_and_unresolved_cancelled_or_missed_calls_are_not(string key, string october, string august, string otherOctober)
    {
        Assert.Equal(october, Figures((await world.Month(world.A, ContactMeasuresWorld.October)).Value(key, world.A, 0)));
        Assert.Equal(august, (await world.Month(world.A, ContactMeasuresWorld.August)).Value(key, world.A, 0).Value?.ToString(CultureInfo.InvariantCulture) ?? "");
        Assert.Equal(otherOctober, Figures((await world.Month(world.B, ContactMeasuresWorld.October)).Value(key, world.B, 0)));
    }

    [Fact]
    public async Task The_national_query_and_a_trend_give_the_same_figures()
    {
        await using var db = world.Db(world.A);
        var measures = ContactMeasuresWorld.Keys.Select(MeasureRegistry.Get).ToList();
        var october = MeasurePeriod.Month(ContactMeasuresWorld.October, ContactMeasuresWorld.Now);
        var national = await MeasureRegistry.ComputeAsync(await MeasureQuery.NationalAsync(db, [october]), measures);
        var trend = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, MeasurePeriod.Trend(ContactMeasuresWorld.October, 2, ContactMeasuresWorld.Now)), measures);
        var (a, b) = (await world.Month(world.A, ContactMeasuresWorld.October), await world.Month(world.B, ContactMeasuresWorld.October));
        foreach (var key in ContactMeasuresWorld.Keys)
        {
            Assert.Equal(a.Value(key, world.A, 0), national.Value(key, world.A, 0));
            Assert.Equal(b.Value(key, world.B, 0), national.Value(key, world.B, 0));
            Assert.Equal(a.Value(key, world.A, 0) with { Period = 2 }, trend.Value(key, world.A, 2));
        }
    }

    [Fact]
    public async Task The_measures_export_gives_the_same_figures_for_the_month()
    {
        // The CSV and Excel exports (GET /dashboard/measures.csv and .xlsx) are built from this table, one month computed alone.
        await using var db = world.Db(world.A);
        var table = await new FamilyTies.Web.Areas.Dashboard.Home.DashboardHandler(db).Summary(ContactMeasuresWorld.October);
        var rows = table.Rows.ToDictionary(r => r[0]);
        Assert.Equal(["40", "2", "5", "RCA", "2026-10"], (string[])[rows["contact.regular_pct"][2], rows["contact.regular_pct"][3], rows["contact.regular_pct"][4], rows["contact.regular_pct"][7], rows["contact.regular_pct"][8]]);
        Assert.Equal(["100", "1", "1"], (string[])[rows["foreignnationals.contact_90d_pct"][2], rows["foreignnationals.contact_90d_pct"][3], rows["foreignnationals.contact_90d_pct"][4]]);
        Assert.Equal(["60", "3", "5"], (string[])[rows["others.visit_last_month_pct"][2], rows["others.visit_last_month_pct"][3], rows["others.visit_last_month_pct"][4]]);
    }

    [Fact]
    public async Task The_regular_contact_rows_count_visits_and_delivered_calls()
    {
        await using var db = world.Db(world.A);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(ContactMeasuresWorld.October, ContactMeasuresWorld.Now)]);
        var rows = await MeasureRegistry.Get("contact.regular_pct").Drill(q, 0, 25);
        Assert.Equal(
            [("Nobody", "0", "No"), ("Noshow", "1", "No"), ("Twocalls", "2", "Yes"), ("Unresolved", "1", "No"), ("Visitcall", "2", "Yes")],
            rows.Rows.Select(r => (r[1].Split(',')[0], r[3], r[4])).OrderBy(r => r.Item1));
    }
}
