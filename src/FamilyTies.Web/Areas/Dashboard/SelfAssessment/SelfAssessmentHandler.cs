using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.SelfAssessment;

/// <summary>
/// Builds a year's self-assessment: each requirement with the establishment's answer and, from the measures layer
/// only, the figures of its linked measures over the evidence period and the score they support
/// (docs/decisions/0022-self-assessment.md).
/// </summary>
public sealed class SelfAssessmentHandler(FamilyTiesDbContext db)
{
    public const int FirstYear = 2020;

    /// <summary>A year the service offers: from 2020 to this year.</summary>
    public bool IsOffered(int year) => year >= FirstYear && year <= LondonTime.DateOf(db.Clock.GetUtcNow()).Year;

    /// <summary>
    /// The 12 complete London months the evidence is read over: those ending with last month, or with December for a
    /// past year.
    /// </summary>
    public static MeasurePeriod EvidencePeriod(int year, DateTimeOffset now)
    {
        var today = LondonTime.DateOf(now);
        var lastComplete = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var december = new DateOnly(year, 12, 1);
        var end = lastComplete < december ? lastComplete : december;
        var first = end.AddMonths(-11);
        var last = end.AddMonths(1).AddDays(-1);
        var british = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var label = $"{first.ToString("MMMM yyyy", british)} to {end.ToString("MMMM yyyy", british)}";
        return MeasurePeriod.Days(label, first, last, now);
    }

    public Task<List<Requirement>> FrameworkAsync() => FrameworkAsync(db);

    private static async Task<List<Requirement>> FrameworkAsync(FamilyTiesDbContext on) =>
        await on.Requirements.AsNoTracking().Include(r => r.Evidence).OrderBy(r => r.Number).ToListAsync();

    /// <summary>The measures the framework links, as the registry knows them.</summary>
    public static List<Measure> LinkedMeasures(IEnumerable<Requirement> framework) =>
        framework.SelectMany(r => r.Evidence).Select(e => e.MeasureKey).Distinct()
            .Select(MeasureRegistry.Find).OfType<Measure>().ToList();

    public static List<RequirementRow> Rows(IReadOnlyList<Requirement> framework, IReadOnlyDictionary<int, AssessmentScore> scores,
        MeasureResults results, int establishmentId) =>
        framework.Select(r => new RequirementRow(r, scores.GetValueOrDefault(r.Id),
            r.Evidence.Select(e => (Link: e, Measure: MeasureRegistry.Find(e.MeasureKey)))
                .Where(x => x.Measure is not null)
                .Select(x =>
                {
                    var value = results.Value(x.Measure!.Key, establishmentId, 0);
                    return new EvidenceFigure(x.Measure, x.Link, value,
                        Scoring.Supported(value.Value, x.Measure.Better == Better.Higher, x.Link.MostlyMet, x.Link.FullyMet));
                }).ToList())).ToList();

    /// <summary>The current establishment's self-assessment for the year.</summary>
    public async Task<AssessmentModel> LoadAsync(int year, bool canScore, bool canModerate)
    {
        var now = db.Clock.GetUtcNow();
        var period = EvidencePeriod(year, now);
        var framework = await FrameworkAsync();
        var q = await MeasureQuery.ForCurrentAsync(db, [period]);
        var results = await MeasureRegistry.ComputeAsync(q, LinkedMeasures(framework));
        var establishment = q.Establishments.Values.Single();
        var scores = await db.AssessmentScores.AsNoTracking().Where(s => s.Year == year).ToDictionaryAsync(s => s.RequirementId);
        var actions = await db.ActionPlanItems.AsNoTracking().Include(a => a.Requirement).Where(a => a.Year == year)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id).ToListAsync();
        return new AssessmentModel(establishment.Name, year, period, Rows(framework, scores, results, establishment.Id), actions,
            LondonTime.DateOf(now), canScore, canModerate);
    }

    /// <summary>
    /// Every establishment's totals for the year (the national view): the answers are read across establishments as
    /// totals only, and the figures come from the measures layer's national query. Read on a context of its own, so
    /// the national view computes it beside the month's figures (decision 0030); loads that both need are made once.
    /// </summary>
    public async Task<Dictionary<int, AssessmentTotals>> NationalTotalsAsync(int year, MeasureQuery national)
    {
        await using var own = db.Sibling();
        var framework = await FrameworkAsync(own);
        var q = national.For([EvidencePeriod(year, national.Now)], own);
        var results = await MeasureRegistry.ComputeAsync(q, LinkedMeasures(framework));
        var scores = (await own.AssessmentScores.IgnoreQueryFilters().AsNoTracking().Where(s => s.Year == year)
                .Select(s => new { s.EstablishmentId, s.RequirementId, s.SelfScore, s.ModeratedScore, s.Year })
                .ToListAsync())
            .GroupBy(s => s.EstablishmentId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(s => s.RequirementId,
                s => new AssessmentScore { EstablishmentId = s.EstablishmentId, RequirementId = s.RequirementId, Year = s.Year, SelfScore = s.SelfScore, ModeratedScore = s.ModeratedScore }));
        return q.Establishments.Keys.ToDictionary(e => e, e => AssessmentTotals.Of(
            Rows(framework, scores.GetValueOrDefault(e) ?? [], results, e)));
    }
}

/// <summary>The action plan items past their due date and not done, for the dashboard.</summary>
public sealed class OverdueActionsLoader(FamilyTiesDbContext db)
{
    public async Task<List<ActionPlanItem>> LoadAsync()
    {
        var today = LondonTime.DateOf(db.Clock.GetUtcNow());
        return await db.ActionPlanItems.AsNoTracking().Include(a => a.Requirement)
            .Where(a => a.Status != ActionStatus.Done && a.DueDate < today)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id).ToListAsync();
    }
}
