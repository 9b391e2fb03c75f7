using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Features.Prisoners;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Schemes;

/// <summary>Schemes and interventions and who takes part: the pathway's list, and a tab on the prisoner's profile.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class SchemesController(FamilyTiesDbContext db) : Controller
{
    public sealed record SchemeRow(Scheme Scheme, int Started, int Completed, int Left);

    [HttpGet("familydays/schemes")]
    public async Task<IActionResult> Index()
    {
        var schemes = await db.Schemes.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var counts = await db.SchemeParticipations.AsNoTracking().GroupBy(p => new { p.SchemeId, p.Status })
            .Select(g => new { g.Key.SchemeId, g.Key.Status, Count = g.Count() }).ToListAsync();
        int Count(int id, ParticipationStatus status) => counts.Where(c => c.SchemeId == id && c.Status == status).Sum(c => c.Count);
        return View(schemes.Select(s => new SchemeRow(s, Count(s.Id, ParticipationStatus.Started), Count(s.Id, ParticipationStatus.Completed), Count(s.Id, ParticipationStatus.Left))).ToList());
    }
}

/// <summary>The prisoner's schemes, a tab on their profile: everyone in the establishment may read it.</summary>
[Authorize(Policy = Policies.People)]
public sealed class PrisonerSchemesController(FamilyTiesDbContext db) : Controller
{
    public const string TabKey = "schemes";

    [HttpGet("prisoners/{prisonerId:int}/schemes")]
    public async Task<IActionResult> Index(int prisonerId, [FromServices] PrisonerProfileHandler profiles)
    {
        var profile = await profiles.Handle(prisonerId, TabKey);
        if (profile is null)
        {
            return NotFound();
        }
        ViewData["Schemes"] = await db.SchemeParticipations.AsNoTracking().Include(p => p.Scheme).Where(p => p.PrisonerId == prisonerId)
            .OrderByDescending(p => p.StartDate).ToListAsync();
        return View("/Features/Prisoners/Profile.cshtml", profile);
    }
}
