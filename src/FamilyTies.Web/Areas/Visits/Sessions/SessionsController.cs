using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Sessions;

/// <summary>
/// The visits manager's session templates: list, add, edit, switch off and on. Never deleted. Everyone in visits (and
/// the family lead) reads the list; only a visits manager changes it.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/sessions")]
public sealed class SessionsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["CanManage"] = await this.Allowed(Policies.VisitsManage);
        var sessions = await db.SessionTemplates.AsNoTracking().Include(s => s.Room).ToListAsync();
        return View(sessions
            .OrderByDescending(s => s.Active)
            .ThenBy(s => ((int)s.DayOfWeek + 6) % 7)
            .ThenBy(s => s.StartTime)
            .ThenBy(s => s.Name)
            .ToList());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create() =>
        View(await WithOptions(new SessionForm { ValidFrom = clock.Today(), WeeklyFrequency = 1, VisitType = nameof(VisitType.Social) }));

    [HttpPost("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(SessionForm form, [FromServices] IValidator<SessionForm> validator, [FromServices] AddSessionHandler handler)
    {
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(form);
            if (result.Template is { } saved)
            {
                TempData["Success"] = $"Session {saved.Name} added";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(result.Errors);
        }
        return View(await WithOptions(form));
    }

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id)
    {
        var session = await db.SessionTemplates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return NotFound();
        }
        ViewData["Session"] = session;
        return View(await WithOptions(SessionForm.From(session), session.RoomId));
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id, SessionForm form, [FromServices] IValidator<SessionForm> validator, [FromServices] EditSessionHandler handler)
    {
        var session = await db.SessionTemplates.SingleOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return NotFound();
        }
        ViewData["Session"] = session;
        var roomId = session.RoomId;
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(session, form);
            if (result.Template is { } saved)
            {
                TempData["Success"] = $"Session {saved.Name} updated" + SessionFormat.Flagged(result.Flagged);
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(result.Errors);
        }
        return View(await WithOptions(form, roomId));
    }

    [HttpGet("{id:int}/deactivate")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Deactivate(int id, [FromServices] DeactivateSessionHandler handler)
    {
        var session = await db.SessionTemplates.AsNoTracking().Include(s => s.Room).SingleOrDefaultAsync(s => s.Id == id && s.Active);
        if (session is null)
        {
            return NotFound();
        }
        ViewData["Booked"] = await handler.BookedFromToday(session);
        return View(session);
    }

    [HttpPost("{id:int}/deactivate")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> ConfirmDeactivate(int id, [FromServices] DeactivateSessionHandler handler)
    {
        var session = await db.SessionTemplates.SingleOrDefaultAsync(s => s.Id == id && s.Active);
        if (session is null)
        {
            return NotFound();
        }
        var flagged = await handler.Deactivate(session);
        TempData["Success"] = $"Session {session.Name} switched off" + SessionFormat.Flagged(flagged);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/reactivate")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Reactivate(int id, [FromServices] DeactivateSessionHandler handler)
    {
        var session = await db.SessionTemplates.SingleOrDefaultAsync(s => s.Id == id && !s.Active);
        if (session is null)
        {
            return NotFound();
        }
        var result = await handler.Reactivate(session);
        if (result.Template is null)
        {
            foreach (var message in result.Errors.Values)
            {
                ModelState.AddModelError("", $"The session cannot be switched on: {message}");
            }
            session.Active = false;
            ViewData["Session"] = session;
            return View(nameof(Edit), await WithOptions(SessionForm.From(session), session.RoomId));
        }
        TempData["Success"] = $"Session {session.Name} switched on";
        return RedirectToAction(nameof(Index));
    }

    private async Task<SessionForm> WithOptions(SessionForm form, int? includeRoomId = null)
    {
        form.RoomOptions = await SessionForm.Rooms(db, includeRoomId);
        return form;
    }
}
