using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Web.Areas.Dashboard.Home;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.Dashboard.National;

/// <summary>
/// The national team's view: establishments side by side on the same measures for a month, aggregates only. The
/// measures layer reads across establishments here and returns figures, never rows; there is no drill-down.
/// </summary>
[Area("Dashboard")]
[Authorize(Policy = Policies.NationalDashboard)]
[Route("dashboard/national")]
public sealed class NationalController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? month, string? sort, string? order,
        [FromServices] SelfAssessment.SelfAssessmentHandler assessments, [FromServices] NationalViewRuns runs)
    {
        var chosen = DashboardMonth.Read(month, ModelState, clock);
        var now = clock.GetUtcNow();
        // The figures are the same for every national viewer: requests for the same month while they are being worked
        // out wait for that one computation (decision 0034). The view reads only the periods and establishments of the
        // query, never its context, so a request may render another's figures after that request has ended.
        var (results, totals) = await runs.RunAsync((chosen, LondonTime.DateOf(now)), () => ComputeAsync(chosen, now, assessments));
        var sortBy = MeasureRegistry.Find(sort) is { } m && NationalModel.Columns.Contains(m.Key) ? m.Key : null;
        return View(new NationalModel(results, sortBy, order == "desc") { AssessmentYear = chosen.Year, Assessments = totals });
    }

    private async Task<NationalFigures> ComputeAsync(DateOnly chosen, DateTimeOffset now, SelfAssessment.SelfAssessmentHandler assessments)
    {
        var q = await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(chosen, now)]);
        // Each establishment's self-assessment totals for the month's year, beside the score its evidence supports:
        // computed on its own context at the same time as the month's figures (decision 0030).
        var evidence = assessments.NationalTotalsAsync(chosen.Year, q);
        MeasureResults results;
        try
        {
            results = await MeasureRegistry.ComputeAsync(q);
        }
        finally
        {
            // Never leave the evidence running on a context this request is about to dispose of.
            await Task.WhenAny(evidence);
        }
        return new NationalFigures(results, await evidence);
    }

    /// <summary>One row per establishment and measure, the columns of the establishment export.</summary>
    [HttpGet("measures.csv")]
    public async Task<IActionResult> MeasuresCsv(string? month)
    {
        if (DashboardMonth.ReadForExport(month, ModelState, clock) is not { } chosen)
        {
            return NotFound();
        }
        var results = await Compute(chosen);
        var monthKey = results.Query.Periods[0].MonthKey;
        var rows = results.Query.Establishments.Values.OrderBy(e => e.Code)
            .SelectMany(e => DashboardHandler.SummaryRows(results, e.Id, 0, monthKey)).ToList();
        return ExportResult.File(new ExportTable("National " + monthKey, DashboardHandler.SummaryHeaders, rows), $"national-measures-{monthKey}", csv: true);
    }

    private async Task<MeasureResults> Compute(DateOnly month)
    {
        var q = await MeasureQuery.NationalAsync(db, [MeasurePeriod.Month(month, clock.GetUtcNow())]);
        return await MeasureRegistry.ComputeAsync(q);
    }
}

/// <summary>The national view's month of figures and each establishment's self-assessment totals.</summary>
public sealed record NationalFigures(MeasureResults Results, Dictionary<int, SelfAssessment.AssessmentTotals> Totals);

/// <summary>The national view's computations under way, by month and London day (one for the app: a singleton).</summary>
public sealed class NationalViewRuns : SharedRuns<(DateOnly Month, DateOnly Today), NationalFigures>;
