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
}
