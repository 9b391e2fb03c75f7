using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Rooms;

/// <summary>The fields of a room (add and edit share them).</summary>
public sealed class RoomForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind of room")] public string? Kind { get; set; }
    [Display(Name = "Tables")] public int? Tables { get; set; }
    [Display(Name = "Closed-visit booths")] public int? ClosedBooths { get; set; }
    [Display(Name = "Facilities (optional)")] public string? Facilities { get; set; }
    [Display(Name = "Room in use")] public bool Active { get; set; } = true;

    public static RoomForm From(Room r) => new()
    {
        Name = r.Name, Kind = r.Kind.ToString(), Tables = r.Tables, ClosedBooths = r.ClosedBooths, Facilities = r.Facilities, Active = r.Active,
    };

    public void ApplyTo(Room r)
    {
        r.Name = Name!.Trim();
        r.Kind = Enum.Parse<RoomKind>(Kind!);
        r.Tables = Tables!.Value;
        r.ClosedBooths = ClosedBooths!.Value;
        r.Facilities = Facilities?.Trim() ?? "";
        r.Active = Active;
    }

    public static IEnumerable<SelectListItem> Kinds() =>
        Enum.GetValues<RoomKind>().Select(k => new SelectListItem(SessionFormat.RoomKind(k), k.ToString()));
}

public sealed class RoomFormValidator : AbstractValidator<RoomForm>
{
    public RoomFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the room, like Visits hall 1")
            .MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(f => f.Kind).Must(k => Enum.TryParse<RoomKind>(k, out _) && !int.TryParse(k, out _))
            .WithMessage("Select the kind of room");
        RuleFor(f => f.Tables).NotNull().WithMessage("Enter the number of tables")
            .InclusiveBetween(0, 200).WithMessage("Tables must be between 0 and 200");
        RuleFor(f => f.ClosedBooths).NotNull().WithMessage("Enter the number of closed-visit booths")
            .InclusiveBetween(0, 50).WithMessage("Closed-visit booths must be between 0 and 50");
        RuleFor(f => f.Facilities).MaximumLength(500).WithMessage("Facilities must be 500 characters or fewer");
    }
}

/// <summary>Adds a room, or changes one. A room's name is unique here; a room sessions use cannot be switched off.</summary>
public sealed class SaveRoomHandler(FamilyTiesDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> Handle(Room room, RoomForm form)
    {
        var errors = new Dictionary<string, string>();
        var name = form.Name!.Trim();
        if (await db.Rooms.AnyAsync(r => r.Id != room.Id && r.Name == name))
        {
            errors[nameof(RoomForm.Name)] = $"There is already a room called {name}";
        }
        if (!form.Active && room.Id != 0)
        {
            var inUse = await db.SessionTemplates.Where(s => s.RoomId == room.Id && s.Active).Select(s => s.Name).ToListAsync();
            if (inUse.Count > 0)
            {
                errors[nameof(RoomForm.Active)] = $"The room cannot be switched off while sessions use it: switch off {SessionFormat.List(inUse.Order())} first";
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        form.ApplyTo(room);
        if (room.Id == 0)
        {
            db.Rooms.Add(room);
        }
        await db.SaveChangesAsync();
        return errors;
    }
}
