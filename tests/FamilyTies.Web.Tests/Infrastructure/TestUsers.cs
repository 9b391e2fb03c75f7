using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>
/// Staff accounts a test owns, so no test depends on (or changes) the shared demo users. The one place tests create
/// users: roles are held per establishment, as the app holds them (docs/decisions/0013-roles-per-establishment-and-sign-in.md).
/// </summary>
public static class TestUsers
{
    /// <summary>
    /// A new account holding <paramref name="roles"/> at each establishment named (by code), working in the first;
    /// its password is <see cref="FamilyTiesApp.Password"/> (<see cref="TestStaff.CreateAsync"/>, shared with the browser tests).
    /// </summary>
    public static Task<TestStaffUser> Create(FamilyTiesApp app, IReadOnlyCollection<string> roles, params string[] establishmentCodes) =>
        TestStaff.CreateAsync(app.Services, FamilyTiesApp.Password, roles, establishmentCodes);

    /// <summary>A username no other test uses, e.g. "t.visits.3f2a9c1b".</summary>
    public static string NewUserName(string prefix) => $"t.{prefix}.{Guid.NewGuid().ToString("N")[..10]}".ToLowerInvariant();

    /// <summary>Roles at one establishment, by establishment code.</summary>
    public sealed record At(string EstablishmentCode, params string[] Roles);

    /// <summary>
    /// Creates an account with the demo password, working first in the first establishment given; account roles
    /// (the national viewer) go on the account. Returns the user's id.
    /// </summary>
    public static async Task<string> Create(FamilyTiesApp app, string userName, IReadOnlyList<At> memberships,
        IReadOnlyList<string>? accountRoles = null, bool mustChangePassword = false)
    {
        var ids = new List<int>();
        foreach (var m in memberships)
        {
            ids.Add(await app.EstablishmentId(m.EstablishmentCode));
        }
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = "Test " + userName,
            LockoutEnabled = true,
            MustChangePassword = mustChangePassword,
            CurrentEstablishmentId = ids.Count > 0 ? ids[0] : null,
            Establishments = memberships.Select((m, i) => new StaffEstablishment
            {
                EstablishmentId = ids[i],
                Roles = m.Roles.Select(r => new StaffEstablishmentRole { EstablishmentId = ids[i], Role = r }).ToList(),
            }).ToList(),
        };
        Check(await users.CreateAsync(user, FamilyTiesApp.Password), userName);
        foreach (var role in accountRoles ?? [])
        {
            Check(await users.AddToRoleAsync(user, role), userName);
        }
        return user.Id;
    }

    /// <summary>A new account holding one role at Wymott (or the national viewer's account role), signed in.</summary>
    public static async Task<StaffClient> SignedInAs(FamilyTiesApp app, string role, string establishmentCode = "WYI")
    {
        var name = NewUserName(role);
        if (Roles.Account.Contains(role))
        {
            await Create(app, name, [], [role]);
        }
        else
        {
            await Create(app, name, [new At(establishmentCode, role)]);
        }
        return await StaffClient.SignedIn(app, name);
    }

    /// <summary>The roles an account holds at an establishment, read from the database.</summary>
    public static async Task<List<string>> RolesAt(FamilyTiesApp app, string userId, string establishmentCode)
    {
        var establishmentId = await app.EstablishmentId(establishmentCode);
        await using var db = app.Db();
        return await db.StaffEstablishmentRoles.Where(r => r.UserId == userId && r.EstablishmentId == establishmentId)
            .Select(r => r.Role).OrderBy(r => r).ToListAsync();
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Test user {userName} not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
