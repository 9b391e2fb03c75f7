using System.Globalization;
using FamilyTies.Data.Measures;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Every measure of issue 9 §2 on the hand-made rows of <see cref="MeasuresWorld"/>: October 2026 (the clock change),
/// an empty August, and establishment B, whose rows never count for A. The expected figures are worked out beside
/// the rows.
/// </summary>
public sealed class MeasureValuesTests(MeasuresWorld world) : IClassFixture<MeasuresWorld>
{
    [Theory]
    [InlineData("visits.booked", "3", "", "")]
    [InlineData("visits.cancelled", "1", "", "")]
    [InlineData("visits.capacity_used_pct", "4.4", "3", "68")]
    [InlineData("visits.evening_capacity_share_pct", "29.4", "20", "68")]
    [InlineData("visits.weekend_capacity_share_pct", "70.6", "48", "68")]
    [InlineData("visits.next_weekend_slot_wait_days", "14", "", "")]
    [InlineData("contact.regular_pct", "25", "1", "4")]
    [InlineData("needs.on_roll", "4", "", "")]
    [InlineData("needs.children_pct", "50", "2", "4")]
    [InlineData("needs.children_unknown_pct", "25", "1", "4")]
    [InlineData("needs.far_from_home_pct", "25", "1", "4")]
    [InlineData("needs.distance_unknown_pct", "25", "1", "4")]
    [InlineData("safercustody.contacts", "4", "", "")]
    [InlineData("safercustody.first_action_median_minutes", "52.5", "", "")]
    [InlineData("safercustody.first_action_p90_minutes", "180", "", "")]
    [InlineData("safercustody.caller_told_pct", "50", "1", "2")]
    [InlineData("safercustody.overdue", "1", "", "")]
    [InlineData("safercustody.voicemail_longest_gap_minutes", "270", "", "")]
    [InlineData("safercustody.acct_family_asked_pct", "50", "1", "2")]
    public async Task October_across_the_clock_change_counts_what_a_reader_counts(string key, string value, string numerator, string denominator)
    {
        var results = await world.Month(world.A, MeasuresWorld.October);
        Assert.Equal((value, numerator, denominator), Figures(results.Value(key, world.A, 0)));
    }

    [Theory]
    [InlineData("visits.booked", "0")]
    [InlineData("visits.cancelled", "0")]
    [InlineData("visits.capacity_used_pct", "")]
    [InlineData("visits.evening_capacity_share_pct", "")]
    [InlineData("visits.weekend_capacity_share_pct", "")]
    [InlineData("visits.next_weekend_slot_wait_days", "5")] // 31 August to the first Saturday session, 5 September
    [InlineData("contact.regular_pct", "")]
    [InlineData("needs.on_roll", "0")]
    [InlineData("needs.children_pct", "")]
    [InlineData("needs.children_unknown_pct", "")]
    [InlineData("needs.far_from_home_pct", "")]
    [InlineData("needs.distance_unknown_pct", "")]
    [InlineData("safercustody.contacts", "0")]
    [InlineData("safercustody.first_action_median_minutes", "")]
    [InlineData("safercustody.first_action_p90_minutes", "")]
    [InlineData("safercustody.caller_told_pct", "")]
    [InlineData("safercustody.overdue", "0")]
    [InlineData("safercustody.voicemail_longest_gap_minutes", "900")] // never checked: all five Sundays' staffed hours
    [InlineData("safercustody.acct_family_asked_pct", "")]
    public async Task An_empty_month_has_nothing_to_count(string key, string value)
    {
        var results = await world.Month(world.A, MeasuresWorld.August);
        Assert.Equal(value, Figures(results.Value(key, world.A, 0)).Value);
    }

