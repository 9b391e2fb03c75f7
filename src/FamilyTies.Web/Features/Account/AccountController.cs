using FamilyTies.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Features.Account;

public sealed class AccountController(SignInManager<StaffUser> signIn, ILogger<AccountController> logger) : Controller
{
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

        var result = await signIn.PasswordSignInAsync(form.UserName!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(form.UserName.Trim());
            if (user is { Active: false })
            {
                await signIn.SignOutAsync();
                ModelState.AddModelError(nameof(form.UserName), "This account has been switched off. Ask your local admin to switch it back on");
                return View("SignIn", form);
            }
            logger.LogInformation("User {UserId} signed in", user?.Id);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(nameof(form.UserName),
                "Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes, or ask your local admin to unlock it");
            return View("SignIn", form);
        }
        logger.LogInformation("Sign-in failed");
        ModelState.AddModelError(nameof(form.UserName), "Enter a correct username and password");
        return View("SignIn", form);
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutUser()
    {
        await signIn.SignOutAsync();
        TempData["Success"] = "You have signed out";
        return Redirect("/sign-in");
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
