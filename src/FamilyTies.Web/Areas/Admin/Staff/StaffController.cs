using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Staff;

/// <summary>
/// Staff accounts of the current establishment. An admin gives and takes away roles only at establishments where they
/// are the establishment admin, and never sees a person's roles anywhere else.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Admin)]
[Route("admin/staff")]
public sealed class StaffController(FamilyTiesDbContext db, UserManager<StaffUser> users, TimeProvider clock) : Controller
{
    public sealed record Row(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Active, bool LockedOut);

    /// <summary>Staff who belong to the current establishment, with their roles here.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var establishmentId = User.EstablishmentId();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Establishments.Any(e => e.EstablishmentId == establishmentId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Active, u.LockoutEnd })
            .ToListAsync();
        var roles = await db.StaffEstablishmentRoles.AsNoTracking()
            .Where(r => r.EstablishmentId == establishmentId)
            .Select(r => new { r.UserId, r.Role })
            .ToListAsync();
        var now = clock.GetUtcNow();
        return View(staff.Select(s => new Row(s.Id, s.UserName ?? "", s.DisplayName,
            roles.Where(r => r.UserId == s.Id).Select(r => FamilyTies.Domain.Roles.DisplayName(r.Role)).Order().ToList(),
            s.Active, s.LockoutEnd > now)).ToList());
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View(await WithOptions(new CreateStaffForm()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateStaffForm form, [FromServices] IValidator<CreateStaffForm> validator, [FromServices] CreateStaffHandler handler)
    {
        form.UserName = form.UserName?.Trim().ToLowerInvariant();
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(form, await Administered());
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Account {form.UserName} created. They will be asked to choose their own password when they first sign in";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
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
        var administered = await Administered();
        var roles = await db.StaffEstablishmentRoles.AsNoTracking()
            .Where(r => r.UserId == user.Id && administered.Contains(r.EstablishmentId))
            .Select(r => new { r.EstablishmentId, r.Role })
            .ToListAsync();
        var form = new EditStaffForm
        {
            Id = user.Id,
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Active = user.Active,
            LockedOut = user.LockoutEnd > clock.GetUtcNow(),
            Memberships = roles.GroupBy(r => r.EstablishmentId)
                .Select(g => new MembershipForm { EstablishmentId = g.Key, Roles = g.Select(r => r.Role).ToList() }).ToList(),
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
        form.LockedOut = user.LockoutEnd > clock.GetUtcNow();
        if (await validator.ValidateInto(form, ModelState))
        {
            var errors = await handler.Handle(user, form, await Administered());
            if (errors.Count == 0)
            {
                TempData["Success"] = $"Account {user.UserName} updated";
                return RedirectToAction(nameof(Index));
            }
            this.AddErrors(errors);
        }
        return View(await WithOptions(form));
    }

    private async Task<StaffUser?> FindInCurrentEstablishment(string id)
    {
        var establishmentId = User.EstablishmentId();
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.Establishments.Any(e => e.EstablishmentId == establishmentId));
    }

    private async Task<IReadOnlyCollection<int>> Administered() =>
        (await StaffForm.AdministeredEstablishments(db, users.GetUserId(User)!, User.EstablishmentId())).Select(e => e.Id).ToList();

    /// <summary>One group of role checkboxes per establishment the admin administers, holding the posted or saved roles.</summary>
    private async Task<T> WithOptions<T>(T form) where T : StaffForm
    {
        form.RoleOptions = StaffForm.AssignableRoles();
        var administered = await StaffForm.AdministeredEstablishments(db, users.GetUserId(User)!, User.EstablishmentId());
        form.Memberships = administered.Select(e => new MembershipForm
        {
            EstablishmentId = e.Id,
            EstablishmentName = e.Name,
            Roles = form.Memberships.Where(m => m.EstablishmentId == e.Id).SelectMany(m => m.Roles).Distinct().ToList(),
        }).ToList();
        return form;
    }
}
