using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Cases;

/// <summary>ACCT and CSIP family involvement.</summary>
[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
[Route("safercustody/cases")]
public sealed class CasesController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record DetailsModel(SafetyCase Case, InvolvementStatus Involvement, ActOnThis? ActOnThis, IReadOnlySet<int> CorrectedIds);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] OpenCasesHandler handler)
    {
        var cases = await handler.Handle();
        // The list names each case's family member: an audited read of each case shown.
        await SaferCustodyAudit.Reads(db, nameof(SafetyCase), cases.Select(c => c.Id));
        return View(cases);
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public IActionResult Open(string? prisonNumber) =>
        View(new OpenCaseForm { PrisonNumber = prisonNumber, OpenedOn = LondonTime.DateInput(clock.GetUtcNow()) });

    [HttpPost("new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Open(OpenCaseForm form, [FromServices] IValidator<OpenCaseForm> validator, [FromServices] OpenCaseHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        // The same form sent again goes to the case it recorded.
        if (await submissions.Earlier(nameof(SafetyCase)) is { } earlier)
        {
            return await Opened(earlier);
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            string? error = null;
            var sent = await submissions.Once(nameof(SafetyCase), async () =>
            {
                (var id, error) = await handler.Handle(form);
                return id;
            });
            if (sent.Id is { } id)
            {
                return await Opened(id);
            }
            ModelState.AddModelError(nameof(form.Kind), error!);
        }
        return View(form);
    }

    private async Task<IActionResult> Opened(int id)
    {
        var kind = await db.SafetyCases.Where(c => c.Id == id).Select(c => (SafetyCaseKind?)c.Kind).SingleOrDefaultAsync();
        if (kind is null)
        {
            return NotFound();
        }
        TempData["Success"] = $"{SaferCustodyText.Of(kind.Value)} recorded. Ask the prisoner whether their family should be involved";
        return Redirect($"/safercustody/cases/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var safetyCase = await db.SafetyCases.AsNoTracking().Include(c => c.Prisoner).Include(c => c.Entries).SingleOrDefaultAsync(c => c.Id == id);
        if (safetyCase is null)
        {
            return NotFound();
        }
        await SaferCustodyAudit.Reads(db, nameof(SafetyCase), [safetyCase.Id]);
        var status = InvolvementStatus.From(safetyCase.Entries);
        var act = safetyCase.IsOpen ? FamilyInvolvementRule.Check(status, LondonTime.DateOf(clock.GetUtcNow())) : null;
        return View(new DetailsModel(safetyCase, status, act,
            safetyCase.Entries.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet()));
    }

    [HttpGet("{id:int}/entries/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Entry(int id, int? corrects)
    {
        var safetyCase = await Find(id);
        if (safetyCase is null)
        {
            return NotFound();
        }
        var corrected = corrects is null ? null : await db.FamilyInvolvementEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == corrects && e.SafetyCaseId == id);
        if (corrects is not null && corrected is null)
        {
            return NotFound();
        }
        if (corrected is not null)
        {
            // The correction form shows the entry being corrected.
            await SaferCustodyAudit.Reads(db, nameof(SafetyCase), [safetyCase.Id]);
        }
        return View(RecordInvolvementHandler.Blank(safetyCase, Title(safetyCase), clock.GetUtcNow(), corrected));
    }

    [HttpPost("{id:int}/entries/new")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Entry(int id, RecordInvolvementForm form, [FromServices] IValidator<RecordInvolvementForm> validator, [FromServices] RecordInvolvementHandler handler)
    {
        var safetyCase = await Find(id);
        if (safetyCase is null)
        {
            return NotFound();
        }
        form.CaseId = id;
        form.CaseTitle = Title(safetyCase);
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(safetyCase, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = form.CorrectsId is null ? "Family involvement recorded" : "Correction recorded";
                return Redirect($"/safercustody/cases/{id}");
            }
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
        }
        return View(form);
    }

    [HttpGet("{id:int}/close")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Close(int id)
    {
        var safetyCase = await Find(id);
        if (safetyCase is null)
        {
            return NotFound();
        }
        return safetyCase.IsOpen
            ? View(new CloseCaseForm { CaseId = id, CaseTitle = Title(safetyCase), ClosedOn = LondonTime.DateInput(clock.GetUtcNow()) })
            : Redirect($"/safercustody/cases/{id}");
    }

    [HttpPost("{id:int}/close")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Close(int id, CloseCaseForm form, [FromServices] IValidator<CloseCaseForm> validator, [FromServices] CloseCaseHandler handler)
    {
        var safetyCase = await db.SafetyCases.Include(c => c.Prisoner).SingleOrDefaultAsync(c => c.Id == id);
        if (safetyCase is null)
        {
            return NotFound();
        }
        if (!safetyCase.IsOpen)
        {
            return Redirect($"/safercustody/cases/{id}");
        }
        form.CaseId = id;
        form.CaseTitle = Title(safetyCase);
        if (await validator.ValidateInto(form, ModelState))
        {
            var error = await handler.Handle(safetyCase, form);
            if (error is null)
            {
                TempData["Success"] = $"{SaferCustodyText.Of(safetyCase.Kind)} closed";
                return Redirect("/safercustody/cases");
            }
            ModelState.AddModelError(nameof(form.ClosedOn), error);
        }
        return View(form);
    }

    private async Task<SafetyCase?> Find(int id) =>
        await db.SafetyCases.AsNoTracking().Include(c => c.Prisoner).SingleOrDefaultAsync(c => c.Id == id);

    private static string Title(SafetyCase c) => $"{SaferCustodyText.Of(c.Kind)}: {c.Prisoner!.FullName} ({c.Prisoner.PrisonNumber})";
}
