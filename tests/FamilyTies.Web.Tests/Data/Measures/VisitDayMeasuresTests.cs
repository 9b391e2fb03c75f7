using System.Globalization;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Two establishments of their own (X and Y) on an unseeded database, with rows a reader can count. "Now" is
/// 10 December 2026; October 2026 holds the rows; August 2026 has no visits or runs. Saturdays 2pm to 4pm.
/// </summary>
public sealed class VisitDayMeasuresWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly August = new(2026, 8, 1);

    public FamilyTiesApp App { get; } = new(seed: false);
    public int X { get; private set; }
    public int Y { get; private set; }

    public async Task InitializeAsync()
    {
        _ = App.Server;
        await using (var db = App.Db())
        {
            var x = Establishment("VDX", "HMP Visit Day X");
            var y = Establishment("VDY", "HMP Visit Day Y");
            db.Establishments.AddRange(x, y);
            await db.SaveChangesAsync();
            (X, Y) = (x.Id, y.Id);
        }
        await ArrangeX();
        await ArrangeY();
    }

    private static Establishment Establishment(string code, string name) => new()
    {
        Code = code, Name = name, Type = EstablishmentType.MaleCategoryC, OperationalCapacity = 500,
        SwitchboardNumber = "01234 567890", SwitchboardHours = "Always", OutOfHoursNumber = "01234 567891", OutOfHoursHours = "Always",
        VisitsBookingNumber = "01234 567892", VisitsBookingHours = "Weekdays", SaferCustodyNumber = "01234 567893", SaferCustodyHours = "Weekdays",
        FamilyServiceProvider = "Pact", NoVisitsShortLookbackDays = 90, NoVisitsLongLookbackDays = 180,
    };

    private static Prisoner Prisoner(string number, DateOnly received, PrisonerStatus status = PrisonerStatus.Active) => new()
    {
        PrisonNumber = number, FirstName = "Test", LastName = number, DateOfBirth = new DateOnly(1990, 1, 1), Location = "A-1-01",
        ReceptionDate = received, Status = status, Nationality = "British",
    };

    private sealed record Arranged(SessionTemplate Saturday, Dictionary<DateOnly, SessionSlot> Slots);

    private async Task<Arranged> Sessions(global::FamilyTies.Data.FamilyTiesDbContext db, params DateOnly[] dates)
    {
        var room = new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 12 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        var saturday = new SessionTemplate
        {
            Name = "Saturday afternoon", RoomId = room.Id, DayOfWeek = DayOfWeek.Saturday, StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0),
            ValidFrom = new DateOnly(2026, 1, 3), OpenCapacity = 10,
        };
        db.SessionTemplates.Add(saturday);
        await db.SaveChangesAsync();
        var slots = dates.ToDictionary(d => d, d => new SessionSlot { SessionTemplateId = saturday.Id, Date = d, BookedOpen = 1 });
        db.SessionSlots.AddRange(slots.Values);
        await db.SaveChangesAsync();
        return new Arranged(saturday, slots);
    }

    private static Visit Visit(Prisoner p, SessionSlot slot, VisitStatus status = VisitStatus.Booked) => new()
    {
        Reference = VisitReference.New(), PrisonerId = p.Id, SessionSlotId = slot.Id, Date = slot.Date, StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0),
        Status = status, CancelledAt = status == VisitStatus.Cancelled ? LondonTime.ToInstant(slot.Date, new TimeOnly(13, 0)) : null,
        CancellationReason = status == VisitStatus.Cancelled ? CancellationReason.VisitorCancelled : null,
    };

    private static VisitAttendance Outcome(Visit v, VisitOutcome outcome) => new() { VisitId = v.Id, PrisonerId = v.PrisonerId, Date = v.Date, Outcome = outcome };

    private static SessionRun Run(SessionSlot slot, int minutesLate, DelayCause? cause = null) => new()
    {
        SessionSlotId = slot.Id, Date = slot.Date, ScheduledStart = LondonTime.ToInstant(slot.Date, new TimeOnly(14, 0)),
        ScheduledEnd = LondonTime.ToInstant(slot.Date, new TimeOnly(16, 0)),
        StartedAt = LondonTime.ToInstant(slot.Date, new TimeOnly(14, 0).AddMinutes(minutesLate)), DelayCause = cause,
    };

    private async Task ArrangeX()
    {
        await using var db = App.Db(X, new FakeTimeProvider(Now));
        var (oct3, oct10, oct17, oct24, jul18) = (new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 17), new DateOnly(2026, 10, 24), new DateOnly(2026, 7, 18));
        var s = await Sessions(db, oct3, oct10, oct17, oct24, jul18);
        // Q1 to Q4 and Q8 arrived in January; Q7 on 1 June (here more than 90 days by 31 October, not 180); Q5 on 20 October (too new); Q6 released.
        var q = new[]
        {
            Prisoner("X0001QA", new(2026, 1, 5)), Prisoner("X0002QA", new(2026, 1, 5)), Prisoner("X0003QA", new(2026, 1, 5)), Prisoner("X0004QA", new(2026, 1, 5)),
            Prisoner("X0005QA", new(2026, 10, 20)), Prisoner("X0006QA", new(2026, 1, 5), PrisonerStatus.Released), Prisoner("X0007QA", new(2026, 6, 1)),
            Prisoner("X0008QA", new(2026, 1, 5)),
        };
        db.Prisoners.AddRange(q);
        await db.SaveChangesAsync();
        // October: V1 and V2 (Q1) completed; V3 (Q2) visitor did not arrive; V4 (Q2) turned away; V5 (Q3) no outcome: unresolved;
        // V6 (Q3) cancelled an hour before the start: no outcome, not a no-show; V7 (Q4) prisoner refused.
        // So: attended 2; outcomes 5, of which 1 no-show (20%); turned away 1; unresolved 1.
        // July: V8 (Q8) completed: inside the long look-back of 31 October, outside the short one.
        var v = new[]
        {
            Visit(q[0], s.Slots[oct3]), Visit(q[0], s.Slots[oct10]), Visit(q[1], s.Slots[oct10]), Visit(q[1], s.Slots[oct17]), Visit(q[2], s.Slots[oct17]),
            Visit(q[2], s.Slots[oct24], VisitStatus.Cancelled), Visit(q[3], s.Slots[oct24]), Visit(q[7], s.Slots[jul18]),
        };
        db.Visits.AddRange(v);
        await db.SaveChangesAsync();
        db.VisitAttendances.AddRange(Outcome(v[0], VisitOutcome.Completed), Outcome(v[1], VisitOutcome.Completed), Outcome(v[2], VisitOutcome.VisitorDidNotArrive),
            Outcome(v[3], VisitOutcome.TurnedAway), Outcome(v[6], VisitOutcome.PrisonerRefused), Outcome(v[7], VisitOutcome.Completed));
        // Runs: 3 October on time; 10 October 5 minutes late (not late); 17 October 6 minutes late (roll check); 24 October 29 minutes (no escort staff).
        // Punctual 2 of 4 = 50%; mean delay (0 + 5 + 6 + 29) / 4 = 10 minutes; late sessions 2. 24 October is the Saturday before the clocks go back.
        db.SessionRuns.AddRange(Run(s.Slots[oct3], 0), Run(s.Slots[oct10], 5), Run(s.Slots[oct17], 6, DelayCause.RollCheck), Run(s.Slots[oct24], 29, DelayCause.NoEscortStaff));
        // No visits on 31 October: short look-back (from 2 August): Q2, Q3, Q4, Q7, Q8 = 5; long (from 4 May): Q2, Q3, Q4 = 3.
        // Support offered within the short look-back to Q2 (5 October, taken up 12 October) and Q3 (1 September); Q4's offer of 1 July is too old: 2 of 5 = 40%.
        db.NoVisitsSupports.AddRange(
            new NoVisitsSupport { PrisonerId = q[1].Id, Kind = NoVisitsSupportKind.OfficialPrisonVisitor, OfferedOn = new(2026, 10, 5), TakenUpOn = new(2026, 10, 12) },
            new NoVisitsSupport { PrisonerId = q[2].Id, Kind = NoVisitsSupportKind.PenPal, OfferedOn = new(2026, 9, 1) },
            new NoVisitsSupport { PrisonerId = q[3].Id, Kind = NoVisitsSupportKind.PatDog, OfferedOn = new(2026, 7, 1) });
        // Help with Prison Visits: family C1 told on 3 and 10 October (one family), C2 on 17 October, C3 on 20 September: 2 families in October.
        var contacts = new[] { new Contact { CreatedInEstablishmentId = X, FirstName = "Cee", LastName = "One" }, new Contact { CreatedInEstablishmentId = X, FirstName = "Cee", LastName = "Two" }, new Contact { CreatedInEstablishmentId = X, FirstName = "Cee", LastName = "Three" } };
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync();
        db.HpvTolds.AddRange(
            new HpvTold { ContactId = contacts[0].Id, ToldOn = oct3, How = HpvToldHow.InPerson }, new HpvTold { ContactId = contacts[0].Id, ToldOn = oct10, How = HpvToldHow.Leaflet },
            new HpvTold { ContactId = contacts[1].Id, ToldOn = oct17, How = HpvToldHow.Phone }, new HpvTold { ContactId = contacts[2].Id, ToldOn = new(2026, 9, 20), How = HpvToldHow.Phone });
        await db.SaveChangesAsync();
    }

    private async Task ArrangeY()
    {
        await using var db = App.Db(Y, new FakeTimeProvider(Now));
        var oct3 = new DateOnly(2026, 10, 3);
        var s = await Sessions(db, oct3);
        // Y: one prisoner (here since January) with one completed visit on 3 October; the session started 30 minutes late (IT).
        var p = Prisoner("Y0001QA", new(2026, 1, 5));
        db.Prisoners.Add(p);
        await db.SaveChangesAsync();
        var v = Visit(p, s.Slots[oct3]);
        db.Visits.Add(v);
        await db.SaveChangesAsync();
        db.VisitAttendances.Add(Outcome(v, VisitOutcome.Completed));
        db.SessionRuns.Add(Run(s.Slots[oct3], 30, DelayCause.IT));
        await db.SaveChangesAsync();
    }

    public async Task<MeasureResults> Month(int establishment, DateOnly month)
    {
        await using var db = App.Db(establishment, new FakeTimeProvider(Now));
        return await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, Now)]));
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Each measure of issue 13 §8 on the hand-made rows of <see cref="VisitDayMeasuresWorld"/>.</summary>
public sealed class VisitDayMeasuresTests(VisitDayMeasuresWorld world) : IClassFixture<VisitDayMeasuresWorld>
{
    public static readonly string[] Issue13Keys =
    [
        "visits.attended", "visits.punctual_pct", "visits.mean_delay_minutes", "visits.delay_causes", "visits.no_show_pct", "visits.turned_away",
        "visits.unresolved_outcomes", "novisits.short_lookback", "novisits.long_lookback", "novisits.support_offered_pct", "hpv.families_told",
    ];

