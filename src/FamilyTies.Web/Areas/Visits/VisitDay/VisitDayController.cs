using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitDay;

/// <summary>
/// Running the visits hall (issue 13 §2-§4): the day's sessions, each session's list (printable, with visit passes),
/// arrivals and ID, the session's run, outcomes, corrections and the unresolved worklist. Visits staff run the day,
/// visits managers also correct, the family lead reads.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
public sealed class VisitDayController(FamilyTiesDbContext db, VisitDayLoader loader) : Controller
{
    public sealed record SessionPage(SessionList List, bool CanRun, bool CanCorrect, IReadOnlyList<(DateTimeOffset At, string? UserId, string What)> Trail,
        IReadOnlyDictionary<string, string> Names);

    public sealed record VisitPage<TForm>(SessionList List, ListedVisit Visit, TForm Form);

    [HttpGet("visits/day")]
    public async Task<IActionResult> Day(string? date)
    {
        var day = LondonTime.Today(db.Clock);
        if (!string.IsNullOrWhiteSpace(date) && (!LondonTime.TryParseDate(date, out day) || day.Year < 2000 || day.Year > 2099))
        {
            ModelState.AddModelError("date", "Enter the date as a real date, like 23/11/2026");
            day = LondonTime.Today(db.Clock);
        }
        return View(await loader.Day(day));
    }

    /// <summary>Every session's list of the day, one printed page per session.</summary>
    [HttpGet("visits/day/print")]
    public async Task<IActionResult> PrintDay(string? date)
    {
        if (!LondonTime.TryParseDate(date, out var day) || day.Year < 2000 || day.Year > 2099)
        {
            return Redirect("/visits/day");
        }
        var model = await loader.Day(day);
        var lists = new List<SessionList>();
        foreach (var s in model.Sessions.Where(s => s.Slot is not null))
        {
            lists.Add((await loader.Session(s.Slot!.Id))!);
        }
        await loader.Audit(lists.Select(l => l.Slot.Id), "printed the list");
        ViewData["Date"] = day;
        return View(lists);
    }

    [HttpGet("visits/day/sessions/{id:int}")]
    public async Task<IActionResult> Session(int id)
    {
        var list = await loader.Session(id);
        if (list is null)
        {
            return NotFound();
        }
        await loader.Audit([id], "viewed the list");
        return View(await Page(list));
    }

    [HttpGet("visits/day/sessions/{id:int}/print")]
    public async Task<IActionResult> Print(int id)
    {
        var list = await loader.Session(id);
        if (list is null)
        {
            return NotFound();
        }
        await loader.Audit([id], "printed the list");
        ViewData["Date"] = list.Slot.Date;
        return View("PrintDay", new List<SessionList> { list });
    }

    [HttpGet("visits/day/sessions/{id:int}/passes")]
    public async Task<IActionResult> Passes(int id)
    {
        var list = await loader.Session(id);
        if (list is null)
        {
            return NotFound();
        }
        await loader.Audit([id], "printed the passes");
        return View(list);
    }

