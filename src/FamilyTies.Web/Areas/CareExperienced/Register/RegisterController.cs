using FamilyTies.Data;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>The care-experienced register: registering, a prisoner's record, adviser contacts, consent, the no-visits worklist.</summary>
[Area("CareExperienced")]
[Authorize(Policy = Policies.CareExperienced)]
[Route("careexperienced")]
public sealed class RegisterController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record DetailsModel(CareExperiencedRecord Record, CareLeaverStatus Status, PersonalAdviserContactDue Due, int IntervalWeeks,
        IReadOnlyList<DropInSession> DropIns);

    [HttpGet("register")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public IActionResult Register(string? prisonNumber) =>
        View(new RegisterForm { PrisonNumber = prisonNumber, RegisteredOn = LondonTime.DateInput(clock.GetUtcNow()) });

    [HttpPost("register")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator, [FromServices] RegisterHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(CareExperiencedRecord)) is { } earlier)
        {
            return Redirect($"/careexperienced/{earlier}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var sent = await submissions.Once(nameof(CareExperiencedRecord), () => handler.Handle(form));
            TempData["Success"] = "Prisoner added to the care-experienced register";
            return Redirect($"/careexperienced/{sent.Id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] FamilyTies.Web.Areas.CareExperienced.DropIns.DropInLoader dropIns)
    {
        var record = await db.CareExperiencedRecords.AsNoTracking().Include(r => r.Prisoner).Include(r => r.Contacts).SingleOrDefaultAsync(r => r.Id == id);
        if (record is null)
        {
            return NotFound();
        }
        var today = LondonTime.Today(clock);
        var interval = await db.Establishments.Where(e => e.Id == db.CurrentEstablishmentId).Select(e => e.PersonalAdviserContactIntervalWeeks).SingleAsync();
        return View(new DetailsModel(record, CareLeaverStatus.On(record.Prisoner!.DateOfBirth, record.LookedAfter, today),
            PersonalAdviserContactRule.Due(record.Prisoner.ReceptionDate, record.RegisteredOn, record.Contacts.Select(c => c.OccurredOn), interval, today), interval,
            await dropIns.AttendedBy(record.Id)));
    }

    [HttpGet("{id:int}/contacts/new")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Contact(int id)
    {
        var record = await Find(id);
        return record is null ? NotFound() : View(new AdviserContactForm { Title = Title(record), OccurredOn = LondonTime.DateInput(clock.GetUtcNow()) });
    }

    [HttpPost("{id:int}/contacts/new")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Contact(int id, AdviserContactForm form, [FromServices] IValidator<AdviserContactForm> validator,
        [FromServices] AdviserContactHandler handler, [FromServices] FormSubmissions submissions)
    {
        var record = await Find(id);
        if (record is null)
        {
            return NotFound();
        }
        if (await submissions.Earlier(nameof(PersonalAdviserContact)) is not null)
        {
            return Redirect($"/careexperienced/{id}");
        }
        form.Title = Title(record);
        if (await validator.ValidateInto(form, ModelState))
        {
            await submissions.Once(nameof(PersonalAdviserContact), () => handler.Handle(record, form));
            TempData["Success"] = "Personal adviser contact recorded";
            return Redirect($"/careexperienced/{id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}/consent")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Consent(int id)
    {
        var record = await Find(id);
        return record is null ? NotFound() : View(new ConsentForm { Title = Title(record), Shares = record.MayShare, On = LondonTime.DateInput(clock.GetUtcNow()) });
    }

    [HttpPost("{id:int}/consent")]
    [Authorize(Policy = Policies.CareExperiencedChange)]
    public async Task<IActionResult> Consent(int id, ConsentForm form, [FromServices] IValidator<ConsentForm> validator, [FromServices] ConsentHandler handler)
    {
        var record = await db.CareExperiencedRecords.Include(r => r.Prisoner).SingleOrDefaultAsync(r => r.Id == id);
        if (record is null)
        {
            return NotFound();
        }
        form.Title = Title(record);
        form.Shares = record.MayShare;
        if (await validator.ValidateInto(form, ModelState))
        {
            var error = await handler.Handle(record, form);
            if (error is null)
            {
                TempData["Success"] = record.MayShare ? "Consent to share recorded" : "Consent withdrawn: the local authority's details are hidden";
                return Redirect($"/careexperienced/{id}");
            }
            ModelState.AddModelError(nameof(form.ConsentToShare), error);
        }
        return View(form);
    }

    [HttpGet("worklist")]
    public async Task<IActionResult> Worklist([FromServices] CareRegisterLoader loader) => View(await loader.NoVisits());

    private Task<CareExperiencedRecord?> Find(int id) =>
        db.CareExperiencedRecords.AsNoTracking().Include(r => r.Prisoner).SingleOrDefaultAsync(r => r.Id == id);

    private static string Title(CareExperiencedRecord r) => $"{r.Prisoner!.FullName} ({r.Prisoner.PrisonNumber})";
}
