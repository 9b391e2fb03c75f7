using System.Security.Claims;
using FamilyTies.Data;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Establishments;

/// <summary>The header's current establishment, with a switcher when the user belongs to more than one.</summary>
public sealed class EstablishmentSwitcherViewComponent(FamilyTiesDbContext db) : ViewComponent
{
    public sealed record Model(int? CurrentId, IReadOnlyList<(int Id, string Name)> Establishments, string ReturnUrl);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var principal = (ClaimsPrincipal)User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var establishments = await db.StaffEstablishments
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.Establishment!.Name)
            .Select(s => new { s.EstablishmentId, s.Establishment!.Name })
            .ToListAsync();
        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("~/Features/Establishments/Switcher.cshtml", new Model(
            principal.EstablishmentId(), establishments.Select(e => (e.EstablishmentId, e.Name)).ToList(), returnUrl));
    }
}
