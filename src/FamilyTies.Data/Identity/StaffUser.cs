using FamilyTies.Domain.Establishments;
using Microsoft.AspNetCore.Identity;

namespace FamilyTies.Data.Identity;

/// <summary>
/// A member of staff who signs in. Belongs to one or more establishments and works in one at a time. The roles that
/// work inside an establishment belong to each membership (<see cref="StaffEstablishment.Roles"/>); only roles that
/// span establishments (<see cref="FamilyTies.Domain.Roles.Account"/>) are Identity roles of the account itself.
/// </summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? CurrentEstablishmentId { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Set when an admin creates the account or sets its password: the person must choose their own at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public List<StaffEstablishment> Establishments { get; set; } = [];
}

/// <summary>A person's membership of one establishment, with the roles they hold there.</summary>
public class StaffEstablishment
{
    public string UserId { get; set; } = "";
    public int EstablishmentId { get; set; }
    public Establishment? Establishment { get; set; }
    public List<StaffEstablishmentRole> Roles { get; set; } = [];
}

/// <summary>One role (a name from <see cref="FamilyTies.Domain.Roles.Establishment"/>) held at one establishment.</summary>
public class StaffEstablishmentRole
{
    public string UserId { get; set; } = "";
    public int EstablishmentId { get; set; }
    public string Role { get; set; } = "";
}

/// <summary>
/// One signed-in session: the sign-in cookie names it, every request checks it is still open, and signing out ends
/// it, so a copy of the cookie is worthless afterwards (docs/decisions/0013-roles-per-establishment-and-sign-in.md).
/// </summary>
public class StaffSession
{
    /// <summary>128 random bits, hex. Never shown; the cookie carrying it is encrypted and signed.</summary>
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
