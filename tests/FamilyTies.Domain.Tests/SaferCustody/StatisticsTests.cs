using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Domain.Tests.SaferCustody;

public sealed class StatisticsTests
{
    private static TimeSpan[] Minutes(params int[] m) => m.Select(x => TimeSpan.FromMinutes(x)).ToArray();

    [Fact]
    public void Median_and_90th_percentile()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), Statistics.Median(Minutes(10, 30, 50)));
        Assert.Equal(TimeSpan.FromMinutes(40), Statistics.Median(Minutes(50, 10, 30, 70)));
        Assert.Equal(TimeSpan.FromMinutes(90), Statistics.Percentile(Minutes(10, 20, 30, 40, 50, 60, 70, 80, 90, 100), 90));
        Assert.Equal(TimeSpan.FromMinutes(5), Statistics.Percentile(Minutes(5), 90));
        Assert.Null(Statistics.Median([]));
        Assert.Null(Statistics.Percentile([], 90));
    }

    [Theory]
    [InlineData(0, "less than a minute")]
    [InlineData(1, "1 minute")]
    [InlineData(65, "1 hour 5 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(-45, "45 minutes")]
    [InlineData(1500, "1 day 1 hour")]
    public void Durations_read_naturally(int minutes, string expected) =>
        Assert.Equal(expected, Durations.Describe(TimeSpan.FromMinutes(minutes)));
}

public sealed class LondonTimeTests
{
    [Fact]
    public void Times_show_in_London_time_summer_and_winter()
    {
        Assert.Equal("1 July 2026 at 1:30pm", LondonTime.Format(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero)));
        Assert.Equal("1 December 2026 at 12:30pm", LondonTime.Format(new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.Zero)));
        Assert.Equal("1 December 2026 at midnight", LondonTime.Format(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_time_skipped_in_March_does_not_exist_and_a_repeated_time_in_October_is_read_as_summer_time()
    {
        Assert.False(LondonTime.Exists(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
        Assert.True(LondonTime.Exists(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), LondonTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
    }

    [Fact]
    public void In_the_repeated_hour_the_form_value_says_BST_or_GMT_and_reads_back_to_the_same_instant()
    {
        var first = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero);
        var second = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero);
        Assert.Equal("01:30 BST", LondonTime.TimeInput(first));
        Assert.Equal("01:30 GMT", LondonTime.TimeInput(second));
        Assert.Equal("14:30", LondonTime.TimeInput(new DateTimeOffset(2026, 10, 25, 14, 30, 0, TimeSpan.Zero)));
        foreach (var instant in new[] { first, second })
        {
            Assert.True(LondonTime.TryParseTime(LondonTime.TimeInput(instant), out var time, out var offset));
            Assert.Equal(instant, LondonTime.ToInstant(new DateOnly(2026, 10, 25), time, offset));
        }
        Assert.True(LondonTime.IsAmbiguous(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
        Assert.False(LondonTime.IsAmbiguous(new DateOnly(2026, 10, 25), new TimeOnly(2, 0)));
    }

    [Fact]
    public void The_week_starts_at_midnight_on_Monday_London_time()
    {
        // Sunday 29 March 2026 23:30 BST → the week began on Monday 23 March at 00:00 GMT.
        var now = LondonTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(23, 30));
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero), LondonTime.StartOfWeek(now));
    }

    [Theory]
    [InlineData("23/11/2026", true)]
    [InlineData("3/1/2026", true)]
    [InlineData("2026-11-23", true)]
    [InlineData("31/2/2026", false)]
    [InlineData("tomorrow", false)]
    public void Dates_are_read_as_typed(string text, bool ok) => Assert.Equal(ok, LondonTime.TryParseDate(text, out _));

    [Theory]
    [InlineData("14:30", true)]
    [InlineData("9:05", true)]
    [InlineData("14.30", true)]
    [InlineData("25:00", false)]
    [InlineData("2pm", false)]
    public void Times_are_read_in_the_24_hour_clock(string text, bool ok) => Assert.Equal(ok, LondonTime.TryParseTime(text, out _));
}
