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
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter a first password")
            .MinimumLength(12).WithMessage("Password must be at least 12 characters")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
    }
}

/// <summary>Creates a staff account with its roles and establishments, all or nothing.</summary>
public sealed class CreateStaffHandler(UserManager<StaffUser> users, FamilyTies.Data.FamilyTiesDbContext db)
{
    /// <returns>Errors keyed by field; empty when the account was created.</returns>
    public async Task<Dictionary<string, string>> Handle(CreateStaffForm form, IReadOnlyCollection<int> allowedEstablishments)
    {
        var errors = new Dictionary<string, string>();
        if (form.EstablishmentIds.Any(id => !allowedEstablishments.Contains(id)))
        {
            errors[nameof(form.EstablishmentIds)] = "Select establishments you administer";
            return errors;
        }
        if (await users.FindByNameAsync(form.UserName!) is not null)
        {
            errors[nameof(form.UserName)] = "That username is already taken";
            return errors;
        }
        var user = new StaffUser
        {
            UserName = form.UserName,
            DisplayName = form.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(),
            LockoutEnabled = true,
            CurrentEstablishmentId = form.EstablishmentIds[0],
            Establishments = form.EstablishmentIds.Distinct().Select(id => new StaffEstablishment { EstablishmentId = id }).ToList(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            errors[created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(form.Password) : nameof(form.UserName)] =
                string.Join(" ", created.Errors.Select(e => e.Description));
            return errors;
        }
        var roles = await users.AddToRolesAsync(user, form.Roles.Distinct());
        if (!roles.Succeeded)
        {
            errors[nameof(form.Roles)] = string.Join(" ", roles.Errors.Select(e => e.Description));
            return errors;
        }
        await transaction.CommitAsync();
        return errors;
    }
}
