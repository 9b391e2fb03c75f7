using FamilyTies.Data.Measures;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>The demo data gives every measure a figure in each of the 12 complete months before this one.</summary>
[Collection("App")]
public sealed class DemoMeasuresTests(AppFixture fixture)
{
    [Theory]
    [InlineData("WYI")]
    [InlineData("SHI")]
    [InlineData("LHI")]
    public async Task Every_measure_has_something_to_show_for_the_last_twelve_months(string code)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db(await app.EstablishmentId(code));
        var lastMonth = TestClock.Today.AddMonths(-1);
        var periods = MeasurePeriod.Trend(lastMonth, 11, TestClock.Provider.GetUtcNow());
        var q = await MeasureQuery.ForCurrentAsync(db, periods);
        var results = await MeasureRegistry.ComputeAsync(q);
        var establishment = q.Establishments.Keys.Single();
        var empty = MeasureRegistry.All.SelectMany(m => periods.Select((p, i) => (m, p, v: results.Value(m.Key, establishment, i))))
            .Where(x => x.v.Value is null).Select(x => $"{x.m.Key} {x.p.MonthKey}").ToList();
        Assert.Empty(empty);
        Assert.All(periods.Select((_, i) => results.Value("visits.booked", establishment, i).Value), v => Assert.True(v > 0));
        Assert.All(periods.Select((_, i) => results.Value("safercustody.contacts", establishment, i).Value), v => Assert.True(v >= 3));
    }

    /// <summary>
    /// Decision 0027: pathways are computed at the same time on sibling contexts. Every figure of every measure, for
    /// the demo's 13 months and for the national view, is the same as when the measure is computed alone on one context.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Computing_the_pathways_at_the_same_time_gives_the_figures_each_measure_gives_alone(bool national)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var db = app.Db(national ? null : await app.EstablishmentId("WYI"));
        var now = TestClock.Provider.GetUtcNow();
        var periods = national ? [MeasurePeriod.Month(TestClock.Today.AddMonths(-1), now)] : MeasurePeriod.Trend(TestClock.Today.AddMonths(-1), 12, now);
        var q = national ? await MeasureQuery.NationalAsync(db, periods) : await MeasureQuery.ForCurrentAsync(db, periods);
        Assert.True(MeasureRegistry.Lanes >= 2);

        var together = await MeasureRegistry.ComputeAsync(q);

        var differences = new List<string>();
        foreach (var m in MeasureRegistry.All)
        {
            var alone = await m.Compute(q.For(periods));
            foreach (var v in alone)
            {
                if (together.Value(m.Key, v.EstablishmentId, v.Period) != v)
                {
                    differences.Add($"{m.Key} establishment {v.EstablishmentId} period {v.Period}: alone {v.Value}, together {together.Value(m.Key, v.EstablishmentId, v.Period).Value}");
                }
            }
        }
        Assert.Empty(differences);
        Assert.Contains(MeasureRegistry.All, m => together.Value(m.Key, q.Establishments.Keys.First(), 0).Value is > 0);
    }
}
