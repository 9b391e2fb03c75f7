using FamilyTies.Domain.Establishments;
using Microsoft.AspNetCore.Identity;

namespace FamilyTies.Data.Identity;

/// <summary>A member of staff who signs in. Belongs to one or more establishments; works in one at a time.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? CurrentEstablishmentId { get; set; }
    public bool Active { get; set; } = true;
    public List<StaffEstablishment> Establishments { get; set; } = [];
}

public class StaffEstablishment
{
    public string UserId { get; set; } = "";
    public int EstablishmentId { get; set; }
    public Establishment? Establishment { get; set; }
}
