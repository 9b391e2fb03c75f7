using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Two establishments of their own, with family days, forums, schemes and surveys a reader can count (the figures
/// are worked out beside the rows). "Now" is 10 December 2026; October 2026 is the month counted, August 2026 has
/// none of the month's rows; establishment B's rows never count for A.
/// </summary>
public sealed class FamilyDayMeasuresWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);

    public FamilyTiesApp App { get; } = new(seed: false);
    public int A { get; private set; }
    public int B { get; private set; }

    private FamilyTiesDbContext Db(int establishment) => App.Db(establishment, new FakeTimeProvider(Now));

    public async Task InitializeAsync()
    {
        _ = App.Server;
        await using (var db = App.Db())
        {
            var a = Establishment("FDA", "HMP Family Days A");
            var b = Establishment("FDB", "HMP Family Days B");
            db.Establishments.AddRange(a, b);
            await db.SaveChangesAsync();
            (A, B) = (a.Id, b.Id);
        }
        await ArrangeA();
        await ArrangeB();
    }

    private static Establishment Establishment(string code, string name) => new()
    {
        Code = code, Name = name, Type = EstablishmentType.MaleCategoryC, OperationalCapacity = 500, FamilyDaysPerYearTarget = 12,
        SwitchboardNumber = "01234 567890", SwitchboardHours = "Always", OutOfHoursNumber = "01234 567891", OutOfHoursHours = "Always",
        VisitsBookingNumber = "01234 567892", VisitsBookingHours = "Weekdays", SaferCustodyNumber = "01234 567893", SaferCustodyHours = "Weekdays",
        FamilyServiceProvider = "Pact",
    };

    private static FamilyDay Day(int month, int day, int start, int end, bool school = false, bool cancelled = false, int year = 2026) => new()
    {
        Title = $"Day {year}-{month}-{day}", Date = new DateOnly(year, month, day), StartTime = new TimeOnly(start, 0), EndTime = new TimeOnly(end, 0),
        Venue = "Hall", CapacityFamilies = 10, CapacityPeople = 30, Organiser = "Pact", InSchoolHours = school, Cancelled = cancelled,
    };

    private static Prisoner Prisoner(string number) => new()
    {
        PrisonNumber = number, FirstName = "Test", LastName = number, DateOfBirth = new DateOnly(1990, 1, 1), Location = "A-1-01", Nationality = "British",
    };

    private static ForumAction Action(int month, int day, DateOnly? doneOn = null) => new()
    {
        YouSaid = "More seats", Owner = "Governor", DueDate = new DateOnly(2026, month, day), DoneOn = doneOn,
        Status = doneOn is null ? ForumActionStatus.Open : ForumActionStatus.Done,
    };

    private static SurveyRound Round(SurveyAudience audience, int month, int day, int responses, decimal onTime) => new()
    {
        Audience = audience, Date = new DateOnly(2026, month, day), Responses = responses, Title = "Survey",
        Questions = [new SurveyQuestion { Text = SurveyQuestion.VisitStartedOnTime, PercentPositive = onTime }, new SurveyQuestion { Text = "Were staff kind?", PercentPositive = 90 }],
    };

    private async Task ArrangeA()
    {
        await using var db = Db(A);
        // Held in 2026 by the end of October: 14 March (5 hours), 7 October (4 hours, school hours), 24 October (3 hours): 3.
        // 28 October is cancelled; 20 December 2025 is last year; 20 December 2026 has not happened yet.
        // October: 2 days held, 1 outside school hours = 50%, mean (4 + 3) / 2 = 3.5 hours. August: none held; 1 held this year.
        var march = Day(3, 14, 10, 15);
        var oct7 = Day(10, 7, 10, 14, school: true);
        var oct24 = Day(10, 24, 13, 16);
        db.FamilyDays.AddRange(march, oct7, oct24, Day(10, 28, 10, 12, cancelled: true), Day(12, 20, 10, 15, year: 2025), Day(12, 20, 10, 15));
        var p1 = Prisoner("F1001AA");
        var p2 = Prisoner("F1002AA");
        var p3 = Prisoner("F1003AA");
        var p4 = Prisoner("F1004AA");
        db.Prisoners.AddRange(p1, p2, p3, p4);
        var contact = new Contact { CreatedInEstablishmentId = A, FirstName = "Pat", LastName = "Family", DateOfBirth = new DateOnly(1990, 1, 1) };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        // Families who came in October: p1 (prisoner came) and p4 (a family member came) = 2. p2 approved but nobody came; p3 declined.
        db.FamilyDayApplications.AddRange(
            new FamilyDayApplication { FamilyDayId = oct7.Id, PrisonerId = p1.Id, Status = ApplicationStatus.Approved, PrisonerAttended = true },
            new FamilyDayApplication { FamilyDayId = oct7.Id, PrisonerId = p2.Id, Status = ApplicationStatus.Approved, PrisonerAttended = false,
                Guests = [new FamilyDayGuest { ContactId = contact.Id, Attended = false }] },
            new FamilyDayApplication { FamilyDayId = oct7.Id, PrisonerId = p3.Id, Status = ApplicationStatus.Declined, PrisonerAttended = true },
            new FamilyDayApplication { FamilyDayId = oct24.Id, PrisonerId = p4.Id, Status = ApplicationStatus.Approved,
                Guests = [new FamilyDayGuest { ContactId = contact.Id, Attended = true, Child = true, BookTitle = "Gruffalo" }] });

        // Forums 15 July and 5 October: 26 days since the last on 31 October; 47 on 31 August.
        // Actions overdue on 31 October: due 10 October (open) and due 25 October (done 5 November) = 2. Due 20 October and done
        // 15 October is not; due 15 November is not yet. On 31 August none was due.
        db.Forums.AddRange(
            new Forum { Date = new DateOnly(2026, 7, 15), ChairedBy = "Governor", Topics = "Parking" },
            new Forum { Date = new DateOnly(2026, 10, 5), ChairedBy = "Governor", Topics = "Toys",
                Actions = [Action(10, 10), Action(10, 20, new DateOnly(2026, 10, 15)), Action(10, 25, new DateOnly(2026, 11, 5)), Action(11, 15)] });

        // Schemes in October: p1 (two schemes, counted once) and p3 (completed 15 October) = 2. p2 left on 30 September.
        // August: p2 (May to September) and p3 (from 1 August) = 2.
        var storybook = new Scheme { Name = "Storybook Dads" };
        var readers = new Scheme { Name = "Raising Readers" };
        db.Schemes.AddRange(storybook, readers);
        db.SchemeParticipations.AddRange(
            new SchemeParticipation { Scheme = storybook, PrisonerId = p1.Id, StartDate = new DateOnly(2026, 9, 1) },
            new SchemeParticipation { Scheme = readers, PrisonerId = p1.Id, StartDate = new DateOnly(2026, 10, 10) },
            new SchemeParticipation { Scheme = readers, PrisonerId = p2.Id, StartDate = new DateOnly(2026, 5, 1), Status = ParticipationStatus.Left, EndDate = new DateOnly(2026, 9, 30) },
            new SchemeParticipation { Scheme = storybook, PrisonerId = p3.Id, StartDate = new DateOnly(2026, 8, 1), Status = ParticipationStatus.Completed, EndDate = new DateOnly(2026, 10, 15) });

        // Visitors said their visit started on time: 79% on 30 June, 85% on 15 October. A prisoners' round (40%) does not count.
        db.SurveyRounds.AddRange(Round(SurveyAudience.Visitors, 6, 30, 120, 79), Round(SurveyAudience.Visitors, 10, 15, 90, 85), Round(SurveyAudience.Prisoners, 10, 20, 200, 40));
        await db.SaveChangesAsync();
    }

    private async Task ArrangeB()
    {
        await using var db = Db(B);
        // B: one 6-hour day on 10 October outside school hours, a forum on 30 September with an action due 1 October left open,
        // one prisoner in a scheme, visitors 60% on time on 1 October.
        var day = Day(10, 10, 10, 16);
        db.FamilyDays.Add(day);
        var p = Prisoner("F2001BB");
        db.Prisoners.Add(p);
        await db.SaveChangesAsync();
        db.FamilyDayApplications.Add(new FamilyDayApplication { FamilyDayId = day.Id, PrisonerId = p.Id, Status = ApplicationStatus.Approved, PrisonerAttended = true });
        db.Forums.Add(new Forum { Date = new DateOnly(2026, 9, 30), ChairedBy = "Deputy", Topics = "Food", Actions = [Action(10, 1)] });
        db.SchemeParticipations.Add(new SchemeParticipation { Scheme = new Scheme { Name = "Homework club" }, PrisonerId = p.Id, StartDate = new DateOnly(2026, 1, 1) });
        db.SurveyRounds.Add(Round(SurveyAudience.Visitors, 10, 1, 50, 60));
        await db.SaveChangesAsync();
    }

    public async Task<MeasureResults> Month(int establishment, DateOnly month)
    {
        await using var db = Db(establishment);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, Now)]);
        return await MeasureRegistry.ComputeAsync(q, Keys.Select(MeasureRegistry.Get));
    }

    public static readonly string[] Keys =
    [
        "familydays.held_ytd", "familydays.target_ytd", "familydays.outside_school_hours_pct", "familydays.mean_length_hours", "familydays.families_attended",
        "forums.days_since_last", "forums.actions_overdue", "schemes.participants", "surveys.visit_started_on_time_pct",
    ];

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Each measure of issue 11 on the hand-made rows of <see cref="FamilyDayMeasuresWorld"/>.</summary>
public sealed class FamilyDayMeasuresTests(FamilyDayMeasuresWorld world) : IClassFixture<FamilyDayMeasuresWorld>
{
    private static readonly DateOnly October = new(2026, 10, 1);
    private static readonly DateOnly August = new(2026, 8, 1);

