using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Blocks;

/// <summary>Blocked dates and sessions: visits staff see them; the visits manager blocks and unblocks.</summary>
[Area("Visits")]
[Authorize(Policy = Policies.Visits)]
[Route("visits/blocks")]
public sealed class BlocksController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public sealed record Row(BlockedDate Block, string BlockedBy);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var today = clock.Today();
        var blocks = await db.BlockedDates.AsNoTracking().Include(b => b.SessionTemplate).ThenInclude(s => s!.Room)
            .Where(b => !b.Removed && b.Date >= today)
            .OrderBy(b => b.Date)
            .ToListAsync();
        var names = await StaffNames.LoadAsync(db, blocks.Select(b => b.CreatedBy));
        ViewData["CanManage"] = await this.Allowed(Policies.VisitsManage);
        return View(blocks
            .OrderBy(b => b.Date).ThenBy(b => b.SessionTemplate?.StartTime)
            .Select(b => new Row(b, b.CreatedBy is { } id && names.TryGetValue(id, out var name) ? name : "System"))
            .ToList());
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create([DateRange(DateKind.Upcoming)] DateOnly? date, int? sessionTemplateId) =>
        View(await WithOptions(new BlockVisitsForm { Date = date, SessionTemplateId = sessionTemplateId }));

    [HttpPost("new")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Create(BlockVisitsForm form, [FromServices] IValidator<BlockVisitsForm> validator, [FromServices] BlockVisitsHandler handler)
    {
        if (await validator.ValidateInto(form, ModelState))
        {
            var result = await handler.Handle(form);
            if (result.Block is { } block)
            {
                var what = block.SessionTemplateId is null
                    ? $"Every session on {SessionFormat.Date(block.Date)} blocked"
                    : $"Session blocked on {SessionFormat.Date(block.Date)}";
                TempData["Success"] = $"{what}. {Flagged(result.Flagged)}";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(result.Errors);
        }
        return View(await WithOptions(form));
    }

    [HttpGet("{id:int}/remove")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> Remove(int id)
    {
        var block = await Load(id);
        return block is null ? NotFound() : View(block);
    }

    [HttpPost("{id:int}/remove")]
    [Authorize(Policy = Policies.VisitsManage)]
    public async Task<IActionResult> ConfirmRemove(int id, [FromServices] RemoveBlockHandler handler)
    {
        var block = await Load(id);
        if (block is null)
        {
            return NotFound();
        }
        await handler.Handle(block);
        TempData["Success"] = $"Block on {SessionFormat.Date(block.Date)} removed";
        return RedirectToAction(nameof(Index));
    }

    private static string Flagged(int count) => count switch
    {
        0 => "No booked visits were affected",
        1 => "1 booked visit moved to needs review",
        _ => $"{count} booked visits moved to needs review",
    };

    private Task<BlockedDate?> Load(int id) =>
        db.BlockedDates.Include(b => b.SessionTemplate).ThenInclude(s => s!.Room).SingleOrDefaultAsync(b => b.Id == id && !b.Removed);

    private async Task<BlockVisitsForm> WithOptions(BlockVisitsForm form)
    {
        form.SessionOptions = await BlockVisitsForm.Sessions(db);
        return form;
    }
}
