using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.Tests.CareExperienced;

/// <summary>
/// The personal adviser contact rule: first within 10 days of the later of reception and registration, then every
/// interval. "Today" is the London date of an instant, so the tests run across the clocks going forward (29 March
/// 2026) and back (25 October 2026), where the UTC date and the London date differ in the last hour before midnight.
/// </summary>
public sealed class PersonalAdviserContactRuleTests
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void The_first_contact_is_due_10_days_after_the_later_of_reception_and_registration()
    {
        Assert.Equal(D(3, 30), PersonalAdviserContactRule.Due(D(3, 1), D(3, 20), [], 8, D(3, 21)).DueOn);
        Assert.Equal(D(3, 30), PersonalAdviserContactRule.Due(D(3, 20), D(3, 1), [], 8, D(3, 21)).DueOn);
        Assert.Equal(D(3, 30), PersonalAdviserContactRule.Due(null, D(3, 20), [], 8, D(3, 21)).DueOn);
    }

    [Fact]
    public void Across_the_clocks_going_forward_the_due_day_is_on_time_and_the_next_London_day_is_overdue()
    {
        // Registered 20 March: due 30 March. At 23:30 UTC on 30 March it is already 31 March in London (BST).
        var onTheDay = LondonTime.DateOf(new DateTimeOffset(2026, 3, 30, 22, 59, 0, TimeSpan.Zero)); // 23:59 BST, 30 March
        var nextDay = LondonTime.DateOf(new DateTimeOffset(2026, 3, 30, 23, 30, 0, TimeSpan.Zero)); // 00:30 BST, 31 March
        Assert.False(PersonalAdviserContactRule.Due(D(3, 20), D(3, 20), [], 8, onTheDay).Overdue);
        var late = PersonalAdviserContactRule.Due(D(3, 20), D(3, 20), [], 8, nextDay);
        Assert.Equal((true, 1, true), (late.Overdue, late.DaysOverdue, late.First));
    }

    [Fact]
    public void After_the_first_the_next_is_due_at_the_interval_across_the_clocks_going_back()
    {
        // Last contact 30 August; 8 weeks later is 25 October, the day the clocks go back.
        var due = PersonalAdviserContactRule.Due(D(8, 1), D(8, 1), [D(8, 5), D(8, 30)], 8, D(10, 25));
        Assert.Equal((D(10, 25), false, false), (due.DueOn, due.First, due.Overdue));
        // 23:30 UTC on 25 October is 23:30 GMT, still the 25th in London: not overdue. 00:30 UTC on the 26th is.
        Assert.False(PersonalAdviserContactRule.Due(D(8, 1), D(8, 1), [D(8, 30)], 8, LondonTime.DateOf(new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero))).Overdue);
        Assert.True(PersonalAdviserContactRule.Due(D(8, 1), D(8, 1), [D(8, 30)], 8, LondonTime.DateOf(new DateTimeOffset(2026, 10, 26, 0, 30, 0, TimeSpan.Zero))).Overdue);
    }

    [Fact]
    public void The_interval_is_the_establishments_setting()
    {
        Assert.Equal(D(9, 27), PersonalAdviserContactRule.Due(D(8, 1), D(8, 1), [D(8, 30)], 4, D(9, 1)).DueOn);
    }

    [Fact]
    public void A_contact_before_reception_was_not_in_this_custody()
    {
        var due = PersonalAdviserContactRule.Due(D(6, 10), D(6, 12), [D(6, 1)], 8, D(6, 30));
        Assert.Equal((D(6, 22), true, true, 8), (due.DueOn, due.First, due.Overdue, due.DaysOverdue));
    }
}
