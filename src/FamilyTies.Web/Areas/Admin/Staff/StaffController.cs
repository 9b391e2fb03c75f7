using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Staff;

[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
[Route("admin/staff")]
public sealed class StaffController(FamilyTiesDbContext db, UserManager<StaffUser> users) : Controller
{
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Active, bool LockedOut);

    /// <summary>Staff who belong to the current establishment.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var establishmentId = User.EstablishmentId();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Establishments.Any(e => e.EstablishmentId == establishmentId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Active, u.LockoutEnd })
            .ToListAsync();
        var ids = staff.Select(s => s.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var now = DateTimeOffset.UtcNow;
        return View(staff.Select(s => new Row(s.Id, s.UserName ?? "", s.DisplayName,
            roles.Where(r => r.UserId == s.Id).Select(r => FamilyTies.Domain.Roles.DisplayName(r.Name!)).Order().ToList(),
            s.Active, s.LockoutEnd > now)).ToList());
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() =>
        View(await WithOptions(new CreateStaffForm { EstablishmentIds = [User.EstablishmentId() ?? 0] }));

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateStaffForm form, [FromServices] IValidator<CreateStaffForm> validator, [FromServices] CreateStaffHandler handler)
    {
        form.UserName = form.UserName?.Trim().ToLowerInvariant();
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(form, await AdministeredEstablishments());
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Account {form.UserName} created";
                return RedirectToAction(nameof(Index));
            }
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
        }
        return View(await WithOptions(form));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await FindInCurrentEstablishment(id);
        if (user is null)
        {
            return NotFound();
        }
        var form = new EditStaffForm
        {
            Id = user.Id,
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Active = user.Active,
            LockedOut = user.LockoutEnd > DateTimeOffset.UtcNow,
            Roles = (await users.GetRolesAsync(user)).ToList(),
            EstablishmentIds = await db.StaffEstablishments.Where(s => s.UserId == user.Id).Select(s => s.EstablishmentId).ToListAsync(),
        };
        return View(await WithOptions(form));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, EditStaffForm form, [FromServices] IValidator<EditStaffForm> validator, [FromServices] EditStaffHandler handler)
    {
        var user = await FindInCurrentEstablishment(id);
        if (user is null)
        {
            return NotFound();
        }
        form.Id = user.Id;
        form.UserName = user.UserName;
        form.LockedOut = user.LockoutEnd > DateTimeOffset.UtcNow;
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(user, form, await AdministeredEstablishments());
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Account {user.UserName} updated";
                return RedirectToAction(nameof(Index));
            }
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
        }
        return View(await WithOptions(form));
    }

    private async Task<StaffUser?> FindInCurrentEstablishment(string id)
    {
        var establishmentId = User.EstablishmentId();
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.Establishments.Any(e => e.EstablishmentId == establishmentId));
    }

    private async Task<IReadOnlyCollection<int>> AdministeredEstablishments()
    {
        var adminId = users.GetUserId(User)!;
        return await db.StaffEstablishments.Where(s => s.UserId == adminId).Select(s => s.EstablishmentId).ToListAsync();
    }

    private async Task<T> WithOptions<T>(T form) where T : StaffForm
    {
        form.RoleOptions = StaffForm.AssignableRoles();
        form.EstablishmentOptions = await StaffForm.AssignableEstablishments(db, users.GetUserId(User)!);
        return form;
    }
}
