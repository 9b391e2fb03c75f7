using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Terms;

/// <summary>The local authority's school term and holiday dates, per school year: they decide whether a family day is in school hours.</summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
[Route("familydays/terms")]
public sealed class TermsController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["CanChange"] = await this.Allowed(Policies.FamilyDaysChange);
        return View(await db.SchoolTermDates.AsNoTracking().OrderByDescending(t => t.SchoolYear).ThenBy(t => t.StartDate).ToListAsync());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public IActionResult Create() => View(new TermDateForm());

    [HttpPost("new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Create(TermDateForm form, [FromServices] IValidator<TermDateForm> validator, [FromServices] AddTermDateHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(SchoolTermDate)) is not null)
        {
            return Redirect("/familydays/terms");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            string? error = null;
            var sent = await submissions.Once(nameof(SchoolTermDate), async () =>
            {
                (var id, error) = await handler.Handle(form);
                return id;
            });
            if (sent.Id is not null)
            {
                TempData["Success"] = $"{form.Name!.Trim()} added";
                return Redirect("/familydays/terms");
            }
            ModelState.AddModelError(nameof(form.StartDate), error ?? "These dates could not be saved");
        }
        return View(form);
    }

    [HttpPost("{id:int}/remove")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Remove(int id)
    {
        var term = await db.SchoolTermDates.SingleOrDefaultAsync(t => t.Id == id);
        if (term is null)
        {
            return NotFound();
        }
        db.SchoolTermDates.Remove(term);
        await SchoolHoursFlags.Recompute(db, term.StartDate, term.EndDate, removedId: term.Id);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{term.Name} removed";
        return Redirect("/familydays/terms");
    }
}