    [HttpGet("visits/day/sessions/{id:int}/run")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Run(int id)
    {
        var list = await loader.Session(id);
        return list is null ? NotFound() : View(new VisitPage<RunForm>(list, null!, RunForm.From(list.Run)));
    }

    [HttpPost("visits/day/sessions/{id:int}/run")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Run(int id, RunForm form, [FromServices] IValidator<RunForm> validator, [FromServices] RecordRunHandler handler)
    {
        var list = await loader.Session(id);
        if (list is null)
        {
            return NotFound();
        }
        (form.ScheduledStart, form.Now) = (list.Start, db.Clock.GetUtcNow());
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(new VisitPage<RunForm>(list, null!, form));
        }
        await handler.Handle(list, form);
        TempData["Success"] = "Session times saved";
        return Redirect($"/visits/day/sessions/{id}");
    }

    [HttpPost("visits/day/sessions/{id:int}/outcomes")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> AllWhoArrived(int id, [FromServices] RecordOutcomeHandler handler)
    {
        var list = await loader.Session(id);
        if (list is null)
        {
            return NotFound();
        }
        if (!list.Started)
        {
            ModelState.AddModelError("", "The session has not started yet: record its outcomes once it has");
            return View("Session", await Page(list));
        }
        var count = await handler.AllWhoArrived(id);
        TempData["Success"] = count == 1 ? "1 outcome recorded" : $"{count} outcomes recorded";
        return Redirect($"/visits/day/sessions/{id}");
    }

    [HttpGet("visits/day/visits/{id:int}/arrival")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Arrival(int id)
    {
        var found = await Listed(id);
        if (found is not ({ } list, { } visit))
        {
            return NotFound();
        }
        var form = new ArrivalForm
        {
            HallTableId = visit.Attendance?.HallTableId?.ToString(),
            PrisonerArrived = visit.Attendance?.PrisonerArrivedAt is not null,
            HpvStamped = visit.Attendance?.HpvClaimStampedAt is not null,
            OfficerNotes = visit.Attendance?.OfficerNotes,
            Visitors = visit.Visitors.Select(v => new ArrivalInput
            {
                VisitVisitorId = v.Visitor.Id,
                Arrived = v.Arrival is null ? null : v.Arrival.ArrivedAt is null ? "false" : "true",
                IdEvidence = v.Arrival?.IdEvidence.ToString(),
                RefusalReason = v.Arrival?.RefusalReason?.ToString(),
                RefusalDetail = v.Arrival?.RefusalDetail,
                FamilyTold = v.Arrival?.FamilyTold,
            }).ToList(),
        };
        return View(new VisitPage<ArrivalForm>(list, visit, form));
    }

    [HttpPost("visits/day/visits/{id:int}/arrival")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Arrival(int id, ArrivalForm form, [FromServices] IValidator<ArrivalForm> validator, [FromServices] RecordArrivalHandler handler)
    {
        var found = await Listed(id);
        if (found is not ({ } list, { } visit))
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(visit, list, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Arrivals recorded for visit {visit.Visit.Reference}";
                return Redirect($"/visits/day/sessions/{list.Slot.Id}");
            }
            this.AddErrors(errors);
        }
        return View(new VisitPage<ArrivalForm>(list, visit, form));
    }

    [HttpGet("visits/day/visits/{id:int}/outcome")]
    [Authorize(Policy = Policies.VisitsBook)]
    public async Task<IActionResult> Outcome(int id)
    {
        var found = await Listed(id);
        return found is not ({ } list, { } visit) ? NotFound() : View(new VisitPage<OutcomeForm>(list, visit, new OutcomeForm()));
    }

    [HttpPost("visits/day/visits/{id:int}/outcome")]
    [Authorize(Policy = Policies.VisitsBook)]
    public Task<IActionResult> Outcome(int id, OutcomeForm form, [FromServices] IValidator<OutcomeForm> validator, [FromServices] RecordOutcomeHandler handler) =>
        SaveOutcome(id, form, validator, handler, correcting: false);

    [HttpGet("visits/day/visits/{id:int}/correct")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Correct(int id)
    {
        var found = await Listed(id);
        if (found is not ({ } list, { } visit) || visit.Attendance?.Outcome is null)
        {
            return NotFound();
        }
        return View(new VisitPage<OutcomeForm>(list, visit, new OutcomeForm { Outcome = visit.Attendance.Outcome.ToString(), Reason = visit.Attendance.OutcomeReason }));
    }

    [HttpPost("visits/day/visits/{id:int}/correct")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Correct(int id, OutcomeForm form, [FromServices] IValidator<OutcomeForm> validator, [FromServices] RecordOutcomeHandler handler) =>
        SaveOutcome(id, form, validator, handler, correcting: true);

    [HttpGet("visits/unresolved")]
    public async Task<IActionResult> Unresolved()
    {
        var visits = await loader.UnresolvedQuery().Include(v => v.Prisoner)
            .OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id).Take(500).ToListAsync();
        ViewData["CanRun"] = await this.Allowed(Policies.VisitsBook);
        return View(visits);
    }

    private async Task<IActionResult> SaveOutcome(int id, OutcomeForm form, IValidator<OutcomeForm> validator, RecordOutcomeHandler handler, bool correcting)
    {
        var found = await Listed(id, includeCancelled: true);
        if (found is not ({ } list, { } visit) || (correcting && visit.Attendance?.Outcome is null))
        {
            return NotFound();
        }
        if (correcting && string.IsNullOrWhiteSpace(form.CorrectionReason))
        {
            ModelState.AddModelError(nameof(form.CorrectionReason), "Enter why the outcome is being corrected");
        }
        if (await validator.ValidateInto(form, ModelState) && ModelState.IsValid)
        {
            var refusal = await handler.Handle(id, Enum.Parse<VisitOutcome>(form.Outcome!), form.Reason ?? "", correcting ? form.CorrectionReason : null);
            if (refusal is null)
            {
                TempData["Success"] = $"Outcome {(correcting ? "corrected" : "recorded")} for visit {visit.Visit.Reference}";
                return Redirect($"/visits/day/sessions/{list.Slot.Id}");
            }
            ModelState.AddModelError(nameof(form.Outcome), refusal);
        }
        return View(correcting ? "Correct" : "Outcome", new VisitPage<OutcomeForm>(list, visit, form));
    }

    /// <summary>The visit with its session list; cancelled visits only where the page says it takes no outcome.</summary>
    private async Task<(SessionList, ListedVisit)?> Listed(int visitId, bool includeCancelled = false)
    {
        var visit = await db.Visits.AsNoTracking().Include(v => v.Prisoner).Include(v => v.Visitors).ThenInclude(x => x.Contact)
            .SingleOrDefaultAsync(v => v.Id == visitId);
        if (visit is null || (visit.Status != VisitStatus.Booked && !includeCancelled))
        {
            return null;
        }
        var list = (await loader.Session(visit.SessionSlotId))!;
        var listed = list.Visits.FirstOrDefault(v => v.Visit.Id == visitId)
                     ?? new ListedVisit(visit, null, visit.Visitors.Select(x => new ListedVisitor(x, null)).ToList());
        return (list, listed);
    }

    private async Task<SessionPage> Page(SessionList list)
    {
        var trail = await loader.AuditTrail(list.Slot.Id);
        var names = await StaffNames.LoadAsync(db, trail.Select(t => t.UserId).OfType<string>().Distinct().ToList());
        return new SessionPage(list, await this.Allowed(Policies.VisitsBook), await this.Allowed(Policies.VisitsManage), trail, names);
    }
}
