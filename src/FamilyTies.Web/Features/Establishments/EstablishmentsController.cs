using FamilyTies.Data;
using FamilyTies.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Establishments;

public sealed class EstablishmentsController(FamilyTiesDbContext db, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : Controller
{
    /// <summary>Switches the signed-in user's current establishment; only to one they belong to.</summary>
    [HttpPost("/establishment/switch")]
    public async Task<IActionResult> Switch(int establishmentId, string? returnUrl)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var member = await db.StaffEstablishments.AnyAsync(s => s.UserId == user.Id && s.EstablishmentId == establishmentId);
        if (!member)
        {
            return NotFound();
        }
        user.CurrentEstablishmentId = establishmentId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        var name = await db.Establishments.Where(e => e.Id == establishmentId).Select(e => e.Name).SingleAsync();
        TempData["Success"] = $"You are now working in {name}";
        // A record page of the old establishment would be a 404 in the new one, so go to the section's start.
        return LocalRedirect(SectionStart(returnUrl));
    }

    private string SectionStart(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl))
        {
            return "/";
        }
        var firstSegment = returnUrl.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split('?')[0];
        return firstSegment is null ? "/" : "/" + firstSegment;
    }
}