    [Theory]
    [InlineData("visits.attended", "2", "", "")]
    [InlineData("visits.punctual_pct", "50", "2", "4")]
    [InlineData("visits.mean_delay_minutes", "10", "", "")]
    [InlineData("visits.delay_causes", "2", "", "")]
    [InlineData("visits.no_show_pct", "20", "1", "5")]
    [InlineData("visits.turned_away", "1", "", "")]
    [InlineData("visits.unresolved_outcomes", "1", "", "")]
    [InlineData("novisits.short_lookback", "5", "", "")]
    [InlineData("novisits.long_lookback", "3", "", "")]
    [InlineData("novisits.support_offered_pct", "40", "2", "5")]
    [InlineData("hpv.families_told", "2", "", "")]
    // Regular contact counts attended visits only: Q1's two; Q2 (two visits, none attended) does not count. Roll at 31 October: Q1-Q5, Q7, Q8.
    [InlineData("contact.regular_pct", "14.3", "1", "7")]
    public async Task October_counts_what_a_reader_counts(string key, string value, string numerator, string denominator)
    {
        var results = await world.Month(world.X, VisitDayMeasuresWorld.October);
        Assert.Equal((value, numerator, denominator), Figures(results.Value(key, world.X, 0)));
    }

    [Theory]
    [InlineData("visits.attended", "0")]
    [InlineData("visits.punctual_pct", "")]
    [InlineData("visits.mean_delay_minutes", "")]
    [InlineData("visits.delay_causes", "0")]
    [InlineData("visits.no_show_pct", "")]
    [InlineData("visits.turned_away", "0")]
    [InlineData("visits.unresolved_outcomes", "0")]
    [InlineData("hpv.families_told", "0")]
    public async Task An_empty_month_has_nothing_to_count(string key, string value)
    {
        var results = await world.Month(world.X, VisitDayMeasuresWorld.August);
        Assert.Equal(value, Figures(results.Value(key, world.X, 0)).Value);
    }

