using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Domain.Tests.SaferCustody;

public sealed class VoicemailGapTests
{
    private static readonly LineHours Weekdays9To5 = new(new TimeOnly(9, 0), new TimeOnly(17, 0), WeekdaysExtensions.MondayToFriday);

    private static DateTimeOffset London(int y, int mo, int d, int h, int mi) => LondonTime.ToInstant(new DateOnly(y, mo, d), new TimeOnly(h, mi));

    [Fact]
    public void Only_staffed_time_counts_so_a_weekend_is_no_gap()
    {
        // Friday 20 November 2026, 16:30; Monday 23 November, 09:20.
        var lastCheck = London(2026, 11, 20, 16, 30);
        var monday = London(2026, 11, 23, 9, 20);
        Assert.Equal(TimeSpan.FromMinutes(50), Weekdays9To5.OpenTimeBetween(lastCheck, monday));
        Assert.False(VoicemailGaps.Check(lastCheck, monday, Weekdays9To5, 60).Overdue);
    }

    [Fact]
    public void A_gap_of_exactly_the_interval_is_not_overdue_and_one_minute_more_is()
    {
        var lastCheck = London(2026, 11, 23, 10, 0);
        Assert.False(VoicemailGaps.Check(lastCheck, London(2026, 11, 23, 11, 0), Weekdays9To5, 60).Overdue);
        var status = VoicemailGaps.Check(lastCheck, London(2026, 11, 23, 11, 1), Weekdays9To5, 60);
        Assert.True(status.Overdue);
        Assert.Equal(TimeSpan.FromMinutes(61), status.GapInLineHours);
    }

    [Fact]
    public void The_gap_stops_growing_when_the_line_closes()
    {
        var lastCheck = London(2026, 11, 23, 16, 30);
        var evening = London(2026, 11, 23, 22, 0);
        Assert.Equal(TimeSpan.FromMinutes(30), VoicemailGaps.Check(lastCheck, evening, Weekdays9To5, 60).GapInLineHours);
        Assert.False(Weekdays9To5.IsOpenAt(evening));
        Assert.True(Weekdays9To5.IsOpenAt(London(2026, 11, 24, 9, 0)));
        Assert.False(Weekdays9To5.IsOpenAt(London(2026, 11, 24, 17, 0)));
    }

    [Fact]
    public void Never_checked_is_overdue()
    {
        Assert.True(VoicemailGaps.Check(null, London(2026, 11, 23, 10, 0), Weekdays9To5, 60).Overdue);
    }

    [Fact]
    public void A_night_line_across_the_October_clock_change_counts_the_repeated_hour()
    {
        // Staffed 00:00 to 04:00 every day; on Sunday 25 October 2026 that night lasts five real hours.
        var nights = new LineHours(new TimeOnly(0, 0), new TimeOnly(4, 0), WeekdaysExtensions.EveryDay);
        var lastCheck = London(2026, 10, 25, 0, 30);
        var now = London(2026, 10, 25, 3, 30);
        Assert.Equal(TimeSpan.FromHours(4), nights.OpenTimeBetween(lastCheck, now));
        Assert.True(VoicemailGaps.Check(lastCheck, now, nights, 210).Overdue);
        Assert.False(VoicemailGaps.Check(lastCheck, London(2026, 10, 25, 2, 30), nights, 210).Overdue);
    }

    [Fact]
    public void A_night_line_across_the_March_clock_change_loses_the_skipped_hour()
    {
        var nights = new LineHours(new TimeOnly(0, 0), new TimeOnly(4, 0), WeekdaysExtensions.EveryDay);
        Assert.Equal(TimeSpan.FromHours(3), nights.OpenTimeBetween(London(2026, 3, 29, 0, 0), London(2026, 3, 29, 6, 0)));
    }

    [Fact]
    public void The_longest_gap_in_a_period_includes_the_time_since_the_last_check()
    {
        var from = London(2026, 11, 23, 0, 0);
        var to = London(2026, 11, 24, 0, 0);
        var checks = new[] { London(2026, 11, 20, 16, 0), London(2026, 11, 23, 10, 0), London(2026, 11, 23, 11, 0), London(2026, 11, 23, 13, 30) };
        // Friday 16:00 to Monday 10:00 is 2 staffed hours; 13:30 to 17:00 is 3.5.
        Assert.Equal(TimeSpan.FromHours(3.5), VoicemailGaps.Longest(checks, from, to, Weekdays9To5));
    }
}
