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
    public List<string> Roles { get; set; } = [];
    public List<int> EstablishmentIds { get; set; } = [];

    // Filled by the controller for the view.
    public IReadOnlyList<SelectListItem> RoleOptions { get; set; } = [];
    public IReadOnlyList<SelectListItem> EstablishmentOptions { get; set; } = [];

    /// <summary>A local admin gives establishment roles only; the national role is given nationally.</summary>
    public static IReadOnlyList<SelectListItem> AssignableRoles() =>
        FamilyTies.Domain.Roles.Establishment.Select(r => new SelectListItem(FamilyTies.Domain.Roles.DisplayName(r), r)).ToList();

    /// <summary>An admin can give only the establishments they belong to themselves.</summary>
    public static async Task<List<SelectListItem>> AssignableEstablishments(FamilyTiesDbContext db, string adminUserId) =>
        await db.StaffEstablishments.Where(s => s.UserId == adminUserId)
            .OrderBy(s => s.Establishment!.Name)
            .Select(s => new SelectListItem(s.Establishment!.Name, s.EstablishmentId.ToString()))
            .ToListAsync();
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
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Select at least one role");
        RuleForEach(f => f.Roles).Must(r => Roles.Establishment.Contains(r)).WithMessage("Select a role from the list");
        RuleFor(f => f.EstablishmentIds).NotEmpty().WithMessage("Select at least one establishment");
    }
}