    [Theory]
    [InlineData("visits.attended", "1")]
    [InlineData("visits.punctual_pct", "0")]
    [InlineData("visits.mean_delay_minutes", "30")]
    [InlineData("visits.delay_causes", "1")]
    [InlineData("visits.no_show_pct", "0")]
    [InlineData("visits.turned_away", "0")]
    [InlineData("visits.unresolved_outcomes", "0")]
    [InlineData("novisits.short_lookback", "0")]
    [InlineData("hpv.families_told", "0")]
    public async Task Another_establishments_rows_count_only_for_it(string key, string value)
    {
        var results = await world.Month(world.Y, VisitDayMeasuresWorld.October);
        Assert.Equal([world.Y], results.Query.Establishments.Keys);
        Assert.Equal(value, Figures(results.Value(key, world.Y, 0)).Value);
    }

    [Fact]
    public async Task The_delay_causes_drill_down_gives_each_late_session_and_its_cause()
    {
        await using var db = world.App.Db(world.X, new FakeTimeProvider(VisitDayMeasuresWorld.Now));
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(VisitDayMeasuresWorld.October, VisitDayMeasuresWorld.Now)]);
        var late = await MeasureRegistry.Get("visits.delay_causes").Drill(q, 0, 25);
        Assert.Equal(2, late.Total);
        Assert.Equal(["Roll check", "No escort staff"], late.Rows.Select(r => r[^1]));
        Assert.Equal(["6", "29"], late.Rows.Select(r => r[4]));
        var unresolved = await MeasureRegistry.Get("visits.unresolved_outcomes").Drill(q, 0, 25);
        Assert.Equal(["X0003QA"], unresolved.Rows.Select(r => r[3]));
    }

    [Fact]
    public async Task The_national_query_gives_each_establishment_the_figures_of_its_own_query()
    {
        await using var db = world.App.Db(world.X, new FakeTimeProvider(VisitDayMeasuresWorld.Now));
        var national = await MeasureRegistry.ComputeAsync(await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(VisitDayMeasuresWorld.October, VisitDayMeasuresWorld.Now)]),
            Issue13Keys.Select(MeasureRegistry.Get));
        var (x, y) = (await world.Month(world.X, VisitDayMeasuresWorld.October), await world.Month(world.Y, VisitDayMeasuresWorld.October));
        foreach (var key in Issue13Keys)
        {
            Assert.Equal(x.Value(key, world.X, 0), national.Value(key, world.X, 0));
            Assert.Equal(y.Value(key, world.Y, 0), national.Value(key, world.Y, 0));
        }
    }

    private static (string Value, string Numerator, string Denominator) Figures(MeasureValue v)
    {
        static string S(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
        return (S(v.Value), S(v.Numerator), S(v.Denominator));
    }
}
