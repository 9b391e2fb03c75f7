using FamilyTies.Data.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace FamilyTies.Web.Areas.Admin.Staff;

public sealed class CreateStaffForm : StaffForm
{
    public string? Password { get; set; }
}

public sealed class CreateStaffValidator : StaffFormValidator<CreateStaffForm>
{
    public CreateStaffValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("Enter a username")
            .Matches("^[a-z0-9._-]{3,50}$").WithMessage("Username must be 3 to 50 lower-case letters, numbers, dots, hyphens or underscores");
        RuleFor(f => f.Memberships).Must(m => m.Any(x => x.Roles.Count > 0)).WithMessage("Select at least one role")
            .OverridePropertyName("Memberships[0].Roles");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter a first password")
            .MinimumLength(12).WithMessage("Password must be at least 12 characters")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
    }
}

/// <summary>
/// Creates a staff account with its roles at each establishment, all or nothing. The first password is the admin's,
/// so the person must change it when they first sign in.
/// </summary>
public sealed class CreateStaffHandler(UserManager<StaffUser> users, FamilyTies.Data.FamilyTiesDbContext db)
{
    /// <returns>Errors keyed by field; empty when the account was created.</returns>
    public async Task<Dictionary<string, string>> Handle(CreateStaffForm form, IReadOnlyCollection<int> administered)
    {
        var errors = new Dictionary<string, string>();
        if (form.Memberships.Any(m => !administered.Contains(m.EstablishmentId)))
        {
            errors[""] = "You can give roles only at establishments you administer";
            return errors;
        }
        if (await users.FindByNameAsync(form.UserName!) is not null)
        {
            errors[nameof(form.UserName)] = "That username is already taken";
            return errors;
        }
        var memberships = form.Memberships
            .GroupBy(m => m.EstablishmentId)
            .Select(g => (EstablishmentId: g.Key, Roles: g.SelectMany(m => m.Roles).Distinct().ToList()))
            .Where(m => m.Roles.Count > 0)
            .ToList();
        var user = new StaffUser
        {
            UserName = form.UserName,
            DisplayName = form.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(),
            LockoutEnabled = true,
            MustChangePassword = true,
            CurrentEstablishmentId = memberships[0].EstablishmentId,
            Establishments = memberships.Select(m => new StaffEstablishment
            {
                EstablishmentId = m.EstablishmentId,
                Roles = m.Roles.Select(r => new StaffEstablishmentRole { EstablishmentId = m.EstablishmentId, Role = r }).ToList(),
            }).ToList(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            var password = created.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
            if (password.Count > 0)
            {
                errors[nameof(form.Password)] = string.Join(" ", password.Select(e => StaffPasswords.Describe(e, "Password")));
            }
            else
            {
                errors[nameof(form.UserName)] = string.Join(" ", created.Errors.Select(e => e.Description));
            }
            return errors;
        }
        await transaction.CommitAsync();
        return errors;
    }
}