    private static string Figure(MeasureValue v) => v.Value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    [Theory]
    [InlineData("familydays.held_ytd", "3", "1", "1")]
    [InlineData("familydays.target_ytd", "10", "8", "10")]
    [InlineData("familydays.outside_school_hours_pct", "50", "", "100")]
    [InlineData("familydays.mean_length_hours", "3.5", "", "6")]
    [InlineData("familydays.families_attended", "2", "0", "1")]
    [InlineData("forums.days_since_last", "26", "47", "31")]
    [InlineData("forums.actions_overdue", "2", "0", "1")]
    [InlineData("schemes.participants", "2", "2", "1")]
    [InlineData("surveys.visit_started_on_time_pct", "85", "79", "60")]
    public async Task October_August_and_the_other_establishment_count_what_a_reader_counts(string key, string october, string august, string otherOctober)
    {
        Assert.Equal(october, Figure((await world.Month(world.A, October)).Value(key, world.A, 0)));
        Assert.Equal(august, Figure((await world.Month(world.A, August)).Value(key, world.A, 0)));
        Assert.Equal(otherOctober, Figure((await world.Month(world.B, October)).Value(key, world.B, 0)));
    }

    [Fact]
    public async Task Held_this_year_counts_per_London_year_and_only_days_that_have_come()
    {
        // December 2026 (now 10 December): the 20 December day has not come; January 2026 starts the count again.
        Assert.Equal("3", Figure((await world.Month(world.A, new DateOnly(2026, 12, 1))).Value("familydays.held_ytd", world.A, 0)));
        Assert.Equal("0", Figure((await world.Month(world.A, new DateOnly(2026, 1, 1))).Value("familydays.held_ytd", world.A, 0)));
        Assert.Equal("1", Figure((await world.Month(world.A, new DateOnly(2025, 12, 1))).Value("familydays.held_ytd", world.A, 0)));
    }

