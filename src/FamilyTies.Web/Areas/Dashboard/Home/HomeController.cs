using FamilyTies.Data.Measures;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.Dashboard.Home;

/// <summary>
/// The family lead's dashboard (read-only): every measure for a month with its 12-month trend and target, each
/// measure's rows, the exports and the printable monthly report. Figures come from the measures layer only.
/// </summary>
[Area("Dashboard")]
[Authorize(Policy = Policies.DashboardFigures)]
[Route("dashboard")]
public sealed class HomeController(DashboardHandler dashboard, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? month, [FromServices] SelfAssessment.OverdueActionsLoader overdue)
    {
        var chosen = DashboardMonth.Read(month, ModelState, clock);
        // The prison group director reads figures only: the rows behind a measure are the family lead's.
        ViewData["CanOpenRows"] = await this.Allowed(Policies.Dashboard);
        ViewData["Overdue"] = await overdue.LoadAsync();
        return View(await dashboard.Trend(chosen));
    }

    [HttpGet("measures/{key}")]
    [Authorize(Policy = Policies.Dashboard)]
    public async Task<IActionResult> Measure(string key, string? month, int? page)
    {
        if (MeasureRegistry.Find(key) is not { } measure)
        {
            return NotFound();
        }
        ModelState.Remove(nameof(page)); // a page that is not a number is the first page
        var chosen = DashboardMonth.Read(month, ModelState, clock);
        var model = await dashboard.Trend(chosen, [measure]);
        var current = Math.Max(1, page ?? 1);
        var skip = (int)Math.Min((current - 1L) * DashboardHandler.PageSize, DashboardHandler.MostExportRows);
        var rows = await dashboard.Rows(measure, chosen, skip, DashboardHandler.PageSize);
        var pages = Math.Max(1, (rows.Total + DashboardHandler.PageSize - 1) / DashboardHandler.PageSize);
        var monthKey = model.Month.MonthKey;
        return View(new MeasurePageModel(measure, model, rows,
            new Pagination(Math.Min(current, pages), pages, p => $"/dashboard/measures/{measure.Key}?month={monthKey}&page={p}")));
    }

    [HttpGet("measures/{key}/rows.csv")]
    [Authorize(Policy = Policies.Dashboard)]
    public Task<IActionResult> RowsCsv(string key, string? month) => RowsExport(key, month, csv: true);

    [HttpGet("measures/{key}/rows.xlsx")]
    [Authorize(Policy = Policies.Dashboard)]
    public Task<IActionResult> RowsXlsx(string key, string? month) => RowsExport(key, month, csv: false);

    [HttpGet("measures.csv")]
    public Task<IActionResult> MeasuresCsv(string? month) => SummaryExport(month, csv: true);

    [HttpGet("measures.xlsx")]
    public Task<IActionResult> MeasuresXlsx(string? month) => SummaryExport(month, csv: false);

    [HttpGet("report")]
    public async Task<IActionResult> Report(string? month)
    {
        var chosen = DashboardMonth.Read(month, ModelState, clock);
        return View(await dashboard.Trend(chosen));
    }

    private async Task<IActionResult> RowsExport(string key, string? month, bool csv)
    {
        if (MeasureRegistry.Find(key) is not { } measure || DashboardMonth.ReadForExport(month, ModelState, clock) is not { } chosen)
        {
            return NotFound();
        }
        var rows = await dashboard.Rows(measure, chosen, 0, DashboardHandler.MostExportRows);
        var monthKey = MeasurePeriod.Month(chosen, clock.GetUtcNow()).MonthKey;
        return ExportResult.File(new ExportTable(measure.Title, rows.Headers, rows.Rows), $"{measure.Key}-{monthKey}", csv);
    }

    private async Task<IActionResult> SummaryExport(string? month, bool csv)
    {
        if (DashboardMonth.ReadForExport(month, ModelState, clock) is not { } chosen)
        {
            return NotFound();
        }
        var table = await dashboard.Summary(chosen);
        return ExportResult.File(table, $"measures-{MeasurePeriod.Month(chosen, clock.GetUtcNow()).MonthKey}", csv);
    }
}
