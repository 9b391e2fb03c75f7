using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Settings;

/// <summary>
/// The current establishment's settings. Establishments are not establishment-owned rows, so look up by the claim.
/// The local admin changes them; the family lead reads them (targets included) on a page with nothing to change.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.SettingsRead)]
[Route("admin/settings")]
public sealed class SettingsController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit()
    {
        var establishment = await db.Establishments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == User.EstablishmentId());
        if (establishment is null)
        {
            return NotFound();
        }
        return View(await this.Allowed(Policies.Admin) ? "Edit" : "ReadOnly", EditSettingsHandler.ToForm(establishment));
    }

    [HttpPost("")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(EditSettingsForm form, [FromServices] IValidator<EditSettingsForm> validator, [FromServices] EditSettingsHandler handler)
    {
        var establishment = await db.Establishments.SingleOrDefaultAsync(e => e.Id == User.EstablishmentId());
        if (establishment is null)
        {
            return NotFound();
        }
        form.Code = form.Code?.Trim().ToUpperInvariant();
        if (await validator.ValidateInto(form, ModelState)
            && await db.Establishments.AnyAsync(e => e.Code == form.Code && e.Id != establishment.Id))
        {
            ModelState.AddModelError(nameof(form.Code), "Another establishment already has that code");
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        await handler.Handle(establishment, form);
        TempData["Success"] = "Establishment settings saved";
        return RedirectToAction(nameof(Edit));
    }
}
