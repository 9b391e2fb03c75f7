using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Testing;

/// <summary>A staff account made for one test.</summary>
public sealed record TestStaffUser(string Id, string UserName, string DisplayName);

public static class TestStaff
{
    /// <summary>
    /// The one place the tests create staff accounts: a new account with a unique username, holding
    /// <paramref name="roles"/> at each of <paramref name="establishmentCodes"/> and working in the first of them.
    /// A test that changes a user (switches its establishment, locks it, signs it out everywhere, edits it) makes its
    /// own with this, so the seeded demo accounts stay as the seeder left them.
    /// </summary>
    public static async Task<TestStaffUser> CreateAsync(IServiceProvider services, string password, IReadOnlyCollection<string> roles,
        IReadOnlyList<string> establishmentCodes)
    {
        if (roles.Count == 0 || establishmentCodes.Count == 0)
        {
            throw new ArgumentException("A test user needs at least one role and one establishment");
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FamilyTiesDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var ids = await db.Establishments.Where(e => establishmentCodes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, e => e.Id);
        var establishmentIds = establishmentCodes.Select(code => ids.TryGetValue(code, out var id) ? id
            : throw new ArgumentException($"No establishment has the code {code}")).ToList();

        var suffix = Guid.NewGuid().ToString("N")[..10];
        var user = new StaffUser
        {
            UserName = $"test.{suffix}",
            Email = $"test.{suffix}@familyties.invalid",
            EmailConfirmed = true,
            DisplayName = $"Test {Roles.DisplayName(roles.First()).ToLowerInvariant()} {suffix[..4]}",
            CurrentEstablishmentId = establishmentIds[0],
            LockoutEnabled = true,
            // Establishment roles belong to each membership; only account roles (the national viewer) go on the account.
            Establishments = establishmentIds.Select(id => new StaffEstablishment
            {
                EstablishmentId = id,
                Roles = roles.Where(r => !Roles.Account.Contains(r))
                    .Select(r => new StaffEstablishmentRole { EstablishmentId = id, Role = r }).ToList(),
            }).ToList(),
        };
        Check(await users.CreateAsync(user, password));
        var accountRoles = roles.Where(r => Roles.Account.Contains(r)).ToList();
        if (accountRoles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, accountRoles));
        }
        return new TestStaffUser(user.Id, user.UserName, user.DisplayName);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Test user not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
