using System.Globalization;
using FamilyTies.Data.Measures;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// The care-experienced and foreign-national measures (issue 12) on the hand-made rows of
/// <see cref="CareForeignMeasuresWorld"/>: October 2026, an empty August, and establishment B, whose rows never count for A.
/// </summary>
public sealed class CareForeignMeasureValuesTests(CareForeignMeasuresWorld world) : IClassFixture<CareForeignMeasuresWorld>
{
    [Theory]
    [InlineData("careexperienced.registered", "2", "", "")]                       // P1 and P2 (P3 registered in November, P8 released)
    [InlineData("careexperienced.pa_contact_due_overdue", "1", "", "")]           // P2: first contact due 11 October
    [InlineData("careexperienced.visit_last_month_pct", "50", "1", "2")]          // P1's visit; P2's was cancelled, then booked with no outcome
    [InlineData("others.visit_last_month_pct", "40", "2", "5")]                   // P3 (ended by staff) and P4 of P3 to P7; P6 no outcome, P7 not arrived
    [InlineData("foreignnationals.count", "2", "", "")]                           // P5 (Irish) and P6 (Polish)
    [InlineData("foreignnationals.contact_90d_pct", "50", "1", "2")]              // P5's visit on 20 September; P6's booked visit has no outcome
    [InlineData("others.contact_90d_pct", "60", "3", "5")]                        // P1, P3, P4 of P1, P2, P3, P4, P7
    [InlineData("foreignnationals.interpreter_requests_met_pct", "50", "1", "2")] // met 5 October, not met 25 October
    [InlineData("careexperienced.dropin_attended", "1", "", "")]                  // P1 at two sessions counted once; P2 recorded as not coming
    public async Task October_counts_what_a_reader_counts(string key, string value, string numerator, string denominator)
    {
        var results = await world.Month(world.A, CareForeignMeasuresWorld.October);
        Assert.Equal((value, numerator, denominator), Figures(results.Value(key, world.A, 0)));
    }

    [Theory]
    [InlineData("careexperienced.registered", "0")]
    [InlineData("careexperienced.pa_contact_due_overdue", "0")]
    [InlineData("careexperienced.visit_last_month_pct", "")]
    [InlineData("others.visit_last_month_pct", "")]
    [InlineData("foreignnationals.count", "0")]
    [InlineData("foreignnationals.contact_90d_pct", "")]
    [InlineData("others.contact_90d_pct", "")]
    [InlineData("foreignnationals.interpreter_requests_met_pct", "")]
    [InlineData("careexperienced.dropin_attended", "0")]
    public async Task An_empty_month_has_nothing_to_count(string key, string value)
    {
        var results = await world.Month(world.A, CareForeignMeasuresWorld.August);
        Assert.Equal(value, Figures(results.Value(key, world.A, 0)).Value);
    }

    [Theory]
    [InlineData("careexperienced.registered", "1")]
    [InlineData("careexperienced.pa_contact_due_overdue", "1")] // first contact due 12 September, none recorded
    [InlineData("careexperienced.visit_last_month_pct", "100")]
    [InlineData("others.visit_last_month_pct", "100")]
    [InlineData("foreignnationals.count", "1")]
    [InlineData("foreignnationals.contact_90d_pct", "100")]
    [InlineData("others.contact_90d_pct", "100")]
    [InlineData("foreignnationals.interpreter_requests_met_pct", "100")]
    [InlineData("careexperienced.dropin_attended", "1")]
    public async Task Another_establishments_rows_count_only_for_it(string key, string value)
    {
        var results = await world.Month(world.B, CareForeignMeasuresWorld.October);
        Assert.Equal([world.B], results.Query.Establishments.Keys);
        Assert.Equal(value, Figures(results.Value(key, world.B, 0)).Value);
    }

