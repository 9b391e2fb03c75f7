using FamilyTies.Domain;
using Microsoft.AspNetCore.Authorization;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Named authorization policies, one per area and one per kind of change. Controllers carry
/// [Authorize(Policy = ...)]; the authorization-matrix test checks every action against these.
/// </summary>
public static class Policies
{
    public const string People = "People";
    public const string PrisonerEdit = "PrisonerEdit";
    public const string ContactEdit = "ContactEdit";
    public const string Security = "Security";
    public const string AuditLog = "AuditLog";
    public const string Visits = "Visits";
    public const string VisitsBook = "VisitsBook";
    /// <summary>Rooms, session templates, blocked dates and visiting-order adjustments: the visits custodial manager.</summary>
    public const string VisitsManage = "VisitsManage";
    public const string FamilyDays = "FamilyDays";
    public const string SaferCustody = "SaferCustody";
    public const string CareExperienced = "CareExperienced";
    public const string ForeignNationals = "ForeignNationals";
    public const string Dashboard = "Dashboard";
    public const string NationalDashboard = "NationalDashboard";
    public const string Admin = "Admin";
    /// <summary>Loading the establishment's roll from a CSV file (docs/roll-import.md).</summary>
    public const string RollImport = "RollImport";

    /// <summary>The roles each policy admits. Establishment policies also need a current establishment.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [People] = [.. Roles.Establishment],
        [PrisonerEdit] = [Roles.VisitsManager, Roles.EstablishmentAdmin],
        [ContactEdit] = [Roles.VisitsStaff, Roles.VisitsManager, Roles.Security, Roles.FamilyServices, Roles.SaferCustody],
        [Security] = [Roles.Security],
        [AuditLog] = [Roles.FamilyLead, Roles.EstablishmentAdmin],
        [Visits] = [Roles.VisitsStaff, Roles.VisitsManager, Roles.FamilyLead],
        [VisitsBook] = [Roles.VisitsStaff, Roles.VisitsManager],
        [VisitsManage] = [Roles.VisitsManager],
        [FamilyDays] = [Roles.FamilyServices, Roles.FamilyLead],
        [SaferCustody] = [Roles.SaferCustody, Roles.FamilyLead],
        [CareExperienced] = [Roles.FamilyServices, Roles.FamilyLead],
        [ForeignNationals] = [Roles.FamilyServices, Roles.FamilyLead],
        [Dashboard] = [Roles.FamilyLead],
        [NationalDashboard] = [Roles.NationalViewer],
        [Admin] = [Roles.EstablishmentAdmin],
        [RollImport] = [Roles.VisitsManager, Roles.EstablishmentAdmin],
    };

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var (name, roles) in RolesFor)
        {
            options.AddPolicy(name, policy =>
            {
                policy.RequireAuthenticatedUser().RequireRole(roles);
                if (name != NationalDashboard)
                {
                    policy.RequireClaim(StaffClaims.Establishment);
                }
            });
        }
    }
}
