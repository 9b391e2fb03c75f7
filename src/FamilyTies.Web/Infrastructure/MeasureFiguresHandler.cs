using FamilyTies.Data;
using FamilyTies.Data.Measures;

namespace FamilyTies.Web.Infrastructure;

/// <summary>A page outside the dashboard asks the measures layer for this month's figures by key.</summary>
public sealed class MeasureFiguresHandler(FamilyTiesDbContext db)
{
    public async Task<IReadOnlyDictionary<string, MeasureValue>> ThisMonth(params string[] keys)
    {
        var now = db.Clock.GetUtcNow();
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(FamilyTies.Domain.Common.LondonTime.DateOf(now), now)]);
        var results = await MeasureRegistry.ComputeAsync(q, keys.Select(MeasureRegistry.Get));
        var establishment = q.Establishments.Keys.Single();
        return keys.ToDictionary(k => k, k => results.Value(k, establishment, 0));
    }
}
