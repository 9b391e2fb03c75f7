using FamilyTies.Data.DemoData;
using FamilyTies.Data.Identity;
using FamilyTies.Domain;
using FamilyTies.Domain.Establishments;
using Microsoft.AspNetCore.Identity;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The staff part of the one data generator, for generated establishments (the demo's users are made by
/// <c>DemoDataSeeder</c>, one a role): a handful of accounts in each establishment role of SPEC.md, held at that
/// establishment only (docs/decisions/0013), with invented names. Usernames are the demo's role slug, a number and the
/// establishment's code: <c>visits1.g001</c>, <c>safercustody2.g001</c>. Every account has the same password, hashed
/// once a run (<see cref="HashPassword"/>): they are bench accounts, and hashing costs about a tenth of a second each.
/// Written in bulk with the audit rows the interceptor writes for an account made through the app.
/// </summary>
public static class StaffGenerator
{
    /// <summary>How many accounts each role has at a generated establishment.</summary>
    public static readonly IReadOnlyList<(string Role, int Count)> PerRole =
    [
        (Roles.VisitsStaff, 6), (Roles.VisitsManager, 2), (Roles.Security, 3), (Roles.SaferCustody, 3), (Roles.FamilyServices, 3),
        (Roles.FamilyLead, 2), (Roles.EstablishmentAdmin, 2),
    ];

    private static readonly string[] FirstNames =
    [
        "Alison", "Bernard", "Carys", "Dominic", "Elaine", "Farid", "Gwen", "Howard", "Ines", "Joel", "Karen", "Lamar", "Moira",
        "Neville", "Orla", "Pritpal", "Rosalind", "Stuart", "Thandiwe", "Vernon", "Wendy", "Yvonne",
    ];

    private static readonly string[] LastNames =
    [
        "Ackroyd", "Bellamy", "Cartwright", "Dobson", "Entwistle", "Furness", "Gilchrist", "Holroyd", "Inskip", "Jagger", "Kershaw",
        "Lomax", "Marsden", "Nuttall", "Ormerod", "Pilling", "Royle", "Sowerby", "Tattersall", "Whittle",
    ];

    /// <summary>The username of a generated establishment's <paramref name="number"/>th account in <paramref name="role"/> (from 1).</summary>
    public static string UserName(string role, int number, string establishmentCode) =>
        $"{DemoDataSeeder.RoleSlugs[role]}{number}.{establishmentCode.ToLowerInvariant()}";

    /// <summary>The hash of <paramref name="password"/> as the app's <see cref="PasswordHasher{TUser}"/> makes it: once a run.</summary>
    public static string HashPassword(string password) => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), password);

    public static void Write(BulkWriter w, Establishment establishment, string passwordHash, DateTimeOffset at)
    {
        var e = establishment.Id;
        var n = 0;
        foreach (var (role, count) in PerRole)
        {
            for (var k = 1; k <= count; k++, n++)
            {
                var first = FirstNames[(e * 7 + n * 5) % FirstNames.Length];
                var last = LastNames[(e * 3 + n * 11) % LastNames.Length];
                WriteAccount(w, e, UserName(role, k, establishment.Code), role, $"{first} {last}", passwordHash, at);
            }
        }
    }

    /// <summary>
    /// One account holding <paramref name="role"/> at establishment <paramref name="establishmentId"/>, working there,
    /// with its membership, role and audit rows: everything signing in through the app needs.
    /// </summary>
    public static void WriteAccount(BulkWriter w, int establishmentId, string userName, string role, string displayName, string passwordHash, DateTimeOffset at)
    {
        var e = establishmentId;
        var id = $"generated-{userName}";
        // Deterministic stamps (the app's are random GUIDs): the same seed gives the same rows.
        var stamp = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..32];
        w.Add(new StaffUser
        {
            Id = id, UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = $"{userName}@familyties.invalid",
            NormalizedEmail = $"{userName}@familyties.invalid".ToUpperInvariant(), EmailConfirmed = true, PasswordHash = passwordHash,
            SecurityStamp = stamp, ConcurrencyStamp = stamp, LockoutEnabled = true, DisplayName = displayName, CurrentEstablishmentId = e,
            MustChangePassword = false,
        });
        w.Add(new StaffEstablishment { UserId = id, EstablishmentId = e });
        w.Add(new StaffEstablishmentRole { UserId = id, EstablishmentId = e, Role = role });
        w.Audit(at, e, nameof(StaffUser), id, "Created");
        w.Audit(at, e, nameof(StaffEstablishment), $"{id},{e}", "Created");
        w.Audit(at, e, nameof(StaffEstablishmentRole), $"{id},{e},{role}", "Created");
    }
}
