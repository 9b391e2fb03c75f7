using System.Collections.Concurrent;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Measures;

/// <summary>
/// What a measure is asked for: one establishment (the current one, through the usual query filter) or all of them
/// (national: the filter is lifted and only aggregates leave the layer), and one or more periods.
/// </summary>
public sealed class MeasureQuery
{
    private readonly Dictionary<string, object> shared = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> common;

    private MeasureQuery(FamilyTiesDbContext db, bool national, IReadOnlyList<MeasurePeriod> periods, DateTimeOffset now,
        IReadOnlyDictionary<int, Establishment> establishments, ConcurrentDictionary<string, Lazy<Task<object>>>? common = null)
    {
        this.common = common ?? new(StringComparer.Ordinal);
        Db = db;
        National = national;
        Periods = periods;
        Now = now;
        Establishments = establishments;
    }

    public FamilyTiesDbContext Db { get; }
    public bool National { get; }
    public IReadOnlyList<MeasurePeriod> Periods { get; }
    public DateTimeOffset Now { get; }
    public DateOnly Today => LondonTime.DateOf(Now);
    public IReadOnlyDictionary<int, Establishment> Establishments { get; }

    /// <summary>The current establishment's figures.</summary>
    public static async Task<MeasureQuery> ForCurrentAsync(FamilyTiesDbContext db, IReadOnlyList<MeasurePeriod> periods)
    {
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == db.CurrentEstablishmentId);
        return new MeasureQuery(db, false, periods, db.Clock.GetUtcNow(), new Dictionary<int, Establishment> { [establishment.Id] = establishment });
    }

    /// <summary>Every establishment's figures (the national view): aggregates only.</summary>
    public static async Task<MeasureQuery> NationalAsync(FamilyTiesDbContext db, IReadOnlyList<MeasurePeriod> periods)
    {
        var all = await db.Establishments.AsNoTracking().ToDictionaryAsync(e => e.Id);
        return new MeasureQuery(db, true, periods, db.Clock.GetUtcNow(), all);
    }

    /// <summary>The same scope for other periods (a drill-down asks for one), its loads made afresh.</summary>
    public MeasureQuery For(IReadOnlyList<MeasurePeriod> periods) => new(Db, National, periods, Now, Establishments);

    /// <summary>
    /// The same scope for other periods, read through another context (the caller's, computed beside this query) and
    /// sharing this query's loads across lanes (<see cref="Common{T}"/>): their keys name the periods they depend on
    /// (<see cref="PeriodsKey"/>, <see cref="LastDaysKey"/>), so only a load made for the same inputs is reused (the
    /// national view's month and its self-assessment evidence both end on the month's last day, so the roll's one pass
    /// is made once; decision 0030).
    /// </summary>
    public MeasureQuery For(IReadOnlyList<MeasurePeriod> periods, FamilyTiesDbContext on) => new(on, National, periods, Now, Establishments, common);

    /// <summary>"2026-11-01..2026-11-30,…": the periods, for the key of a shared load that depends on them.</summary>
    internal string PeriodsKey => string.Join(",", Periods.Select(p => $"{p.FirstDay:yyyy-MM-dd}..{p.LastDay:yyyy-MM-dd}"));

    /// <summary>The periods' last days only, for a shared load that depends on nothing else of them (the roll).</summary>
    internal string LastDaysKey => string.Join(",", Periods.Select(p => $"{p.LastDay:yyyy-MM-dd}"));

    /// <summary>The same scope and periods read through another context (a lane of <see cref="MeasureRegistry.ComputeAsync"/>), with its own shared loads.</summary>
    internal MeasureQuery On(FamilyTiesDbContext db) => new(db, National, Periods, Now, Establishments, common);

    /// <summary>The rows in scope: the current establishment's, or every establishment's for the national view.</summary>
    public IQueryable<T> Rows<T>() where T : class =>
        National ? Db.Set<T>().IgnoreQueryFilters().AsNoTracking() : Db.Set<T>().AsNoTracking();

    /// <summary>A load several measures share (the month's safer custody contacts), made once per query.</summary>
    internal async Task<T> Shared<T>(string key, Func<Task<T>> load) where T : class
    {
        if (shared.TryGetValue(key, out var value))
        {
            return (T)value;
        }
        var loaded = await load();
        shared[key] = loaded;
        return loaded;
    }

    /// <summary>
    /// A load every lane of one computation shares (the roll's narrow rows, the cohorts' contact counts), whichever
    /// pathway asks first: made once, on the context of the lane that asked first, which waits for it; other lanes
    /// wait for the same task and never touch that context (docs/decisions/0028-dashboard-speed.md).
    /// </summary>
    internal async Task<T> Common<T>(string key, Func<Task<T>> load) where T : class =>
        (T)await common.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await load())).Value;

    /// <summary>A figure for every establishment in scope and every period, zero where no row counted.</summary>
    internal IReadOnlyList<MeasureValue> Every(Func<int, int, MeasureValue> value) =>
        Establishments.Keys.SelectMany(e => Periods.Select((_, i) => value(e, i))).ToList();
}
