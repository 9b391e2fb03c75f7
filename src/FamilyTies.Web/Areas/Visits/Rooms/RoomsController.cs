using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Rooms;

/// <summary>
/// The visits manager's rooms: visits halls, the closed-visit area, video booths. Switched off, never deleted.
/// Everyone in visits (and the family lead) reads the list; only a visits manager changes it.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/rooms")]
public sealed class RoomsController(FamilyTiesDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["CanManage"] = await this.Allowed(Policies.VisitsManage);
        return View(await db.Rooms.AsNoTracking().OrderByDescending(r => r.Active).ThenBy(r => r.Name).ToListAsync());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public IActionResult Create() => View(new RoomForm { Tables = 0, ClosedBooths = 0 });

    [HttpPost("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(RoomForm form, [FromServices] IValidator<RoomForm> validator, [FromServices] SaveRoomHandler handler)
    {
        form.Active = true;
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(new Room(), form);
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Room {form.Name!.Trim()} added";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
        }
        return View(form);
    }

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id)
    {
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (room is null)
        {
            return NotFound();
        }
        ViewData["Room"] = room;
        return View(RoomForm.From(room));
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id, RoomForm form, [FromServices] IValidator<RoomForm> validator, [FromServices] SaveRoomHandler handler)
    {
        var room = await db.Rooms.SingleOrDefaultAsync(r => r.Id == id);
        if (room is null)
        {
            return NotFound();
        }
        ViewData["Room"] = room;
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(room, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Room {room.Name} updated";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
        }
        return View(form);
    }
}
