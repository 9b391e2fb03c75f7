using System.ComponentModel.DataAnnotations;
using FamilyTies.Web.Infrastructure;
using FluentValidation;

namespace FamilyTies.Web.Features.Account;

public sealed class ChangePasswordForm
{
    [Display(Name = "Current password")] public string? CurrentPassword { get; set; }
    [Display(Name = "New password")] public string? NewPassword { get; set; }
    [Display(Name = "Confirm new password")] public string? ConfirmPassword { get; set; }

    /// <summary>For the view: the account still has the first password an admin gave it.</summary>
    public bool MustChange { get; set; }
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(f => f.NewPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a new password")
            .MinimumLength(12).WithMessage("New password must be at least 12 characters")
            .MaximumLength(128).WithMessage("New password must be 128 characters or fewer")
            .NotEqual(f => f.CurrentPassword).WithMessage("New password must be different from your current password");
        RuleFor(f => f.ConfirmPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Confirm your new password")
            .Equal(f => f.NewPassword).WithMessage("The new passwords do not match")
            .When(f => !string.IsNullOrEmpty(f.NewPassword));
    }
}

/// <summary>
/// While an account still has the first password an admin gave it (claim <see cref="StaffClaims.MustChangePassword"/>),
/// every request except the change-password page, sign-out and the error pages goes to the change-password page.
/// Static files are served before this runs.
/// </summary>
public static class MustChangePasswordMiddleware
{
    public const string Path = "/account/password";

    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && !path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            && !path.Equals("/sign-out", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            && !path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(Path);
            return;
        }
        await next(context);
    });
}
