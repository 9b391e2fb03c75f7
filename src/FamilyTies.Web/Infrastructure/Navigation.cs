using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace FamilyTies.Web.Infrastructure;

/// <summary>The sections of the service, shown in the navigation only to roles whose policy admits them.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Href, string Policy, string Area);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Prisoners", "/prisoners", Policies.People, ""),
        new("Contacts", "/contacts", Policies.People, ""),
        new("Visits", "/visits", Policies.Visits, "Visits"),
        new("Family days", "/familydays", Policies.FamilyDays, "FamilyDays"),
        new("Safer custody", "/safercustody", Policies.SaferCustody, "SaferCustody"),
        new("Care-experienced", "/careexperienced", Policies.CareExperienced, "CareExperienced"),
        new("Foreign nationals", "/foreignnationals", Policies.ForeignNationals, "ForeignNationals"),
        new("Dashboard", "/dashboard", Policies.DashboardFigures, "Dashboard"),
        new("Self-assessment", "/dashboard/self-assessment", Policies.SelfAssessment, "Dashboard"),
        new("National view", "/dashboard/national", Policies.NationalDashboard, "Dashboard"),
        new("Framework", "/dashboard/national/framework", Policies.Framework, "Dashboard"),
        new("Audit log", "/audit", Policies.AuditLog, ""),
        new("Admin", "/admin", Policies.Admin, "Admin"),
    ];

    public static async Task<IReadOnlyList<Item>> ForAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        var visible = new List<Item>();
        foreach (var item in Items)
        {
            if ((await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }
        return visible;
    }
}
