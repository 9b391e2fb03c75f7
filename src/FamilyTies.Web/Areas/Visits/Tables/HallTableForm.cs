using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Tables;

/// <summary>A hall table's fields (add and change share them).</summary>
public sealed class HallTableForm
{
    [Display(Name = "Room")] public int? RoomId { get; set; }
    [Display(Name = "Table number or name")] public string? Label { get; set; }
    [Display(Name = "Accessible (wheelchair space, step-free)")] public bool Accessible { get; set; }
    [Display(Name = "Near the play area")] public bool NearPlayArea { get; set; }
    [Display(Name = "Quiet")] public bool Quiet { get; set; }
    [Display(Name = "Table in use")] public bool Active { get; set; } = true;

    [BindNever] public IReadOnlyList<SelectListItem> Rooms { get; set; } = [];

    public static HallTableForm From(HallTable t) => new()
    {
        RoomId = t.RoomId, Label = t.Label, Accessible = t.Accessible, NearPlayArea = t.NearPlayArea, Quiet = t.Quiet, Active = t.Active,
    };
}

public sealed class HallTableFormValidator : AbstractValidator<HallTableForm>
{
    public HallTableFormValidator()
    {
        RuleFor(f => f.RoomId).NotNull().WithMessage("Select the room the table is in");
        RuleFor(f => f.Label).NotEmpty().WithMessage("Enter the table's number or name, like 12")
            .MaximumLength(20).WithMessage("Table number or name must be 20 characters or fewer");
    }
}

/// <summary>A visit allocated to a table, dated today or later, that keeps the table from being retired.</summary>
public sealed record FutureAllocation(int VisitId, int SlotId, string Reference, DateOnly Date, TimeOnly Start);

/// <summary>
/// Adds or changes a hall table. A table's number is unique in its room; the room must be in use. A table with
/// visits allocated to it today or later cannot be retired (or moved to another room) until they are moved.
/// </summary>
public sealed class SaveHallTableHandler(FamilyTiesDbContext db, ILogger<SaveHallTableHandler> logger)
{
    public async Task<IReadOnlyList<SelectListItem>> Rooms() =>
        (await db.Rooms.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync())
            .Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public async Task<IReadOnlyList<FutureAllocation>> Allocations(int tableId)
    {
        var today = LondonTime.Today(db.Clock);
        return await db.VisitAttendances.AsNoTracking()
            .Where(a => a.HallTableId == tableId && a.Date >= today && a.Visit!.Status == VisitStatus.Booked)
            .OrderBy(a => a.Date).ThenBy(a => a.Visit!.StartTime)
            .Select(a => new FutureAllocation(a.VisitId, a.Visit!.SessionSlotId, a.Visit.Reference, a.Date, a.Visit.StartTime)).ToListAsync();
    }

    public async Task<IReadOnlyDictionary<string, string>> Handle(HallTable table, HallTableForm form)
    {
        var errors = new Dictionary<string, string>();
        var label = form.Label!.Trim();
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == form.RoomId);
        if (room is null || (!room.Active && room.Id != table.RoomId))
        {
            errors[nameof(form.RoomId)] = "Select the room the table is in";
        }
        else if (await db.HallTables.AnyAsync(t => t.Id != table.Id && t.RoomId == room.Id && t.Label == label))
        {
            errors[nameof(form.Label)] = $"There is already a table {label} in {room.Name}";
        }
        if (table.Id != 0 && (!form.Active || form.RoomId != table.RoomId) && table.Active)
        {
            var allocated = await Allocations(table.Id);
            if (allocated.Count > 0)
            {
                var first = allocated[0];
                errors[form.Active ? nameof(form.RoomId) : nameof(form.Active)] =
                    $"Table {table.Label} has {allocated.Count} {(allocated.Count == 1 ? "visit" : "visits")} allocated from today, the first {first.Reference} on {LondonTime.FormatDate(first.Date)}: give {(allocated.Count == 1 ? "it" : "them")} another table first";
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        table.RoomId = room!.Id;
        table.Label = label;
        table.Accessible = form.Accessible;
        table.NearPlayArea = form.NearPlayArea;
        table.Quiet = form.Quiet;
        table.Active = form.Active;
        if (table.Id == 0)
        {
            db.HallTables.Add(table);
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Hall table {TableId} saved in room {RoomId}", table.Id, table.RoomId);
        return errors;
    }
}
