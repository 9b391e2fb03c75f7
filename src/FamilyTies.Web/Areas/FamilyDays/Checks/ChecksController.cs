using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Checks;

/// <summary>The checks of a family-day application that security records: the security check and the public protection check.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.Security)]
[Route("familydays/applications/{id:int}/checks")]
public sealed class ChecksController(FamilyTiesDbContext db) : Controller
{
    public sealed record ChecksModel(FamilyDayApplication Application, CheckForm Security, CheckForm Child);

    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var application = await Load(id);
        return application is null ? NotFound() : View(new ChecksModel(application, new CheckForm(), new CheckForm()));
    }

    [HttpPost("security")]
    public Task<IActionResult> Security(int id, [Bind(Prefix = "Security")] CheckForm form, [FromServices] IValidator<CheckForm> validator, [FromServices] RecordCheckHandler handler) =>
        Record(id, form, validator, handler, child: false);

    [HttpPost("child")]
    public Task<IActionResult> Child(int id, [Bind(Prefix = "Child")] CheckForm form, [FromServices] IValidator<CheckForm> validator, [FromServices] RecordCheckHandler handler) =>
        Record(id, form, validator, handler, child: true);

    private async Task<IActionResult> Record(int id, CheckForm form, IValidator<CheckForm> validator, RecordCheckHandler handler, bool child)
    {
        var application = await Load(id);
        if (application is null)
        {
            return NotFound();
        }
        var prefix = child ? "Child" : "Security";
        if (await validator.ValidateInto(form, ModelState, prefix))
        {
            var result = await handler.Handle(id, form, child);
            if (result.Application is not null)
            {
                TempData["Success"] = child ? "Public protection check recorded" : "Security check recorded";
                return Redirect($"/familydays/applications/{id}/checks");
            }
            ModelState.AddModelError($"{prefix}.Result", result.Error!);
        }
        return View("Index", new ChecksModel(application, child ? new CheckForm() : form, child ? form : new CheckForm()));
    }

    private Task<FamilyDayApplication?> Load(int id) =>
        db.FamilyDayApplications.AsNoTracking().Include(a => a.FamilyDay).Include(a => a.Prisoner).Include(a => a.Guests).ThenInclude(g => g.Contact)
            .SingleOrDefaultAsync(a => a.Id == id);
}
