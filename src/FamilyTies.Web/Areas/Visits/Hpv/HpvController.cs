using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Hpv;

/// <summary>
/// Help with Prison Visits per family (issue 13 §6): when and how the family (a contact) was told about the scheme,
/// and the claim forms stamped at their visits. Visits staff and managers record; the family lead reads. The
/// <c>hpv.families_told</c> measure counts the "told" records made here and on the arrival page.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/hpv/contacts/{contactId:int}")]
public sealed class HpvController(FamilyTiesDbContext db, HpvHandler handler) : Controller
{
    public sealed record FamilyPage(Contact Contact, IReadOnlyList<(HpvTold Told, string? Reference)> Told, IReadOnlyList<FamilyVisit> Visits, DateOnly Today,
        HpvToldForm ToldForm, HpvStampForm StampForm, bool CanRecord);

    [HttpGet("")]
    public async Task<IActionResult> Family(int contactId)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        var today = LondonInput();
        return contact is null ? NotFound() : View(await Page(contact, new HpvToldForm { ToldOn = today }, new HpvStampForm { StampedOn = today }));
    }

    [HttpPost("told")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Told(int contactId, HpvToldForm form, [FromServices] IValidator<HpvToldForm> validator, [FromServices] FormSubmissions submissions)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        if (contact is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(HpvTold)) is not null)
        {
            return Redirect($"/visits/hpv/contacts/{contactId}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            await submissions.Once(nameof(HpvTold), () => handler.Told(contact, form));
            TempData["Success"] = "Recorded that the family was told about Help with Prison Visits";
            return Redirect($"/visits/hpv/contacts/{contactId}");
        }
        return View("Family", await Page(contact, form, new HpvStampForm { StampedOn = LondonInput() }));
    }

    [HttpPost("stamped")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Stamped(int contactId, HpvStampForm form, [FromServices] IValidator<HpvStampForm> validator)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        if (contact is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Stamp(contact, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = "Claim form stamp recorded";
                return Redirect($"/visits/hpv/contacts/{contactId}");
            }
            this.AddErrors(errors);
        }
        return View("Family", await Page(contact, new HpvToldForm { ToldOn = LondonInput() }, form));
    }

    private string LondonInput() => LondonTime.DateInput(db.Clock.GetUtcNow());

    private async Task<FamilyPage> Page(Contact contact, HpvToldForm told, HpvStampForm stamp)
    {
        var rows = await db.HpvTolds.AsNoTracking().Where(h => h.ContactId == contact.Id).OrderByDescending(h => h.ToldOn).ThenByDescending(h => h.Id)
            .Select(h => new { Told = h, Reference = db.Visits.Where(v => v.Id == h.VisitId).Select(v => v.Reference).FirstOrDefault() }).ToListAsync();
        return new FamilyPage(contact, rows.Select(r => (r.Told, r.Reference)).ToList(), await handler.Visits(contact.Id), LondonTime.Today(db.Clock),
            told, stamp, await this.Allowed(Policies.VisitsBook));
    }
}
