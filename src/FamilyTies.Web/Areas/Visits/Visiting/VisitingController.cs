using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Visiting;

/// <summary>Visiting information for families: no sign-in, no prisoner or visitor data.</summary>
[Area("Visits")]
[AllowAnonymous]
[Route("visiting")]
public sealed class VisitingController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Establishments.AsNoTracking().OrderBy(e => e.Name).ToListAsync());

    [HttpGet("{code}")]
    public async Task<IActionResult> Establishment(string code, [FromServices] VisitingInformationHandler handler)
    {
        var page = await handler.Handle(code, clock.Today());
        return page is null ? NotFound() : View(page);
    }
}
