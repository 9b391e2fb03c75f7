using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.ForeignNationals.Records;

/// <summary>
/// A foreign national's page (family abroad and calling hours, night-call overrides, international credit, visiting-order
/// substitutions, officials, interpreters), the forms that record them, and the 90-day worklist.
/// </summary>
[Area("ForeignNationals")]
[Authorize(Policy = Policies.ForeignNationals)]
[Route("foreignnationals")]
public sealed class RecordsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, string? date, [FromServices] ForeignNationalLoader loader)
    {
        DateOnly? on = null;
        if (!string.IsNullOrEmpty(date))
        {
            if (!LondonTime.TryParseDate(date, out var d) || Math.Abs(d.DayNumber - LondonTime.Today(clock).DayNumber) > 366)
            {
                ModelState.AddModelError("date", "Enter a date within a year of today, like 23/11/2026");
            }
            else
            {
                on = d;
            }
        }
        var details = await loader.Details(id, on);
        return details is null ? NotFound() : View(details);
    }

    [HttpGet("worklist")]
    public async Task<IActionResult> Worklist([FromServices] ForeignNationalLoader loader) => View(await loader.NoContact());

    [HttpGet("{id:int}/family/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Family(int id) => Blank(id, new FamilyAbroadForm());

    [HttpPost("{id:int}/family/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Family(int id, FamilyAbroadForm form, [FromServices] IValidator<FamilyAbroadForm> validator, [FromServices] FamilyAbroadHandler handler,
        [FromServices] FormSubmissions submissions) =>
        Create(id, form, validator, submissions, nameof(FamilyAbroad), p => handler.Handle(p, form), "Family abroad recorded");

    [HttpGet("{id:int}/family/{familyId:int}/nightcalls/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public async Task<IActionResult> NightCall(int id, int familyId)
    {
        var family = await FindFamily(id, familyId);
        return family is null ? NotFound() : View(new NightCallForm { Title = NightCallTitle(family), RequestedOn = LondonTime.DateInput(clock.GetUtcNow()) });
    }

    [HttpPost("{id:int}/family/{familyId:int}/nightcalls/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public async Task<IActionResult> NightCall(int id, int familyId, NightCallForm form, [FromServices] IValidator<NightCallForm> validator,
        [FromServices] NightCallHandler handler, [FromServices] FormSubmissions submissions)
    {
        var family = await FindFamily(id, familyId);
        if (family is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(NightCallOverride)) is not null)
        {
            return Redirect($"/foreignnationals/{id}");
        }
        form.Title = NightCallTitle(family);
        if (await validator.ValidateInto(form, ModelState))
        {
            await submissions.Once(nameof(NightCallOverride), () => handler.Handle(family, form));
            TempData["Success"] = "Night-call override request recorded";
            return Redirect($"/foreignnationals/{id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}/family/{familyId:int}/nightcalls/{callId:int}/decision")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public async Task<IActionResult> DecideNightCall(int id, int familyId, int callId)
    {
        var form = new DecideNightCallForm();
        return await FillDecide(id, familyId, callId, form) ? View("Decide", form) : NotFound();
    }

    [HttpPost("{id:int}/family/{familyId:int}/nightcalls/{callId:int}/decision")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public async Task<IActionResult> DecideNightCall(int id, int familyId, int callId, DecideNightCallForm form,
        [FromServices] IValidator<DecideNightCallForm> validator, [FromServices] DecideNightCallHandler handler)
    {
        if (!await FillDecide(id, familyId, callId, form))
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            if (await handler.Handle(callId, form) is { } refusal)
            {
                ModelState.AddModelError(nameof(form.Decision), refusal);
                await FillDecide(id, familyId, callId, form);
                return View("Decide", form);
            }
            TempData["Success"] = form.Decision == nameof(NightCallChoice.Granted) ? "Night-call override granted" : "Night-call override refused";
            return Redirect($"/foreignnationals/{id}");
        }
        return View("Decide", form);
    }

    /// <summary>Loads the request (of this prisoner's family, in this establishment) and what the decide page shows about it.</summary>
    private async Task<bool> FillDecide(int id, int familyId, int callId, DecideNightCallForm form)
    {
        var request = await db.NightCallOverrides.AsNoTracking().Include(n => n.FamilyAbroad).ThenInclude(f => f!.Prisoner)
            .SingleOrDefaultAsync(n => n.Id == callId && n.FamilyAbroadId == familyId && n.FamilyAbroad!.PrisonerId == id);
        if (request is null)
        {
            return false;
        }
        form.Title = NightCallTitle(request.FamilyAbroad!);
        form.Request = request;
        form.DecidedByName = StaffNames.Of(await StaffNames.LoadAsync(db, [request.DecidedByUserId]), request.DecidedByUserId);
        return true;
    }

    [HttpGet("{id:int}/credit/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Credit(int id) =>
        Blank(id, new CreditForm { OccurredOn = LondonTime.DateInput(clock.GetUtcNow()) });

    [HttpPost("{id:int}/credit/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Credit(int id, CreditForm form, [FromServices] IValidator<CreditForm> validator, [FromServices] CreditHandler handler,
        [FromServices] FormSubmissions submissions) =>
        Create(id, form, validator, submissions, nameof(InternationalCredit), p => handler.Handle(p, form), "International phone credit recorded");

    [HttpGet("{id:int}/officials/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Official(int id) =>
        Blank(id, new OfficialContactForm { OccurredOn = LondonTime.DateInput(clock.GetUtcNow()) });

    [HttpPost("{id:int}/officials/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Official(int id, OfficialContactForm form, [FromServices] IValidator<OfficialContactForm> validator,
        [FromServices] OfficialContactHandler handler, [FromServices] FormSubmissions submissions) =>
        Create(id, form, validator, submissions, nameof(OfficialContact), p => handler.Handle(p, form), "Contact with officials recorded");

    [HttpGet("{id:int}/interpreters/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Interpreter(int id) =>
        Blank(id, new InterpreterForm { NeededOn = LondonTime.DateInput(clock.GetUtcNow()), Outcome = nameof(InterpreterOutcome.Pending) });

    [HttpPost("{id:int}/interpreters/new")]
    [Authorize(Policy = Policies.ForeignNationalsChange)]
    public Task<IActionResult> Interpreter(int id, InterpreterForm form, [FromServices] IValidator<InterpreterForm> validator,
        [FromServices] InterpreterHandler handler, [FromServices] FormSubmissions submissions) =>
        Create(id, form, validator, submissions, nameof(InterpreterRequest), p => handler.Handle(p, form), "Interpreter request recorded");

    private async Task<IActionResult> Blank<TForm>(int id, TForm form) where TForm : ForeignNationalForm
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return NotFound();
        }
        form.Title = Title(prisoner);
        if (ForeignNationalForm.NotForeign(prisoner) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
        }
        return View(form);
    }

    /// <summary>The create pattern every form here shares: sent once, validated, refused for a prisoner who is not a foreign national.</summary>
    private async Task<IActionResult> Create<TForm>(int id, TForm form, IValidator<TForm> validator, FormSubmissions submissions, string entity,
        Func<Prisoner, Task<int?>> handle, string success) where TForm : ForeignNationalForm
    {
        var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (prisoner is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(entity) is not null)
        {
            return Redirect($"/foreignnationals/{id}");
        }
        form.Title = Title(prisoner);
        if (await validator.ValidateInto(form, ModelState))
        {
            if (ForeignNationalForm.NotForeign(prisoner) is { } refusal)
            {
                ModelState.AddModelError("", refusal);
                return View(form);
            }
            await submissions.Once(entity, () => handle(prisoner));
            TempData["Success"] = success;
            return Redirect($"/foreignnationals/{id}");
        }
        return View(form);
    }

    private Task<FamilyAbroad?> FindFamily(int id, int familyId) =>
        db.FamilyAbroad.AsNoTracking().Include(f => f.Prisoner).SingleOrDefaultAsync(f => f.Id == familyId && f.PrisonerId == id);

    private static string Title(Prisoner p) => $"{p.FullName} ({p.PrisonNumber})";

    private static string NightCallTitle(FamilyAbroad f) => $"{Title(f.Prisoner!)}: calling {f.Name} in {f.Country}";
}
