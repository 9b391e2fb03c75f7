using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.National;

/// <summary>
/// The national team's view: establishments side by side, aggregates only. This is the one place that reads
/// across establishments, and it returns counts, never rows.
/// </summary>
[Area("Dashboard")]
[Authorize(Policy = Policies.NationalDashboard)]
public sealed class NationalController(FamilyTiesDbContext db) : Controller
{
    public sealed record Row(string Establishment, NeedsFigures Figures);

    public async Task<IActionResult> Index()
    {
        var establishments = await db.Establishments.AsNoTracking().OrderBy(e => e.Name).ToListAsync();
        var figures = (await NeedsFigures.ByEstablishmentAsync(db.Prisoners.IgnoreQueryFilters()))
            .ToDictionary(f => f.EstablishmentId);
        var rows = establishments
            .Select(e => new Row(e.Name, figures.GetValueOrDefault(e.Id) ?? new NeedsFigures(e.Id, 0, 0, 0, 0, 0, 0, 0)))
            .ToList();
        return View(rows);
    }
}