    [Fact]
    public async Task The_national_query_gives_each_establishment_its_own_figures()
    {
        await using var db = world.App.Db(null, new FakeTimeProvider(FamilyDayMeasuresWorld.Now));
        var q = await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(October, FamilyDayMeasuresWorld.Now)]);
        var results = await MeasureRegistry.ComputeAsync(q, FamilyDayMeasuresWorld.Keys.Select(MeasureRegistry.Get));
        Assert.Equal("3", Figure(results.Value("familydays.held_ytd", world.A, 0)));
        Assert.Equal("1", Figure(results.Value("familydays.held_ytd", world.B, 0)));
        Assert.Equal("2", Figure(results.Value("forums.actions_overdue", world.A, 0)));
    }

    [Fact]
    public async Task Drill_down_rows_match_the_counts()
    {
        await using var db = world.App.Db(world.A, new FakeTimeProvider(FamilyDayMeasuresWorld.Now));
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(October, FamilyDayMeasuresWorld.Now)]);
        Assert.Equal(3, (await MeasureRegistry.Get("familydays.held_ytd").Drill(q, 0, 50)).Total);
        Assert.Equal(2, (await MeasureRegistry.Get("familydays.families_attended").Drill(q, 0, 50)).Total);
        Assert.Equal(2, (await MeasureRegistry.Get("forums.actions_overdue").Drill(q, 0, 50)).Total);
        Assert.Equal(3, (await MeasureRegistry.Get("schemes.participants").Drill(q, 0, 50)).Total); // p1's two schemes and p3's
    }
}
