using System.Security.Claims;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Features.Account;

public sealed class AccountController(SignInManager<StaffUser> signIn, StaffSessions sessions, ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// The one answer to every failed sign-in: unknown username, wrong password or locked account. A different
    /// answer would tell a stranger which usernames exist.
    /// </summary>
    public const string FailedMessage = "Enter a correct username and password";

    [AllowAnonymous, HttpGet("/sign-in")]
    public IActionResult SignInPage(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }
        return View("SignIn", new SignInForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost("/sign-in")]
    public async Task<IActionResult> SignInSubmit(SignInForm form)
    {
        if (string.IsNullOrWhiteSpace(form.UserName))
        {
            ModelState.AddModelError(nameof(form.UserName), "Enter your username");
        }
        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return View("SignIn", form);
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(form.UserName!.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity answers these without hashing, so they would be quicker than a wrong password: hash anyway.
            DummyPassword.Verify(users.PasswordHasher, form.Password!);
            logger.LogInformation("Sign-in failed: unknown username or locked account");
            return Failed(form);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            logger.LogInformation("Sign-in failed for user {UserId}; locked out now: {LockedOut}", user.Id, result.IsLockedOut);
            return Failed(form);
        }
        if (!user.Active)
        {
            // Only someone who knows the password learns this; no cookie is issued.
            ModelState.AddModelError(nameof(form.UserName), "This account has been switched off. Ask your local admin to switch it back on");
            return View("SignIn", form);
        }
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        logger.LogInformation("User {UserId} signed in", user.Id);
        return user.MustChangePassword ? Redirect(MustChangePasswordMiddleware.Path) : LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutUser()
    {
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (StaffSessions.IdOf(current.Properties) is { } sessionId)
        {
            await sessions.End(sessionId);
        }
        await signIn.SignOutAsync();
        logger.LogInformation("User {UserId} signed out", signIn.UserManager.GetUserId(User));
        TempData["Success"] = "You have signed out";
        return Redirect("/sign-in");
    }

    [HttpGet(MustChangePasswordMiddleware.Path)]
    public IActionResult ChangePassword() =>
        View(new ChangePasswordForm { MustChange = User.HasClaim(c => c.Type == StaffClaims.MustChangePassword) });

    [HttpPost(MustChangePasswordMiddleware.Path)]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        form.MustChange = User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var changed = await signIn.UserManager.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
            if (changed.Succeeded)
            {
                user.MustChangePassword = false;
                await signIn.UserManager.UpdateAsync(user);
                var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
                // Any other signed-in copy of this account ends now; this one carries on with the new security stamp.
                await sessions.EndAll(user.Id, except: StaffSessions.IdOf(current.Properties));
                await signIn.RefreshSignInAsync(user);
                logger.LogInformation("User {UserId} changed their password", user.Id);
                TempData["Success"] = "Your password has been changed";
                return Redirect("/");
            }
            foreach (var error in changed.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword);
                if (ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                {
                    ModelState.AddModelError(field, Areas.Admin.Staff.StaffPasswords.Describe(error, "New password"));
                }
            }
        }
        form.CurrentPassword = form.NewPassword = form.ConfirmPassword = null;
        return View(form);
    }

    private ViewResult Failed(SignInForm form)
    {
        ModelState.AddModelError(nameof(form.UserName), FailedMessage);
        return View("SignIn", form);
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>A hash of a random password no account has, checked when there is no real hash to check.</summary>
public static class DummyPassword
{
    private static readonly Lock Gate = new();
    private static string? _hash;

    public static void Verify(IPasswordHasher<StaffUser> hasher, string password)
    {
        string hash;
        lock (Gate)
        {
            hash = _hash ??= hasher.HashPassword(new StaffUser(), System.Security.Cryptography.RandomNumberGenerator.GetHexString(32));
        }
        _ = hasher.VerifyHashedPassword(new StaffUser(), hash, password);
    }
}
