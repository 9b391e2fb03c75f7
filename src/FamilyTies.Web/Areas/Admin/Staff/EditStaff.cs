using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Staff;

public sealed class EditStaffForm : StaffForm
{
    public string? Id { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Optional: a new first password, which the person must change when they next sign in.</summary>
    public string? NewPassword { get; set; }

    public bool Unlock { get; set; }
    public bool LockedOut { get; set; }
}

public sealed class EditStaffValidator : StaffFormValidator<EditStaffForm>
{
    public EditStaffValidator()
    {
        RuleFor(f => f.NewPassword)
            .MinimumLength(12).WithMessage("New first password must be at least 12 characters")
            .MaximumLength(128).WithMessage("New first password must be 128 characters or fewer")
            .When(f => !string.IsNullOrEmpty(f.NewPassword));
    }
}

/// <summary>
/// Changes a staff account's name, its roles at the establishments the admin administers, whether it is switched on,
/// and (optionally) its password. Memberships and roles at other establishments are neither read into the form nor
/// changed. No role left at an establishment ends the membership there.
/// </summary>
public sealed class EditStaffHandler(UserManager<StaffUser> users, FamilyTiesDbContext db, StaffSessions sessions)
{
    public async Task<Dictionary<string, string>> Handle(StaffUser user, EditStaffForm form, IReadOnlyCollection<int> administered)
    {
        var errors = new Dictionary<string, string>();
        if (form.Memberships.Any(m => !administered.Contains(m.EstablishmentId)))
        {
            errors[""] = "You can give roles only at establishments you administer";
            return errors;
        }
        var wanted = form.Memberships
            .GroupBy(m => m.EstablishmentId)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Roles).Distinct().ToHashSet());

        await using var transaction = await db.Database.BeginTransactionAsync();
        var memberships = await db.StaffEstablishments.Include(s => s.Roles).Where(s => s.UserId == user.Id).ToListAsync();
        foreach (var (establishmentId, roles) in wanted)
        {
            var membership = memberships.SingleOrDefault(m => m.EstablishmentId == establishmentId);
            if (roles.Count == 0)
            {
                if (membership is not null)
                {
                    db.StaffEstablishments.Remove(membership);
                    memberships.Remove(membership);
                }
                continue;
            }
            if (membership is null)
            {
                membership = new StaffEstablishment { UserId = user.Id, EstablishmentId = establishmentId };
                db.StaffEstablishments.Add(membership);
                memberships.Add(membership);
            }
            db.StaffEstablishmentRoles.RemoveRange(membership.Roles.Where(r => !roles.Contains(r.Role)));
            foreach (var role in roles.Where(r => membership.Roles.All(x => x.Role != r)))
            {
                db.StaffEstablishmentRoles.Add(new StaffEstablishmentRole { UserId = user.Id, EstablishmentId = establishmentId, Role = role });
            }
        }
        if (memberships.Count == 0)
        {
            errors["Memberships[0].Roles"] = "Select at least one role. To stop someone using FamilyTies, switch the account off";
            return errors;
        }
        if (user.CurrentEstablishmentId is not { } current || memberships.All(m => m.EstablishmentId != current))
        {
            user.CurrentEstablishmentId = memberships.OrderBy(m => m.EstablishmentId).First().EstablishmentId;
        }
        user.DisplayName = form.DisplayName!.Trim();
        user.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        user.Active = form.Active;
        await db.SaveChangesAsync();

        if (!string.IsNullOrEmpty(form.NewPassword))
        {
            var valid = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, form.NewPassword)));
            var problems = valid.SelectMany(r => r.Errors).ToList();
            if (problems.Count > 0)
            {
                errors[nameof(form.NewPassword)] = string.Join(" ", problems.Select(e => StaffPasswords.Describe(e, "New first password")));
                return errors;
            }
            user.PasswordHash = users.PasswordHasher.HashPassword(user, form.NewPassword);
            user.MustChangePassword = true;
        }
        if (form.Unlock)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
        // A new security stamp signs the person out of other sessions within a minute, so the change takes effect.
        await users.UpdateSecurityStampAsync(user);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            errors[nameof(form.DisplayName)] = string.Join(" ", updated.Errors.Select(e => e.Description));
            return errors;
        }
        if (!string.IsNullOrEmpty(form.NewPassword) || !form.Active)
        {
            // A password set by an admin, or a switched-off account: every session of that account ends now.
            await sessions.EndAll(user.Id);
        }
        await transaction.CommitAsync();
        return errors;
    }
}