    [Fact]
    public async Task A_trend_and_the_national_query_give_each_month_and_establishment_its_own_figure()
    {
        await using var db = world.Db(world.A);
        var periods = MeasurePeriod.Trend(CareForeignMeasuresWorld.October, 2, CareForeignMeasuresWorld.Now);
        var measures = CareForeignMeasuresWorld.Keys.Select(MeasureRegistry.Get).ToList();
        var trend = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, periods), measures);
        for (var i = 0; i < periods.Count; i++)
        {
            var alone = await world.Month(world.A, periods[i].FirstDay);
            foreach (var key in CareForeignMeasuresWorld.Keys)
            {
                Assert.Equal(alone.Value(key, world.A, 0) with { Period = i }, trend.Value(key, world.A, i));
            }
        }
        var national = await MeasureRegistry.ComputeAsync(await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(CareForeignMeasuresWorld.October, CareForeignMeasuresWorld.Now)]), measures);
        var (a, b) = (await world.Month(world.A, CareForeignMeasuresWorld.October), await world.Month(world.B, CareForeignMeasuresWorld.October));
        foreach (var key in CareForeignMeasuresWorld.Keys)
        {
            Assert.Equal(a.Value(key, world.A, 0), national.Value(key, world.A, 0));
            Assert.Equal(b.Value(key, world.B, 0), national.Value(key, world.B, 0));
        }
    }

    [Fact]
    public async Task Drill_down_rows_add_up_to_the_figures()
    {
        await using var db = world.Db(world.A);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(CareForeignMeasuresWorld.October, CareForeignMeasuresWorld.Now)]);
        var overdue = await MeasureRegistry.Get("careexperienced.pa_contact_due_overdue").Drill(q, 0, 25);
        Assert.Equal(["Caretwo, Test"], overdue.Rows.Where(r => r[^1] == "Yes").Select(r => r[1]));
        var foreign = await MeasureRegistry.Get("foreignnationals.contact_90d_pct").Drill(q, 0, 25);
        Assert.Equal((2, 1), (foreign.Total, foreign.Rows.Count(r => r[^1] == "Yes")));
        var interpreters = await MeasureRegistry.Get("foreignnationals.interpreter_requests_met_pct").Drill(q, 0, 25);
        Assert.Equal((2, 1), (interpreters.Total, interpreters.Rows.Count(r => r[^1] == "Yes")));
        var dropIns = await MeasureRegistry.Get("careexperienced.dropin_attended").Drill(q, 0, 25);
        Assert.Equal([("Careone, Test", "2")], dropIns.Rows.Select(r => (r[1], r[2])));
    }

    [Fact]
    public async Task A_visit_booked_but_not_attended_is_not_contact()
    {
        // P2 (care-experienced) and P6 (foreign national) each have a visit booked in October with no outcome; P7's
        // visitor did not arrive. None of them counts, in the measures or their rows; P3's visit ended by staff does.
        await using var db = world.Db(world.A);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(CareForeignMeasuresWorld.October, CareForeignMeasuresWorld.Now)]);
        var care = await MeasureRegistry.Get("careexperienced.visit_last_month_pct").Drill(q, 0, 25);
        Assert.Equal([("Careone, Test", "Yes"), ("Caretwo, Test", "No")], care.Rows.Select(r => (r[1], r[^1])).OrderBy(r => r.Item1));
        var others = await MeasureRegistry.Get("others.visit_last_month_pct").Drill(q, 0, 25);
        Assert.Equal(["Carethree, Test", "Otherfour, Test"], others.Rows.Where(r => r[^1] == "Yes").Select(r => r[1]).Order());
        var foreign = await MeasureRegistry.Get("foreignnationals.contact_90d_pct").Drill(q, 0, 25);
        Assert.Equal([("Irishfive, Test", "Yes"), ("Polishsix, Test", "No")], foreign.Rows.Select(r => (r[1], r[^1])).OrderBy(r => r.Item1));
        var regular = await MeasureRegistry.Get("contact.regular_pct").Drill(q, 0, 25);
        Assert.Equal("0", regular.Rows.Single(r => r[1] == "Polishsix, Test")[3]);
        Assert.Equal("1", regular.Rows.Single(r => r[1] == "Carethree, Test")[3]);
    }

    private static (string Value, string Numerator, string Denominator) Figures(MeasureValue v) =>
        (S(v.Value), S(v.Numerator), S(v.Denominator));

    private static string S(decimal? d) => d?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
}
