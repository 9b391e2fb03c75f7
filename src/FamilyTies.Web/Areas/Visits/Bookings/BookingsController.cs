using FamilyTies.Data;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// The booking journey: find prisoner → visitors → session → additional support → main contact and request method →
/// check answers → confirmation. Only the prisoner search and the first step are GETs (carrying a search term or the
/// prisoner's id, nothing else). Every later step is a POST carrying the answers so far in hidden fields: it checks
/// the steps before it and shows the next (or the first step with a problem). Back and Change are buttons posting the
/// same answers, so no answer (a phone number, support notes) ever reaches a URL, and the journey needs neither
/// JavaScript nor a session store (docs/decisions/0012-booking-journey-state-and-loading.md). Only the last POST saves.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.VisitsBook)]
[Route("visits/book")]
public sealed class BookingsController(FamilyTiesDbContext db, IValidator<BookingForm> validator, TimeProvider clock) : Controller
{
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
        return View(new FindPrisonerModel(term, results));
    }

    /// <summary>The first step, with no answers yet: the address carries the prisoner's id only.</summary>
    [HttpGet("{prisonerId:int}/visitors")]
    public async Task<IActionResult> Start(int prisonerId)
    {
        var model = await Step(prisonerId, new BookingForm());
        return model is null ? NotFound() : View("Visitors", model);
    }

    /// <summary>
    /// A later step's address opened directly (a bookmark, or an old link from when the journey used GETs): the
    /// answers are not in it, so start again. Whatever the query string held is not read.
    /// </summary>
    [HttpGet("{prisonerId:int}/{step:regex(^(session|support|contact|check)$)}")]
    public IActionResult Restart(int prisonerId) => Redirect($"/visits/book/{prisonerId}/visitors");

    /// <summary>The visitors step again, with the answers so far (Back from the session step, Change on the check page).</summary>
    [HttpPost("{prisonerId:int}/visitors")]
    public async Task<IActionResult> Visitors(int prisonerId, BookingForm form) => await Show(prisonerId, form, BookingFormValidator.Visitors);

    /// <summary>Checks the visitors and shows the sessions.</summary>
    [HttpPost("{prisonerId:int}/session")]
    public async Task<IActionResult> Session(int prisonerId, BookingForm form) => await Show(prisonerId, form, BookingFormValidator.Session);

    /// <summary>Checks the session and asks about additional support.</summary>
    [HttpPost("{prisonerId:int}/support")]
    public async Task<IActionResult> Support(int prisonerId, BookingForm form) => await Show(prisonerId, form, BookingFormValidator.Support);

    /// <summary>Checks the support answers (their lengths) and asks for the main contact and request method.</summary>
    [HttpPost("{prisonerId:int}/contact")]
    public async Task<IActionResult> MainContact(int prisonerId, BookingForm form) => await Show(prisonerId, form, BookingFormValidator.Contact);

    /// <summary>Checks every answer and shows them, with any refusal the rules would give, before anything is saved.</summary>
    [HttpPost("{prisonerId:int}/check")]
    public async Task<IActionResult> Check(int prisonerId, BookingForm form, [FromServices] BookingContextLoader loader)
    {
        ModelState.TakeBindingErrors(form);
        var model = await Step(prisonerId, form);
        if (model is null)
        {
            return NotFound();
        }
        if (await FirstStepWithAProblem(model, BookingFormValidator.Steps.Length) is { } problem)
        {
            return problem;
        }
        return View(await Preview(model, loader, showRefusals: true));
    }

    /// <summary>
    /// Books in one pass of the booking engine: the visit, or the refusals with the context the check page shows
    /// again (nothing is loaded twice, and a refusal writes nothing).
    /// </summary>
    [HttpPost("{prisonerId:int}")]
    public async Task<IActionResult> Book(int prisonerId, BookingForm form, [FromServices] BookingContextLoader loader, [FromServices] BookVisitHandler handler)
    {
        ModelState.TakeBindingErrors(form);
        var model = await Step(prisonerId, form);
        if (model is null)
        {
            return NotFound();
        }
        if (await FirstStepWithAProblem(model, BookingFormValidator.Steps.Length) is { } problem)
        {
            return problem;
        }
        if (!await validator.Check(form, ModelState, BookingFormValidator.Reasons))
        {
            return View("Check", await Preview(model, loader, showRefusals: false));
        }
        var result = await handler.Handle(form, User.IsInRole(Roles.VisitsManager), model.Prisoner, model.Links);
        if (result.Booked)
        {
            return Redirect($"/visits/bookings/{result.Visit!.Id}/confirmation");
        }
        BookingRefusalFields.AddTo(ModelState, result.Refusals);
        if (result.Problem is not null)
        {
            ModelState.AddModelError("", result.Problem);
        }
        return View("Check", model with
        {
            Context = result.Context, Decision = result.Context is null ? null : BookingRules.Decide(result.Context),
        });
    }

    /// <summary>Shows the step named, once the steps before it are valid (or the first that is not, with its errors).</summary>
    private async Task<IActionResult> Show(int prisonerId, BookingForm form, string step)
    {
        ModelState.TakeBindingErrors(form);
        var model = await Step(prisonerId, form);
        if (model is null)
        {
            return NotFound();
        }
        var index = Array.IndexOf(BookingFormValidator.Steps, step);
        return await FirstStepWithAProblem(model, index)
               ?? (index > SessionStep ? await SessionNotOffered(model) : null)
               ?? await StepView(index, model);
    }

    private static readonly int SessionStep = Array.IndexOf(BookingFormValidator.Steps, BookingFormValidator.Session);
    private static readonly int ContactStep = Array.IndexOf(BookingFormValidator.Steps, BookingFormValidator.Contact);

    /// <summary>
    /// The session chosen must be one the session step offers these visitors, and visits staff cannot choose a full
    /// one (a visits manager may, to overbook with a reason at the check step): the session step again, with why.
    /// </summary>
    private async Task<IActionResult?> SessionNotOffered(BookingStepModel model)
    {
        var options = await HttpContext.RequestServices.GetRequiredService<SessionFinder>().For(model.Prisoner, visitorIds: model.Form.VisitorIds);
        var chosen = options.FirstOrDefault(o => o.Key == model.Form.Slot);
        string? problem = chosen switch
        {
            null => "Select a session from the list: the one chosen is not offered for these visitors",
            { AlreadyBooked: true } => "This prisoner already has a visit booked in that session. Select another session",
            { Full: true } when !User.IsInRole(Roles.VisitsManager) =>
                $"The {LondonTime.FormatTimes(chosen.Template.StartTime, chosen.Template.EndTime)} session on {LondonTime.FormatDayAndDate(chosen.Date)} is full. Select another session, or ask a visits manager to overbook it",
            _ => null,
        };
        if (problem is null)
        {
            return null;
        }
        ModelState.AddModelError(nameof(BookingForm.Slot), problem);
        return View(BookingFormValidator.Session, model with { Options = options });
    }

    /// <summary>The visit date (or today, before a session is chosen), for ages.</summary>
    private DateOnly VisitDate(BookingForm form) => form.TryParseSlot(out _, out var date) ? date : clock.Today();

    /// <summary>The visitors who are adults on the visit date; the establishment's adult age is read only when a visitor could be a child.</summary>
    private async Task<List<PrisonerContact>> Adults(BookingStepModel model)
    {
        var date = VisitDate(model.Form);
        var chosen = model.Links.Where(l => model.Form.VisitorIds.Contains(l.ContactId)).ToList();
        if (chosen.All(l => l.Contact?.AgeOn(date) is not { } age || age >= 25))
        {
            return chosen;
        }
        var adultAge = await db.Establishments.AsNoTracking().Where(e => e.Id == model.Prisoner.EstablishmentId).Select(e => e.AdultAge).SingleAsync();
        return chosen.Where(l => !l.Contact!.IsChildOn(date, adultAge)).ToList();
    }

    /// <summary>Checks the first <paramref name="count"/> steps in order; the page of the first with a problem, or null.</summary>
    private async Task<IActionResult?> FirstStepWithAProblem(BookingStepModel model, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!await validator.Check(model.Form, ModelState, BookingFormValidator.Steps[i]))
            {
                return await StepView(i, model);
            }
            if (i == ContactStep && !(await Adults(model)).Any(l => l.ContactId == model.Form.MainContactId))
            {
                ModelState.AddModelError(nameof(BookingForm.MainContactId), "The main contact must be an adult: select an adult visitor");
                return await StepView(i, model);
            }
        }
        return null;
    }

    private async Task<IActionResult> StepView(int step, BookingStepModel model)
    {
        var name = BookingFormValidator.Steps[step];
        if (name == BookingFormValidator.Session)
        {
            model = model with { Options = await HttpContext.RequestServices.GetRequiredService<SessionFinder>().For(model.Prisoner, visitorIds: model.Form.VisitorIds) };
        }
        if (name == BookingFormValidator.Contact)
        {
            var form = model.Form;
            var adults = await Adults(model);
            // The first adult visitor is suggested, and the phone number offered is the chosen contact's own.
            form.MainContactId ??= adults.FirstOrDefault()?.ContactId;
            if (string.IsNullOrEmpty(form.MainContactPhone) && ModelState.IsValid)
            {
                form.MainContactPhone = PhoneNumber.Display(adults.FirstOrDefault(l => l.ContactId == form.MainContactId)?.Contact?.Phone);
            }
            return View("MainContact", model with { MainContactChoices = adults });
        }
        return View(name, model);
    }

    private async Task<BookingStepModel?> Step(int prisonerId, BookingForm form)
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
        return new BookingStepModel(prisoner, form, links, clock.Today());
    }

    /// <summary>Runs the rules without saving, so the check page shows any refusal before staff confirm.</summary>
    private async Task<BookingStepModel> Preview(BookingStepModel model, BookingContextLoader loader, bool showRefusals)
    {
        if (!model.Form.TryParseSlot(out var templateId, out var date))
        {
            ModelState.AddModelError(nameof(BookingForm.Slot), "Select a session");
            return model;
        }
        var loaded = await loader.Load(new BookingContextLoader.Request(model.Prisoner.Id, templateId, date, model.Form.VisitorIds,
            User.IsInRole(Roles.VisitsManager), model.Form.OverbookReason, model.Form.VisitingOrderOverrideReason,
            Prisoner: model.Prisoner, Links: model.Links));
        if (loaded is null)
        {
            ModelState.AddModelError(nameof(BookingForm.Slot), "The session or a visitor could not be found here");
            return model;
        }
        var decision = BookingRules.Decide(loaded.Context);
        if (showRefusals)
        {
            BookingRefusalFields.AddTo(ModelState, decision.Refusals);
        }
        return model with { Context = loaded.Context, Decision = decision };
    }
}
