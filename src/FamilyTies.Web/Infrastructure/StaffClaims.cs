using System.Security.Claims;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyTies.Web.Infrastructure;

public static class StaffClaims
{
    public const string Establishment = "ft:establishment";
    public const string DisplayName = "ft:name";
    /// <summary>Present while the account still has the first password an admin gave it.</summary>
    public const string MustChangePassword = "ft:must-change-password";

    public static int? EstablishmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Establishment), out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    /// <summary>The roles the user holds now: account roles, and their roles at the current establishment.</summary>
    public static IReadOnlyList<string> RolesOf(this ClaimsPrincipal user) =>
        Roles.All.Where(user.IsInRole).ToList();
}

/// <summary>
/// Builds the sign-in cookie's identity: the current establishment (if the user still belongs to it), the roles the
/// user holds there, the account's own roles (those spanning establishments) and the display name. A role held at
/// another establishment is never a claim, so it cannot open anything here. Runs at sign-in, on switching
/// establishment and when the security stamp is re-checked.
/// </summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    FamilyTies.Data.FamilyTiesDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        // Only account roles come from the account; establishment roles come from the membership below.
        foreach (var claim in identity.FindAll(identity.RoleClaimType).Where(c => !Roles.Account.Contains(c.Value)).ToList())
        {
            identity.RemoveClaim(claim);
        }
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(StaffClaims.MustChangePassword, "true"));
        }
        var memberOf = await db.StaffEstablishments.Where(s => s.UserId == user.Id)
            .OrderBy(s => s.EstablishmentId).Select(s => s.EstablishmentId).ToListAsync();
        var current = user.CurrentEstablishmentId is { } id && memberOf.Contains(id) ? id : memberOf.Cast<int?>().FirstOrDefault();
        if (current is not null)
        {
            identity.AddClaim(new Claim(StaffClaims.Establishment, current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var here = await db.StaffEstablishmentRoles
                .Where(r => r.UserId == user.Id && r.EstablishmentId == current.Value)
                .Select(r => r.Role).ToListAsync();
            foreach (var role in here.Where(r => Roles.Establishment.Contains(r)).Distinct())
            {
                identity.AddClaim(new Claim(identity.RoleClaimType, role));
            }
        }
        return identity;
    }
}
