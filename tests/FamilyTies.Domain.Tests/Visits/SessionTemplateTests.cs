using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Domain.Tests.Visits;

public sealed class SessionTemplateTests
{
    // Monday 2 November 2026; Tuesday 3 November 2026.
    private static readonly DateOnly Monday = new(2026, 11, 2);
    private static readonly DateOnly Tuesday = new(2026, 11, 3);

    private static SessionTemplate Tuesdays(int everyWeeks = 1, DateOnly? validTo = null, bool active = true) => new()
    {
        Id = 1, RoomId = 1, Name = "Tuesday afternoon", DayOfWeek = DayOfWeek.Tuesday,
        StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0),
        ValidFrom = Monday, ValidTo = validTo, WeeklyFrequency = everyWeeks, OpenCapacity = 30, Active = active,
    };

    [Fact]
    public void A_weekly_session_runs_on_its_weekday_only()
    {
        var s = Tuesdays();
        Assert.True(s.OccursOn(Tuesday));
        Assert.True(s.OccursOn(Tuesday.AddDays(7)));
        Assert.True(s.OccursOn(Tuesday.AddDays(7 * 30)));
        Assert.False(s.OccursOn(Tuesday.AddDays(1)));
        Assert.False(s.OccursOn(Monday));
    }

    [Theory]
    [InlineData(2, new[] { true, false, true, false, true })]
    [InlineData(3, new[] { true, false, false, true, false })]
    [InlineData(8, new[] { true, false, false, false, false })]
    public void Every_n_weeks_counts_from_the_valid_from_date(int everyWeeks, bool[] expected)
    {
        var s = Tuesdays(everyWeeks);
        var actual = Enumerable.Range(0, expected.Length).Select(w => s.OccursOn(Tuesday.AddDays(7 * w))).ToArray();
        Assert.Equal(expected, actual);
        Assert.True(s.OccursOn(Tuesday.AddDays(7 * everyWeeks * 5)));
    }

    [Fact]
    public void A_session_runs_only_between_its_valid_dates()
    {
        var s = Tuesdays(validTo: Tuesday.AddDays(14));
        Assert.False(s.OccursOn(Tuesday.AddDays(-7)));
        Assert.True(s.OccursOn(Tuesday));
        Assert.True(s.OccursOn(Tuesday.AddDays(14)));
        Assert.False(s.OccursOn(Tuesday.AddDays(21)));
    }

    [Fact]
    public void A_switched_off_session_never_runs() =>
        Assert.False(Tuesdays(active: false).OccursOn(Tuesday));

    [Fact]
    public void Every_prisoner_may_use_a_session_with_no_limits()
    {
        var s = Tuesdays();
        Assert.True(s.IsEligible(new Prisoner { Location = "A-1-001", IncentiveLevel = IncentiveLevel.Basic }));
        Assert.True(s.IsEligible(new Prisoner { Location = "", IncentiveLevel = IncentiveLevel.Enhanced }));
    }

    [Theory]
    [InlineData("A-1-001", true)]
    [InlineData("a-2-010", true)]
    [InlineData("B-1-004", true)]
    [InlineData("B-2-004", false)]
    [InlineData("C-1-001", false)]
    public void Location_prefixes_limit_a_session(string location, bool eligible)
    {
        var s = Tuesdays();
        s.Locations = "A, B-1";
        Assert.Equal(eligible, s.IsEligible(new Prisoner { Location = location }));
    }

    [Theory]
    [InlineData(IncentiveLevel.Basic, false)]
    [InlineData(IncentiveLevel.Standard, true)]
    [InlineData(IncentiveLevel.Enhanced, true)]
    public void Incentive_levels_limit_a_session(IncentiveLevel level, bool eligible)
    {
        var s = Tuesdays();
        s.IncentiveLevels = "Standard,Enhanced";
        Assert.Equal(eligible, s.IsEligible(new Prisoner { Location = "A-1-001", IncentiveLevel = level }));
    }

    [Fact]
    public void Both_limits_must_be_met()
    {
        var s = Tuesdays();
        s.Locations = "A";
        s.IncentiveLevels = "Enhanced";
        Assert.True(s.IsEligible(new Prisoner { Location = "A-1-001", IncentiveLevel = IncentiveLevel.Enhanced }));
        Assert.False(s.IsEligible(new Prisoner { Location = "A-1-001", IncentiveLevel = IncentiveLevel.Standard }));
        Assert.False(s.IsEligible(new Prisoner { Location = "B-1-001", IncentiveLevel = IncentiveLevel.Enhanced }));
    }

    [Theory]
    [InlineData(16, 59, false)]
    [InlineData(17, 0, true)]
    [InlineData(18, 30, true)]
    [InlineData(9, 0, false)]
    public void Evening_sessions_start_at_5pm_or_later(int hour, int minute, bool evening)
    {
        var s = Tuesdays();
        s.StartTime = new TimeOnly(hour, minute);
        Assert.Equal(evening, s.IsEvening);
    }

    [Theory]
    [InlineData(DayOfWeek.Friday, false)]
    [InlineData(DayOfWeek.Saturday, true)]
    [InlineData(DayOfWeek.Sunday, true)]
    [InlineData(DayOfWeek.Monday, false)]
    public void Weekend_sessions_are_on_saturday_or_sunday(DayOfWeek day, bool weekend)
    {
        var s = Tuesdays();
        s.DayOfWeek = day;
        Assert.Equal(weekend, s.IsWeekend);
    }

    [Fact]
    public void A_block_covers_its_date_and_session_or_the_whole_day_until_removed()
    {
        var wholeDay = new BlockedDate { Date = Tuesday, Reason = "Staff training" };
        var oneSession = new BlockedDate { Date = Tuesday, SessionTemplateId = 1, Reason = "Search" };
        Assert.True(wholeDay.Blocks(1, Tuesday));
        Assert.True(wholeDay.Blocks(2, Tuesday));
        Assert.False(wholeDay.Blocks(1, Tuesday.AddDays(7)));
        Assert.True(oneSession.Blocks(1, Tuesday));
        Assert.False(oneSession.Blocks(2, Tuesday));
        oneSession.Removed = true;
        Assert.False(oneSession.Blocks(1, Tuesday));
    }
}

