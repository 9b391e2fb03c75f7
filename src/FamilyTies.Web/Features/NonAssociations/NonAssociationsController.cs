using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Features.Restrictions;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.NonAssociations;

/// <summary>Security's non-associations: two prisoners who must not share a visits session.</summary>
[Authorize(Policy = Policies.Security)]
[Route("non-associations")]
public sealed class NonAssociationsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(int prisonerId)
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return NotFound();
        }
        ViewData["Prisoner"] = prisoner;
        return View(new AddNonAssociationForm { PrisonerId = prisonerId, StartDate = clock.Today() });
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(AddNonAssociationForm form, [FromServices] IValidator<AddNonAssociationForm> validator, [FromServices] AddNonAssociationHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        var prisoner = await db.Prisoners.SingleOrDefaultAsync(p => p.Id == form.PrisonerId);
        if (prisoner is null)
        {
            return NotFound();
        }
        ViewData["Prisoner"] = prisoner;
        // The same form sent again goes to where the non-association it added is shown.
        if (await submissions.Earlier(nameof(NonAssociation)) is { } earlier)
        {
            return await Added(earlier, prisoner);
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = new Dictionary<string, string>();
            var sent = await submissions.Once(nameof(NonAssociation), async () =>
            {
                (var saved, errors) = await handler.Handle(prisoner, form, clock.Today());
                return saved?.Id;
            });
            if (sent.Id is { } id)
            {
                return await Added(id, prisoner);
            }
            this.AddErrors(errors);
        }
        return View(form);
    }

    private async Task<IActionResult> Added(int id, Prisoner prisoner)
    {
        var saved = await db.NonAssociations.AsNoTracking().Include(n => n.PrisonerA).Include(n => n.PrisonerB).SingleOrDefaultAsync(n => n.Id == id);
        if (saved is null)
        {
            return NotFound();
        }
        var other = saved.PrisonerAId == prisoner.Id ? saved.PrisonerB : saved.PrisonerA;
        TempData["Success"] = $"Non-association with {other!.FullName} added";
        return Redirect($"/prisoners/{prisoner.Id}/restrictions");
    }

    [HttpGet("{id:int}/end")]
    public async Task<IActionResult> End(int id)
    {
        var n = await db.NonAssociations.AsNoTracking().Include(x => x.PrisonerA).Include(x => x.PrisonerB).SingleOrDefaultAsync(x => x.Id == id);
        if (n is null || n.EndedAt is not null)
        {
            return NotFound();
        }
        ViewData["NonAssociation"] = n;
        return View(new EndRestrictionForm());
    }

    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> End(int id, EndRestrictionForm form, [FromServices] IValidator<EndRestrictionForm> validator, [FromServices] UserManager<FamilyTies.Data.Identity.StaffUser> userManager)
    {
        var n = await db.NonAssociations.Include(x => x.PrisonerA).Include(x => x.PrisonerB).SingleOrDefaultAsync(x => x.Id == id);
        if (n is null || n.EndedAt is not null)
        {
            return NotFound();
        }
        ViewData["NonAssociation"] = n;
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        n.EndedAt = clock.GetUtcNow();
        n.EndedBy = userManager.GetUserId(User);
        n.EndedReason = form.Reason!.Trim();
        await db.SaveChangesAsync();
        TempData["Success"] = "Non-association ended";
        return Redirect($"/prisoners/{n.PrisonerAId}/restrictions");
    }
}
