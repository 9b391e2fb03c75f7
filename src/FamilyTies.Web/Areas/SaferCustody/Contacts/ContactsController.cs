using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>The safer custody contact log. Contacts are never deleted: they are closed, and mistakes are corrected by new entries.</summary>
[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
[Route("safercustody/contacts")]
public sealed class ContactsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] OpenContactsHandler handler) => View(await handler.Handle());

    [HttpGet("closed")]
    public async Task<IActionResult> Closed([FromServices] ClosedContactsHandler handler, int page = 1) => View(await handler.Handle(page));

    [HttpGet("new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public IActionResult Create(int? voicemailCheckId) => View(LogContactForm.Blank(clock.GetUtcNow(), voicemailCheckId));

    [HttpPost("new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Create(LogContactForm form, [FromServices] IValidator<LogContactForm> validator, [FromServices] LogContactHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        // The same form sent again goes to the contact it logged.
        if (await submissions.Earlier(nameof(SaferCustodyContact)) is { } earlier)
        {
            return Logged(earlier);
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        var sent = await submissions.Once(nameof(SaferCustodyContact), () => handler.Handle(form));
        return sent.Id is { } id ? Logged(id) : NotFound();
    }

    private RedirectResult Logged(int id)
    {
        TempData["Success"] = $"Contact {SaferCustodyContact.FormatReference(id)} logged";
        return Redirect($"/safercustody/contacts/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] ContactDetailsHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/actions/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> AddAction(int id, int? corrects)
    {
        var contact = await Find(id);
        if (contact is null)
        {
            return NotFound();
        }
        var corrected = corrects is null ? null : await db.ContactActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == corrects && a.ContactId == id);
        if (corrects is not null && corrected is null)
        {
            return NotFound();
        }
        if (corrected is not null)
        {
            // The correction form shows the action being corrected, notes and all.
            await SaferCustodyAudit.Reads(db, nameof(SaferCustodyContact), [id]);
        }
        return View(RecordActionHandler.Blank(contact, clock.GetUtcNow(), corrected));
    }

    [HttpPost("{id:int}/actions/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> AddAction(int id, RecordActionForm form, [FromServices] IValidator<RecordActionForm> validator, [FromServices] RecordActionHandler handler)
    {
        var contact = await Find(id);
        if (contact is null)
        {
            return NotFound();
        }
        form.ContactId = id;
        form.Reference = contact.Reference;
        if (await validator.ValidateInto(form, ModelState) && AddErrors(await handler.Handle(contact, form)))
        {
            TempData["Success"] = form.CorrectsId is null ? "Action recorded" : "Correction recorded";
            return Redirect($"/safercustody/contacts/{id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}/caller/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> TellCaller(int id, int? corrects)
    {
        var contact = await Find(id, withActions: true);
        if (contact is null)
        {
            return NotFound();
        }
        var corrected = corrects is null ? null : await db.CallerFeedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == corrects && f.ContactId == id);
        if (corrects is not null && corrected is null)
        {
            return NotFound();
        }
        // The page shows the prisoner's answer on consent (and, when correcting, what the caller was told).
        await SaferCustodyAudit.Reads(db, nameof(SaferCustodyContact), [id]);
        return View(RecordCallerFeedbackHandler.Blank(contact, clock.GetUtcNow(), ConsentGate.Current(contact.Actions), corrected));
    }

    [HttpPost("{id:int}/caller/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> TellCaller(int id, RecordCallerFeedbackForm form, [FromServices] IValidator<RecordCallerFeedbackForm> validator,
        [FromServices] RecordCallerFeedbackHandler handler)
    {
        var contact = await Find(id, withActions: true);
        if (contact is null)
        {
            return NotFound();
        }
        form.ContactId = id;
        form.Reference = contact.Reference;
        form.Consent = ConsentGate.Current(contact.Actions);
        if (await validator.ValidateInto(form, ModelState) && AddErrors(await handler.Handle(contact, form)))
        {
            TempData["Success"] = form.CorrectsId is null ? "Call to the caller recorded" : "Correction recorded";
            return Redirect($"/safercustody/contacts/{id}");
        }
        return View(form);
    }

    [HttpGet("{id:int}/close")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Close(int id)
    {
        var contact = await Find(id, withActions: true);
        if (contact is null)
        {
            return NotFound();
        }
        return contact.IsOpen
            ? View(new CloseContactForm { ContactId = id, Reference = contact.Reference, Missing = CloseContactForm.MissingSteps(contact) })
            : Redirect($"/safercustody/contacts/{id}");
    }

    [HttpPost("{id:int}/close")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Close(int id, CloseContactForm form, [FromServices] IValidator<CloseContactForm> validator, [FromServices] CloseContactHandler handler)
    {
        var contact = await Find(id, withActions: true, tracked: true);
        if (contact is null)
        {
            return NotFound();
        }
        if (!contact.IsOpen)
        {
            return Redirect($"/safercustody/contacts/{id}");
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            form.ContactId = id;
            form.Reference = contact.Reference;
            form.Missing = CloseContactForm.MissingSteps(contact);
            return View(form);
        }
        await handler.Handle(contact, form);
        TempData["Success"] = $"Contact {contact.Reference} closed";
        return Redirect("/safercustody/contacts");
    }

    [HttpGet("{id:int}/correct")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Correct(int id, string? q, string? prisonNumber)
    {
        var contact = await Find(id, withPrisoner: true);
        if (contact is null)
        {
            return NotFound();
        }
        // The form is filled in with the caller's name, phone and the rest: an audited read.
        await SaferCustodyAudit.Reads(db, nameof(SaferCustodyContact), [id]);
        var form = CorrectContactForm.From(contact);
        form.Query = q?.Trim();
        if (prisonNumber is not null)
        {
            form.PrisonNumber = PrisonNumber.Normalise(prisonNumber);
        }
        if (!string.IsNullOrEmpty(form.Query))
        {
            var like = $"%{form.Query}%";
            var number = PrisonNumber.Normalise(form.Query);
            form.Matches = await db.Prisoners.AsNoTracking()
                .Where(p => p.PrisonNumber == number || EF.Functions.Like(p.LastName, like) || EF.Functions.Like(p.FirstName + " " + p.LastName, like))
                .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(20).ToListAsync();
        }
        return View(form);
    }

    [HttpPost("{id:int}/correct")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Correct(int id, CorrectContactForm form, [FromServices] IValidator<CorrectContactForm> validator, [FromServices] CorrectContactHandler handler)
    {
        var contact = await Find(id, withPrisoner: true, tracked: true);
        if (contact is null)
        {
            return NotFound();
        }
        form.ContactId = id;
        form.Reference = contact.Reference;
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        TempData["Success"] = await handler.Handle(contact, form) ? "Contact details corrected" : "Nothing was changed";
        return Redirect($"/safercustody/contacts/{id}");
    }

    private bool AddErrors(Dictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        return errors.Count == 0;
    }

    private async Task<SaferCustodyContact?> Find(int id, bool withActions = false, bool withPrisoner = false, bool tracked = false)
    {
        IQueryable<SaferCustodyContact> query = db.SaferCustodyContacts;
        if (!tracked)
        {
            query = query.AsNoTracking();
        }
        if (withActions)
        {
            query = query.Include(c => c.Actions).Include(c => c.CallerFeedback).AsSplitQuery();
        }
        if (withPrisoner)
        {
            query = query.Include(c => c.Prisoner);
        }
        return await query.SingleOrDefaultAsync(c => c.Id == id);
    }
}
