using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Staff;

public sealed class EditStaffForm : StaffForm
{
    public string? Id { get; set; }
    public bool Active { get; set; } = true;
    public bool Unlock { get; set; }
    public bool LockedOut { get; set; }
}

public sealed class EditStaffValidator : StaffFormValidator<EditStaffForm>;

/// <summary>
/// Changes a staff account's name, roles, establishments and whether it is switched on. The admin changes only the
/// establishments they administer; the account's other memberships are left as they are.
/// </summary>
public sealed class EditStaffHandler(UserManager<StaffUser> users, FamilyTiesDbContext db)
{
    public async Task<Dictionary<string, string>> Handle(StaffUser user, EditStaffForm form, IReadOnlyCollection<int> allowedEstablishments)
    {
        var errors = new Dictionary<string, string>();
        if (form.EstablishmentIds.Any(id => !allowedEstablishments.Contains(id)))
        {
            errors[nameof(form.EstablishmentIds)] = "Select establishments you administer";
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisplayName = form.DisplayName!.Trim();
        user.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        user.Active = form.Active;

        var memberships = await db.StaffEstablishments.Where(s => s.UserId == user.Id).ToListAsync();
        db.StaffEstablishments.RemoveRange(memberships.Where(m => allowedEstablishments.Contains(m.EstablishmentId) && !form.EstablishmentIds.Contains(m.EstablishmentId)));
        db.StaffEstablishments.AddRange(form.EstablishmentIds.Distinct()
            .Where(id => memberships.All(m => m.EstablishmentId != id))
            .Select(id => new StaffEstablishment { UserId = user.Id, EstablishmentId = id }));
        await db.SaveChangesAsync();
        var remaining = await db.StaffEstablishments.Where(s => s.UserId == user.Id).Select(s => s.EstablishmentId).ToListAsync();
        if (user.CurrentEstablishmentId is not { } current || !remaining.Contains(current))
        {
            user.CurrentEstablishmentId = remaining.Cast<int?>().FirstOrDefault();
        }

        var currentRoles = (await users.GetRolesAsync(user)).Where(r => Roles.Establishment.Contains(r)).ToList();
        var removed = await users.RemoveFromRolesAsync(user, currentRoles.Except(form.Roles));
        var added = await users.AddToRolesAsync(user, form.Roles.Distinct().Except(currentRoles));
        if (!removed.Succeeded || !added.Succeeded)
        {
            errors[nameof(form.Roles)] = "The roles could not be changed. Try again";
            return errors;
        }
        if (form.Unlock)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        // A new security stamp signs the person out of other sessions within a minute, so the change takes effect.
        await users.UpdateSecurityStampAsync(user);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            errors[nameof(form.DisplayName)] = string.Join(" ", updated.Errors.Select(e => e.Description));
            return errors;
        }
        await transaction.CommitAsync();
        return errors;
    }
}
