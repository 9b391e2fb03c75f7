using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Infrastructure.Exports;

namespace FamilyTies.Web.Areas.Dashboard.Home;

/// <summary>Asks the measures layer for the current establishment's figures; the pages compute nothing themselves.</summary>
public sealed class DashboardHandler(FamilyTiesDbContext db)
{
    public const int PageSize = 25;
    public const int MostExportRows = 100_000;

    public async Task<DashboardModel> Trend(DateOnly month, IEnumerable<Measure>? measures = null)
    {
        var periods = MeasurePeriod.Trend(month, DashboardMonth.TrendMonthsBefore, db.Clock.GetUtcNow());
        var q = await MeasureQuery.ForCurrentAsync(db, periods);
        var results = await MeasureRegistry.ComputeAsync(q, measures);
        return new DashboardModel(q.Establishments.Values.Single(), periods, results);
    }

    /// <summary>The month's figures only (the export and the printed report's month column).</summary>
    public Task<DashboardModel> Month(DateOnly month) => TrendOf(month, 0);

    private async Task<DashboardModel> TrendOf(DateOnly month, int before)
    {
        var periods = MeasurePeriod.Trend(month, before, db.Clock.GetUtcNow());
        var q = await MeasureQuery.ForCurrentAsync(db, periods);
        return new DashboardModel(q.Establishments.Values.Single(), periods, await MeasureRegistry.ComputeAsync(q));
    }

    public async Task<DrillPage> Rows(Measure measure, DateOnly month, int skip, int take)
    {
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, db.Clock.GetUtcNow())]);
        return await measure.Drill(q, skip, take);
    }

    /// <summary>key,title,value,numerator,denominator,target,unit,establishment,month: one row per measure.</summary>
    public static readonly string[] SummaryHeaders = ["key", "title", "value", "numerator", "denominator", "target", "unit", "establishment", "month"];

    public static IEnumerable<IReadOnlyList<string>> SummaryRows(MeasureResults results, int establishmentId, int period, string monthKey)
    {
        var establishment = results.Query.Establishments[establishmentId];
        return MeasureRegistry.All.Select(m =>
        {
            var v = results.Value(m.Key, establishmentId, period);
            return (IReadOnlyList<string>)[m.Key, m.Title, Number(v.Value), Number(v.Numerator), Number(v.Denominator), Number(m.Target(establishment)),
                m.UnitName, establishment.Code, monthKey];
        });
    }

    public async Task<ExportTable> Summary(DateOnly month)
    {
        var model = await Month(month);
        return new ExportTable("Measures " + model.Month.MonthKey, SummaryHeaders,
            SummaryRows(model.Results, model.Establishment.Id, 0, model.Month.MonthKey).ToList());
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
