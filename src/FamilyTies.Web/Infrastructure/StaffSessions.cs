using System.Security.Claims;
using System.Security.Cryptography;
using FamilyTies.Data;
using FamilyTies.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Server-side sessions behind the sign-in cookie. Signing in opens a session and writes its id into the cookie's
/// (encrypted, signed) properties; every request checks that session is still open, one primary-key lookup; signing
/// out ends it. So a copied cookie stops working the moment its owner signs out
/// (docs/decisions/0013-roles-per-establishment-and-sign-in.md).
/// </summary>
public sealed class StaffSessions(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <summary>The cookie property that carries the session id.</summary>
    public const string PropertyKey = "ft:session";

    public async Task<string> Start(string userId)
    {
        // Housekeeping: this person's ended sessions are of no further use.
        await db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt != null).ExecuteDeleteAsync();
        var session = new StaffSession { Id = RandomNumberGenerator.GetHexString(32, lowercase: true), UserId = userId, StartedAt = clock.GetUtcNow() };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public async Task<bool> IsOpen(string sessionId, string userId) =>
        await db.StaffSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null);

    public async Task End(string sessionId)
    {
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.EndedAt == null);
        if (session is not null)
        {
            session.EndedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Ends every open session of the account except (optionally) one: a new password, a switched-off account.</summary>
    public async Task EndAll(string userId, string? except = null)
    {
        var open = await db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except).ToListAsync();
        foreach (var session in open)
        {
            session.EndedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync();
    }

    public static string? IdOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(PropertyKey, out var id) == true ? id : null;

    /// <summary>Cookie event: a new sign-in (not a refresh, which keeps its properties) opens a session.</summary>
    public static async Task OnSigningIn(CookieSigningInContext context)
    {
        if (IdOf(context.Properties) is not null || context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        context.Properties.Items[PropertyKey] = await sessions.Start(userId);
    }

    /// <summary>Cookie event on every request: the session must still be open; then Identity's security stamp check.</summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = IdOf(context.Properties);
        if (userId is null || sessionId is null
            || !await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().IsOpen(sessionId, userId))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
