using FamilyTies.Domain.CareExperienced;

namespace FamilyTies.Domain.Tests.CareExperienced;

/// <summary>
/// The care-leaver rule at each edge. The person was born on 10 March 2004: 14th birthday 10 March 2018, 16th
/// 10 March 2020, 18th 10 March 2022, 25th 10 March 2029. 13 weeks is 91 days, counted inclusive.
/// </summary>
public sealed class CareLeaverStatusTests
{
    private static readonly DateOnly Born = new(2004, 3, 10);
    private static readonly DateOnly Fourteenth = new(2018, 3, 10);
    private static readonly DateOnly Sixteenth = new(2020, 3, 10);
    private static readonly DateOnly Eighteenth = new(2022, 3, 10);
    private static readonly DateOnly TwentyFifth = new(2029, 3, 10);

    private static CareLeaverStatus On(DateOnly on, params LookedAfterPeriod[] periods) => CareLeaverStatus.On(Born, periods, on);

    [Fact]
    public void Thirteen_weeks_ending_on_the_16th_birthday_meet_the_test()
    {
        // 91 days: 10 December 2019 to 10 March 2020 inclusive.
        var status = On(new DateOnly(2023, 1, 1), new LookedAfterPeriod(Sixteenth.AddDays(-90), Sixteenth));
        Assert.Equal((CareLeaverCategory.FormerRelevant, 91, true), (status.Category, status.DaysLookedAfterSince14, status.LookedAfterSince16));
    }

    [Fact]
    public void One_day_short_of_13_weeks_is_qualifying_not_former_relevant()
    {
        var status = On(new DateOnly(2023, 1, 1), new LookedAfterPeriod(Sixteenth.AddDays(-89), Sixteenth));
        Assert.Equal((CareLeaverCategory.Qualifying, 90), (status.Category, status.DaysLookedAfterSince14));
    }

    [Fact]
    public void Time_before_the_14th_birthday_does_not_count()
    {
        // From 1 January 2018 to 10 March 2020: only the days from 10 March 2018 count (732), so the test is met either way;
        // a period that ends the day before the 14th birthday counts nothing.
        Assert.Equal(0, On(new DateOnly(2023, 1, 1), new LookedAfterPeriod(new DateOnly(2010, 1, 1), Fourteenth.AddDays(-1))).DaysLookedAfterSince14);
        Assert.Equal(1, On(new DateOnly(2023, 1, 1), new LookedAfterPeriod(new DateOnly(2010, 1, 1), Fourteenth)).DaysLookedAfterSince14);
    }

    [Fact]
    public void Care_that_ended_the_day_before_the_16th_birthday_gives_no_leaving_care_status()
    {
        var status = On(new DateOnly(2023, 1, 1), new LookedAfterPeriod(Fourteenth, Sixteenth.AddDays(-1)));
        Assert.Equal((CareLeaverCategory.None, false, (DateOnly?)null), (status.Category, status.LookedAfterSince16, status.SupportUntil));
    }

    [Fact]
    public void Still_looked_after_at_16_or_17_is_eligible()
    {
        var status = On(Sixteenth, new LookedAfterPeriod(Fourteenth, null));
        Assert.Equal(CareLeaverCategory.Eligible, status.Category);
        Assert.Equal(CareLeaverCategory.Eligible, On(Eighteenth.AddDays(-1), new LookedAfterPeriod(Fourteenth, null)).Category);
    }

    [Fact]
    public void Left_care_at_16_or_17_after_meeting_the_test_is_relevant()
    {
        Assert.Equal(CareLeaverCategory.Relevant, On(Eighteenth.AddDays(-1), new LookedAfterPeriod(Fourteenth, Sixteenth.AddDays(30))).Category);
    }

    [Fact]
    public void From_the_18th_birthday_it_is_former_relevant()
    {
        Assert.Equal(CareLeaverCategory.FormerRelevant, On(Eighteenth, new LookedAfterPeriod(Fourteenth, null)).Category);
    }

    [Fact]
    public void Support_runs_until_the_day_before_the_25th_birthday()
    {
        var period = new LookedAfterPeriod(Fourteenth, Eighteenth);
        var lastDay = On(TwentyFifth.AddDays(-1), period);
        Assert.Equal((CareLeaverCategory.FormerRelevant, (DateOnly?)new DateOnly(2029, 3, 9)), (lastDay.Category, lastDay.SupportUntil));
        var birthday = On(TwentyFifth, period);
        Assert.Equal((CareLeaverCategory.None, (DateOnly?)null), (birthday.Category, birthday.SupportUntil));
    }

    [Fact]
    public void Qualifying_support_also_ends_at_25()
    {
        var period = new LookedAfterPeriod(Sixteenth.AddDays(10), Sixteenth.AddDays(20));
        Assert.Equal(CareLeaverCategory.Qualifying, On(TwentyFifth.AddDays(-1), period).Category);
        Assert.Equal(CareLeaverCategory.None, On(TwentyFifth, period).Category);
    }

    [Fact]
    public void Before_the_16th_birthday_nothing_is_owed_yet()
    {
        Assert.Equal(CareLeaverCategory.None, On(Sixteenth.AddDays(-1), new LookedAfterPeriod(Fourteenth, null)).Category);
    }

    [Fact]
    public void Several_periods_add_up_and_overlapping_days_count_once()
    {
        // 50 days after the 14th birthday and 41 days including the 16th birthday (one day overlapping the next period): 91 days.
        var status = On(new DateOnly(2023, 1, 1),
            new LookedAfterPeriod(Fourteenth, Fourteenth.AddDays(49)),
            new LookedAfterPeriod(Sixteenth.AddDays(-10), Sixteenth.AddDays(30)),
            new LookedAfterPeriod(Sixteenth.AddDays(30), Sixteenth.AddDays(30)));
        Assert.Equal((91, CareLeaverCategory.FormerRelevant), (status.DaysLookedAfterSince14, status.Category));
    }

    [Fact]
    public void No_time_looked_after_recorded_gives_no_status() =>
        Assert.Equal(CareLeaverCategory.None, On(new DateOnly(2023, 1, 1)).Category);

    [Fact]
    public void A_29_February_birthday_has_its_25th_on_28_February()
    {
        var status = CareLeaverStatus.On(new DateOnly(2004, 2, 29), [new LookedAfterPeriod(new DateOnly(2018, 3, 1), new DateOnly(2021, 1, 1))], new DateOnly(2028, 1, 1));
        Assert.Equal(new DateOnly(2029, 2, 27), status.SupportUntil);
    }
}
