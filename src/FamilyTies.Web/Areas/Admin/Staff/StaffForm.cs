using FamilyTies.Data;
using FamilyTies.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Admin.Staff;

/// <summary>The fields a local admin sets on a staff account (create and edit share them).</summary>
public class StaffForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }

    /// <summary>
    /// The person's roles at each establishment the admin administers, one group per establishment. No role at an
    /// establishment means the person does not work there. Roles elsewhere are neither shown nor changed.
    /// </summary>
    public List<MembershipForm> Memberships { get; set; } = [];

    // Filled by the controller for the view.
    public IReadOnlyList<SelectListItem> RoleOptions { get; set; } = [];

    /// <summary>A local admin gives establishment roles only; the national role is given nationally.</summary>
    public static IReadOnlyList<SelectListItem> AssignableRoles() =>
        FamilyTies.Domain.Roles.Establishment.Select(r => new SelectListItem(FamilyTies.Domain.Roles.DisplayName(r), r)).ToList();

    /// <summary>The establishments where this admin holds the establishment admin role: the only ones they give roles at.</summary>
    public static async Task<List<(int Id, string Name)>> AdministeredEstablishments(FamilyTiesDbContext db, string adminUserId, int? currentFirst)
    {
        var rows = await db.StaffEstablishmentRoles
            .Where(r => r.UserId == adminUserId && r.Role == FamilyTies.Domain.Roles.EstablishmentAdmin)
            .Join(db.Establishments, r => r.EstablishmentId, e => e.Id, (r, e) => new { e.Id, e.Name })
            .ToListAsync();
        return rows.OrderBy(e => e.Id == currentFirst ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (e.Id, e.Name)).ToList();
    }
}

/// <summary>The roles held at one establishment.</summary>
public sealed class MembershipForm
{
    public int EstablishmentId { get; set; }
    public List<string> Roles { get; set; } = [];

    // For the view.
    public string EstablishmentName { get; set; } = "";
}

public class StaffFormValidator<T> : AbstractValidator<T> where T : StaffForm
{
    public StaffFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(100).WithMessage("Full name must be 100 characters or fewer");
        RuleFor(f => f.Email).EmailAddress().WithMessage("Enter an email address in the correct format, like name@justice.gov.uk")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Memberships).Must(m => m.Count <= 50).WithMessage("Select roles at establishments you administer");
        RuleForEach(f => f.Memberships).ChildRules(m =>
            m.RuleForEach(x => x.Roles).Must(r => Roles.Establishment.Contains(r)).WithMessage("Select a role from the list"));
    }
}

public static class StaffPasswords
{
    /// <summary>The GOV.UK wording for Identity's password errors (the rules are in WebSetup: 12 characters, a lower-case letter).</summary>
    public static string Describe(Microsoft.AspNetCore.Identity.IdentityError error, string field) => error.Code switch
    {
        "PasswordTooShort" => $"{field} must be at least 12 characters",
        "PasswordRequiresLower" => $"{field} must include at least one lower-case letter",
        "PasswordMismatch" => "Your current password is not right",
        _ => error.Description,
    };
}
