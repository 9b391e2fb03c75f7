using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.Framework;

/// <summary>
/// The national self-assessment framework: the national team reads and edits its requirements (wording, source,
/// linked measures and thresholds). There are always 48 requirements, so the total stays out of 144
/// (docs/decisions/0022-self-assessment.md).
/// </summary>
[Area("Dashboard")]
[Authorize(Policy = Policies.Framework)]
[Route("dashboard/national/framework")]
public sealed class FrameworkController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Requirements.AsNoTracking().Include(r => r.Evidence).OrderBy(r => r.Number).ToListAsync());

    [HttpGet("{number:int}")]
    public async Task<IActionResult> Edit(int number)
    {
        var requirement = await db.Requirements.AsNoTracking().Include(r => r.Evidence).SingleOrDefaultAsync(r => r.Number == number);
        return requirement is null ? NotFound() : View(EditRequirementHandler.ToForm(requirement));
    }

    [HttpPost("{number:int}")]
    public async Task<IActionResult> Edit(int number, EditRequirementForm form, [FromServices] IValidator<EditRequirementForm> validator,
        [FromServices] EditRequirementHandler handler)
    {
        var requirement = await db.Requirements.Include(r => r.Evidence).SingleOrDefaultAsync(r => r.Number == number);
        if (requirement is null)
        {
            return NotFound();
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            form.Number = number;
            form.Pad();
            return View(form);
        }
        await handler.Handle(requirement, form);
        TempData["Success"] = $"Requirement {number} saved";
        return RedirectToAction(nameof(Index));
    }
}
