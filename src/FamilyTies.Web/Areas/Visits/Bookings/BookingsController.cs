using FamilyTies.Data;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// The booking journey: find prisoner → visitors → session → additional support → main contact and request method →
/// check answers → confirmation. Steps before the last are GETs carrying the answers so far; only the last step saves.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.VisitsBook)]
[Route("visits/book")]
public sealed class BookingsController(FamilyTiesDbContext db) : Controller
{
    public sealed record StepModel(Prisoner Prisoner, BookingForm Form, IReadOnlyList<PrisonerContact> Links, DateOnly Today);

    [HttpGet("")]
    public async Task<IActionResult> FindPrisoner(string? q)
    {
        var term = q?.Trim();
        var results = new List<Prisoner>();
        if (!string.IsNullOrEmpty(term))
        {
            var number = PrisonNumber.Normalise(term);
            var like = $"%{term}%";
            results = await db.Prisoners.AsNoTracking()
                .Where(p => p.Status == PrisonerStatus.Active && (p.PrisonNumber == number || EF.Functions.Like(p.LastName, like)
                            || EF.Functions.Like(p.FirstName + " " + p.LastName, like)))
                .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(50).ToListAsync();
        }
        ViewData["Query"] = term;
        return View(results);
    }

    [HttpGet("{prisonerId:int}/visitors")]
    public async Task<IActionResult> Visitors(int prisonerId, BookingForm form, [FromServices] TimeProvider clock)
    {
        ModelState.Clear();
        var model = await Step(prisonerId, form, clock);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{prisonerId:int}/session")]
    public async Task<IActionResult> Session(int prisonerId, BookingForm form, [FromServices] TimeProvider clock, [FromServices] SessionFinder finder)
    {
        ModelState.Clear();
        var model = await Step(prisonerId, form, clock);
        if (model is null)
        {
            return NotFound();
        }
        if (form.VisitorIds.Count == 0)
        {
            ModelState.AddModelError(nameof(form.VisitorIds), "Select at least one visitor");
            return View("Visitors", model);
        }
        ViewData["Options"] = await finder.For(model.Prisoner);
        return View(model);
    }

    [HttpGet("{prisonerId:int}/support")]
    public async Task<IActionResult> Support(int prisonerId, BookingForm form, [FromServices] TimeProvider clock, [FromServices] SessionFinder finder)
    {
        ModelState.Clear();
        var model = await Step(prisonerId, form, clock);
        if (model is null)
        {
            return NotFound();
        }
        if (!form.TryParseSlot(out _, out _))
        {
            ModelState.AddModelError(nameof(form.Slot), "Select a session");
            ViewData["Options"] = await finder.For(model.Prisoner);
            return View("Session", model);
        }
        return View(model);
    }

    [HttpGet("{prisonerId:int}/contact")]
    public async Task<IActionResult> MainContact(int prisonerId, BookingForm form, [FromServices] TimeProvider clock)
    {
        ModelState.Clear();
        var model = await Step(prisonerId, form, clock);
        if (model is null)
        {
            return NotFound();
        }
        if (form.InterpreterLanguage?.Length > 100 || form.OtherSupport?.Length > 500)
        {
            ModelState.AddModelError(form.InterpreterLanguage?.Length > 100 ? nameof(form.InterpreterLanguage) : nameof(form.OtherSupport),
                form.InterpreterLanguage?.Length > 100 ? "Language must be 100 characters or fewer" : "Other support must be 500 characters or fewer");
            return View("Support", model);
        }
        form.MainContactId ??= form.VisitorIds.FirstOrDefault();
        if (string.IsNullOrEmpty(form.MainContactPhone))
        {
            form.MainContactPhone = PhoneNumber.Display(model.Links.FirstOrDefault(l => l.ContactId == form.MainContactId)?.Contact?.Phone);
        }
        return View(model);
    }

    [HttpGet("{prisonerId:int}/check")]
    public async Task<IActionResult> Check(int prisonerId, BookingForm form, [FromServices] TimeProvider clock, [FromServices] BookingContextLoader loader)
    {
        ModelState.Clear();
        var model = await Step(prisonerId, form, clock);
        if (model is null)
        {
            return NotFound();
        }
        if (!ValidContact(form, model))
        {
            return View("MainContact", model);
        }
        await Preview(model, loader);
        return View(model);
    }

    [HttpPost("{prisonerId:int}")]
    public async Task<IActionResult> Book(int prisonerId, BookingForm form, [FromServices] TimeProvider clock,
        [FromServices] BookingContextLoader loader, [FromServices] BookVisitHandler handler)
    {
        form.PrisonerId = prisonerId;
        var model = await Step(prisonerId, form, clock);
        if (model is null)
        {
            return NotFound();
        }
        if (!ValidContact(form, model))
        {
            return View("MainContact", model);
        }
        var result = await handler.Handle(form, User.IsInRole(Roles.VisitsManager));
        if (result.Booked)
        {
            return Redirect($"/visits/bookings/{result.Visit!.Id}/confirmation");
        }
        foreach (var refusal in result.Refusals)
        {
            ModelState.AddModelError(RefusalField(refusal.Rule), refusal.Message);
        }
        if (result.Problem is not null)
        {
            ModelState.AddModelError("", result.Problem);
        }
        await Preview(model, loader, alreadyChecked: true);
        return View("Check", model);
    }

    private async Task<StepModel?> Step(int prisonerId, BookingForm form, TimeProvider clock)
    {
        form.PrisonerId = prisonerId;
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (prisoner is null)
        {
            return null;
        }
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact)
            .Where(l => l.PrisonerId == prisonerId && l.Active)
            .OrderBy(l => l.Contact!.LastName).ThenBy(l => l.Contact!.FirstName).ToListAsync();
        form.VisitorIds = form.VisitorIds.Where(id => links.Any(l => l.ContactId == id)).Distinct().ToList();
        return new StepModel(prisoner, form, links, clock.Today());
    }