public sealed class SessionTimetableTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static SessionTemplate Session(int start, int end, int everyWeeks = 1, DateOnly? from = null, DateOnly? to = null, int room = 1) => new()
    {
        RoomId = room, DayOfWeek = DayOfWeek.Tuesday, StartTime = new TimeOnly(start, 0), EndTime = new TimeOnly(end, 0),
        ValidFrom = from ?? Monday, ValidTo = to, WeeklyFrequency = everyWeeks, OpenCapacity = 10,
    };

    [Fact]
    public void Overlapping_times_in_the_same_room_clash()
    {
        Assert.True(SessionTimetable.Clash(Session(14, 16), Session(15, 17)));
        Assert.Equal(new DateOnly(2026, 11, 3), SessionTimetable.FirstSharedDate(Session(14, 16), Session(15, 17)));
    }

    [Fact]
    public void Back_to_back_sessions_another_room_or_another_day_do_not_clash()
    {
        Assert.False(SessionTimetable.Clash(Session(14, 16), Session(16, 18)));
        Assert.False(SessionTimetable.Clash(Session(14, 16), Session(14, 16, room: 2)));
        var wednesday = Session(14, 16);
        wednesday.DayOfWeek = DayOfWeek.Wednesday;
        Assert.False(SessionTimetable.Clash(Session(14, 16), wednesday));
    }

    [Fact]
    public void Alternate_weeks_share_a_room_without_clashing()
    {
        var weekA = Session(14, 16, everyWeeks: 2);
        var weekB = Session(14, 16, everyWeeks: 2, from: Monday.AddDays(7));
        Assert.False(SessionTimetable.Clash(weekA, weekB));
        Assert.True(SessionTimetable.Clash(weekA, Session(14, 16, everyWeeks: 3, from: Monday.AddDays(7))));
    }

    [Fact]
    public void Sessions_whose_dates_do_not_overlap_do_not_clash()
    {
        var old = Session(14, 16, to: Monday.AddDays(20));
        var replacement = Session(14, 16, from: Monday.AddDays(21));
        Assert.False(SessionTimetable.Clash(old, replacement));
    }

    [Fact]
    public void The_next_occurrence_respects_the_start_date_and_every_n_weeks()
    {
        var fortnightly = Session(14, 16, everyWeeks: 2);
        Assert.Equal(new DateOnly(2026, 11, 3), SessionTimetable.NextOccurrence(fortnightly, Monday));
        Assert.Equal(new DateOnly(2026, 11, 17), SessionTimetable.NextOccurrence(fortnightly, new DateOnly(2026, 11, 4)));
        Assert.Equal(new DateOnly(2026, 12, 1), SessionTimetable.NextOccurrence(Session(14, 16, from: new DateOnly(2026, 11, 30)), Monday));
        Assert.Null(SessionTimetable.NextOccurrence(Session(14, 16, to: new DateOnly(2026, 11, 10)), new DateOnly(2026, 11, 11)));
    }

    private static SessionTemplate On(DayOfWeek day, int start, int end, int everyWeeks = 1, DateOnly? from = null)
    {
        var session = Session(start, end, everyWeeks, from);
        session.DayOfWeek = day;
        return session;
    }

    [Fact]
    public void The_last_and_first_dates_there_are_never_overflow()
    {
        var last = DateOnly.MaxValue; // Friday 31 December 9999
        var wednesdays = On(DayOfWeek.Wednesday, 14, 16);
        var wednesdaysFromTheEnd = On(DayOfWeek.Wednesday, 15, 17, from: last);
        Assert.Null(SessionTimetable.FirstSharedDate(wednesdays, wednesdaysFromTheEnd));
        Assert.Null(SessionTimetable.FirstSharedDate(wednesdaysFromTheEnd, wednesdays));
        Assert.Null(SessionTimetable.NextOccurrence(wednesdays, last));

        // Two every-8-weeks patterns that never meet before the calendar ends.
        var everyEighthA = On(DayOfWeek.Friday, 14, 16, everyWeeks: 8, from: last.AddDays(-7 * 5));
        var everyEighthB = On(DayOfWeek.Friday, 15, 17, everyWeeks: 8, from: last.AddDays(-7 * 4));
        Assert.Null(SessionTimetable.FirstSharedDate(everyEighthA, everyEighthB));
        Assert.Null(SessionTimetable.NextOccurrence(everyEighthA, last.AddDays(-7 * 4)));

        // The very last day still counts.
        Assert.Equal(last, SessionTimetable.FirstSharedDate(On(DayOfWeek.Friday, 14, 16), On(DayOfWeek.Friday, 15, 17, from: last)));
        Assert.Equal(last, SessionTimetable.NextOccurrence(On(DayOfWeek.Friday, 14, 16), last.AddDays(-1)));
        Assert.Equal(DateOnly.MinValue, SessionTimetable.WeekStarting(DateOnly.MinValue));
        Assert.Equal(new DateOnly(1, 1, 1), SessionTimetable.NextOccurrence(On(DayOfWeek.Monday, 14, 16, from: DateOnly.MinValue), DateOnly.MinValue));
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        Assert.Equal(Monday, SessionTimetable.WeekStarting(Monday));
        Assert.Equal(Monday, SessionTimetable.WeekStarting(new DateOnly(2026, 11, 8)));
        Assert.Equal(Monday.AddDays(7), SessionTimetable.WeekStarting(new DateOnly(2026, 11, 9)));
    }
}
