using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Tables;

/// <summary>
/// Each hall's tables (issue 13 §3): accessible, near the play area, quiet. The visits manager adds, changes and
/// retires them; everyone in visits reads the list. Tables are allocated to visits on the day's arrival page.
/// </summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/tables")]
public sealed class TablesController(FamilyTiesDbContext db, SaveHallTableHandler handler) : Controller
{
    public sealed record TableRow(HallTable Table, string RoomName, int FutureAllocations);

    public sealed record EditPage(HallTable? Table, HallTableForm Form, IReadOnlyList<FutureAllocation> Allocations);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = FamilyTies.Domain.Common.LondonTime.Today(db.Clock);
        var rows = await db.HallTables.AsNoTracking()
            .Select(t => new
            {
                Table = t, RoomName = t.Room!.Name,
                Future = db.VisitAttendances.Count(a => a.HallTableId == t.Id && a.Date >= today && a.Visit!.Status == VisitStatus.Booked),
            }).ToListAsync();
        ViewData["CanManage"] = await this.Allowed(Policies.VisitsManage);
        return View(rows.OrderBy(r => r.RoomName).ThenByDescending(r => r.Table.Active).ThenBy(r => r.Table.Label.Length).ThenBy(r => r.Table.Label)
            .Select(r => new TableRow(r.Table, r.RoomName, r.Future)).ToList());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(int? roomId) =>
        View(new EditPage(null, new HallTableForm { RoomId = roomId, Rooms = await handler.Rooms() }, []));

    [HttpPost("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(HallTableForm form, [FromServices] IValidator<HallTableForm> validator)
    {
        form.Active = true;
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(new HallTable(), form);
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Table {form.Label!.Trim()} added";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
        }
        form.Rooms = await handler.Rooms();
        return View(new EditPage(null, form, []));
    }

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id)
    {
        var table = await db.HallTables.AsNoTracking().Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == id);
        if (table is null)
        {
            return NotFound();
        }
        var form = HallTableForm.From(table);
        form.Rooms = await RoomsWith(table);
        return View(new EditPage(table, form, await handler.Allocations(id)));
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Edit(int id, HallTableForm form, [FromServices] IValidator<HallTableForm> validator)
    {
        var table = await db.HallTables.Include(t => t.Room).SingleOrDefaultAsync(t => t.Id == id);
        if (table is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var label = table.Label;
            var errors = await handler.Handle(table, form);
            if (errors.Count == 0)
            {
                TempData["Success"] = table.Active ? $"Table {table.Label} updated" : $"Table {label} retired";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
        }
        form.Rooms = await RoomsWith(table);
        return View(new EditPage(table, form, await handler.Allocations(id)));
    }

    /// <summary>The rooms in use, and the table's own room even if it has been switched off.</summary>
    private async Task<IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>> RoomsWith(HallTable table)
    {
        var rooms = (await handler.Rooms()).ToList();
        if (table.Room is { } room && rooms.All(r => r.Value != room.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            rooms.Add(new(room.Name + " (switched off)", room.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return rooms;
    }
}