    private bool ValidContact(BookingForm form, StepModel model)
    {
        if (form.MainContactId is null || !form.VisitorIds.Contains(form.MainContactId.Value))
        {
            ModelState.AddModelError(nameof(form.MainContactId), "Select the main contact from the visitors");
        }
        if (!string.IsNullOrWhiteSpace(form.MainContactPhone) && PhoneNumber.Normalise(form.MainContactPhone) is null)
        {
            ModelState.AddModelError(nameof(form.MainContactPhone), "Enter a phone number, like 0161 496 0000, or an international number with its country code");
        }
        if (form.ParsedRequestMethod is null)
        {
            ModelState.AddModelError(nameof(form.RequestMethod), "Select how the visit was requested");
        }
        return ModelState.IsValid && model.Prisoner is not null;
    }

    /// <summary>Runs the rules without saving, so the check page shows any refusal before staff confirm.</summary>
    private async Task Preview(StepModel model, BookingContextLoader loader, bool alreadyChecked = false)
    {
        if (!model.Form.TryParseSlot(out var templateId, out var date))
        {
            ModelState.AddModelError(nameof(BookingForm.Slot), "Select a session");
            return;
        }
        var loaded = await loader.Load(model.Prisoner.Id, templateId, date, model.Form.VisitorIds, User.IsInRole(Roles.VisitsManager),
            model.Form.OverbookReason, model.Form.VisitingOrderOverrideReason);
        db.ChangeTracker.Clear();
        if (loaded is null)
        {
            ModelState.AddModelError(nameof(BookingForm.Slot), "The session or a visitor could not be found here");
            return;
        }
        ViewData["Context"] = loaded.Context;
        var decision = BookingRules.Decide(loaded.Context);
        ViewData["Decision"] = decision;
        if (!alreadyChecked)
        {
            foreach (var refusal in decision.Refusals)
            {
                ModelState.AddModelError(RefusalField(refusal.Rule), refusal.Message);
            }
        }
    }

    /// <summary>Where the error summary sends staff to fix a refusal.</summary>
    public static string RefusalField(BookingRule rule) => rule switch
    {
        BookingRule.Capacity => nameof(BookingForm.OverbookReason),
        BookingRule.VisitingOrders => nameof(BookingForm.VisitingOrderOverrideReason),
        BookingRule.VisitorApproved or BookingRule.VisitorBanned or BookingRule.NonContact or BookingRule.AtLeastOneAdult
            or BookingRule.MaxAdults or BookingRule.MaxVisitors or BookingRule.ChildContact => "visitors",
        _ => "session",
    };
}
