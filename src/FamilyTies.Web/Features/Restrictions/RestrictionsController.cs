using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Restrictions;

/// <summary>Security's restrictions on contacts, prisoners and prisoner–contact links. Never deleted; ended early with a reason.</summary>
[Authorize(Policy = Policies.Security)]
[Route("restrictions")]
public sealed class RestrictionsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(int? contactId, int? prisonerId, int? linkId, [FromServices] AddRestrictionHandler handler)
    {
        var form = new AddRestrictionForm { ContactId = contactId, PrisonerId = prisonerId, LinkId = linkId, StartDate = clock.Today() };
        var subject = await handler.Subject(form);
        if (subject is (null, null, null))
        {
            return NotFound();
        }
        ViewData["Subject"] = Describe(subject);
        return View(form);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(AddRestrictionForm form, [FromServices] IValidator<AddRestrictionForm> validator, [FromServices] AddRestrictionHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        var subject = await handler.Subject(form);
        if (subject is (null, null, null))
        {
            return NotFound();
        }
        ViewData["Subject"] = Describe(subject);
        // The same form sent again goes to where the restriction it added is shown.
        if (await submissions.Earlier(nameof(Restriction)) is { } earlier)
        {
            return await Added(earlier);
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        var sent = await submissions.Once(nameof(Restriction), async () => (await handler.Handle(form, subject.Contact, subject.Prisoner, subject.Link)).Id);
        return await Added(sent.Id!.Value);
    }

    private async Task<IActionResult> Added(int id)
    {
        var restriction = await db.Restrictions.AsNoTracking().Include(r => r.PrisonerContact).SingleOrDefaultAsync(r => r.Id == id);
        if (restriction is null)
        {
            return NotFound();
        }
        TempData["Success"] = $"{Restriction.Describe(restriction.Type)} restriction added";
        return Redirect(ReturnTo(restriction));
    }

    [HttpGet("{id:int}/end")]
    public async Task<IActionResult> End(int id)
    {
        var restriction = await Load(id);
        if (restriction is null || restriction.EndedAt is not null)
        {
            return NotFound();
        }
        ViewData["Restriction"] = restriction;
        return View(new EndRestrictionForm());
    }

    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> End(int id, EndRestrictionForm form, [FromServices] IValidator<EndRestrictionForm> validator, [FromServices] UserManager<FamilyTies.Data.Identity.StaffUser> userManager)
    {
        var restriction = await Load(id);
        if (restriction is null || restriction.EndedAt is not null)
        {
            return NotFound();
        }
        ViewData["Restriction"] = restriction;
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        restriction.EndedAt = clock.GetUtcNow();
        restriction.EndedBy = userManager.GetUserId(User);
        restriction.EndedReason = form.Reason!.Trim();
        await db.SaveChangesAsync();
        TempData["Success"] = $"{Restriction.Describe(restriction.Type)} restriction ended";
        return Redirect(ReturnTo(restriction));
    }

    private Task<Restriction?> Load(int id) =>
        db.Restrictions.Include(r => r.Contact).Include(r => r.Prisoner).Include(r => r.PrisonerContact).ThenInclude(l => l!.Contact)
            .Include(r => r.PrisonerContact).ThenInclude(l => l!.Prisoner)
            .SingleOrDefaultAsync(r => r.Id == id);

    private static string ReturnTo(Restriction r) =>
        r.PrisonerId is { } p ? $"/prisoners/{p}/restrictions"
        : r.PrisonerContact is { } l ? $"/prisoners/{l.PrisonerId}/contacts"
        : $"/contacts/{r.ContactId}";

    public static string Describe((Contact? Contact, Prisoner? Prisoner, PrisonerContact? Link) subject) => subject switch
    {
        (_, _, { } link) => $"Contact between {link.Prisoner!.FullName} ({link.Prisoner.PrisonNumber}) and {link.Contact!.FullName}",
        (_, { } prisoner, _) => $"{prisoner.FullName} ({prisoner.PrisonNumber})",
        ({ } contact, _, _) => contact.FullName,
        _ => "",
    };
}