    [Theory]
    [InlineData("visits.booked", "2")]
    [InlineData("visits.cancelled", "0")]
    [InlineData("visits.capacity_used_pct", "13.3")]
    [InlineData("visits.evening_capacity_share_pct", "0")]
    [InlineData("visits.weekend_capacity_share_pct", "100")]
    [InlineData("visits.next_weekend_slot_wait_days", "7")]
    [InlineData("contact.regular_pct", "50")]
    [InlineData("needs.children_pct", "50")]
    [InlineData("needs.children_unknown_pct", "50")]
    [InlineData("needs.far_from_home_pct", "0")]
    [InlineData("needs.distance_unknown_pct", "50")]
    [InlineData("safercustody.contacts", "2")]
    [InlineData("safercustody.first_action_median_minutes", "20")]
    [InlineData("safercustody.first_action_p90_minutes", "30")]
    [InlineData("safercustody.caller_told_pct", "100")]
    [InlineData("safercustody.overdue", "0")]
    [InlineData("safercustody.voicemail_longest_gap_minutes", "13200")] // never checked: 22 weekdays of 8am to 6pm
    [InlineData("safercustody.acct_family_asked_pct", "100")]
    public async Task Another_establishments_rows_count_only_for_it(string key, string value)
    {
        var results = await world.Month(world.B, MeasuresWorld.October);
        Assert.Equal([world.B], results.Query.Establishments.Keys);
        Assert.Equal(value, Figures(results.Value(key, world.B, 0)).Value);
    }

    [Fact]
    public async Task The_national_query_gives_each_establishment_the_figures_of_its_own_query()
    {
        await using var db = world.Db(world.A);
        var q = await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(MeasuresWorld.October, MeasuresWorld.Now)]);
        var national = await MeasureRegistry.ComputeAsync(q);
        var (a, b) = (await world.Month(world.A, MeasuresWorld.October), await world.Month(world.B, MeasuresWorld.October));
        Assert.Equal([world.A, world.B], national.Query.Establishments.Keys.Order());
        foreach (var m in MeasureRegistry.All)
        {
            Assert.Equal(a.Value(m.Key, world.A, 0), national.Value(m.Key, world.A, 0));
            Assert.Equal(b.Value(m.Key, world.B, 0), national.Value(m.Key, world.B, 0));
        }
    }

    [Fact]
    public async Task A_trend_of_contiguous_months_gives_each_month_the_figure_it_has_alone()
    {
        await using var db = world.Db(world.A);
        var periods = MeasurePeriod.Trend(MeasuresWorld.October, 2, MeasuresWorld.Now); // August, September, October
        var trend = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, periods));
        for (var i = 0; i < periods.Count; i++)
        {
            var alone = await world.Month(world.A, periods[i].FirstDay);
            foreach (var m in MeasureRegistry.All)
            {
                Assert.Equal(alone.Value(m.Key, world.A, 0) with { Period = i }, trend.Value(m.Key, world.A, i));
            }
        }
        // September: C4 (23:30 BST on 30 September) only; K1 not yet asked and K3: 0 of 2.
        Assert.Equal(1m, trend.Value("safercustody.contacts", world.A, 1).Value);
        Assert.Equal(0m, trend.Value("safercustody.acct_family_asked_pct", world.A, 1).Value);
    }

    [Fact]
    public void October_2026_is_745_hours_long_in_London()
    {
        var october = MeasurePeriod.Month(MeasuresWorld.October, MeasuresWorld.Now);
        Assert.Equal(745, (october.End - october.From).TotalHours);
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero), october.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), october.End);
    }

    [Fact]
    public async Task Drill_down_rows_add_up_to_the_figure()
    {
        await using var db = world.Db(world.A);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(MeasuresWorld.October, MeasuresWorld.Now)]);
        var booked = await MeasureRegistry.Get("visits.booked").Drill(q, 0, 25);
        Assert.Equal(3, booked.Total);
        Assert.Equal(["A1001AA", "A1001AA", "A1002AA"], booked.Rows.Select(r => r[3]));
        var children = await MeasureRegistry.Get("needs.children_pct").Drill(q, 0, 2);
        Assert.Equal(4, children.Total);
        Assert.Equal(2, children.Rows.Count); // paged
        var contacts = await MeasureRegistry.Get("safercustody.caller_told_pct").Drill(q, 0, 25);
        Assert.Equal(4, contacts.Total);
        Assert.DoesNotContain(contacts.Rows.SelectMany(r => r), cell => cell.Contains("Test Caller", StringComparison.Ordinal) || cell.Contains("Worried", StringComparison.Ordinal));
        var acct = await MeasureRegistry.Get("safercustody.acct_family_asked_pct").Drill(q, 0, 25);
        Assert.Equal(["Yes", "No"], acct.Rows.Select(r => r[^1]));
    }

    private static (string Value, string Numerator, string Denominator) Figures(MeasureValue v)
    {
        static string S(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
        return (S(v.Value), S(v.Numerator), S(v.Denominator));
    }
}
