using System.Security.Claims;
using FamilyTies.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyTies.Web.Infrastructure;

public static class StaffClaims
{
    public const string Establishment = "ft:establishment";
    public const string DisplayName = "ft:name";

    public static int? EstablishmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Establishment), out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";
}

/// <summary>Adds the current establishment (if the user still belongs to it) and display name to the sign-in cookie.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    FamilyTies.Data.FamilyTiesDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        var memberOf = await db.StaffEstablishments.Where(s => s.UserId == user.Id).Select(s => s.EstablishmentId).ToListAsync();
        var current = user.CurrentEstablishmentId is { } id && memberOf.Contains(id) ? id : memberOf.Cast<int?>().FirstOrDefault();
        if (current is not null)
        {
            identity.AddClaim(new Claim(StaffClaims.Establishment, current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
