using FamilyTies.Domain;
using Microsoft.AspNetCore.Authorization;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Named authorization policies, one per area and one per kind of change. Controllers carry
/// [Authorize(Policy = ...)]; the authorization-matrix test checks every action against these. Where some roles may
/// read a page but not change it, there are two policies: the area's (read) and a change policy for the forms.
/// Role claims are those held at the current establishment (StaffClaimsPrincipalFactory), so a policy admits a role
/// only where the user holds it.
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
    /// <summary>Running family days, forums, schemes and surveys: family services (the family lead reads them).</summary>
    public const string FamilyDaysChange = "FamilyDaysChange";
    /// <summary>Reading the safer custody line and ACCT/CSIP pages: the safer custody team and the family lead.</summary>
    public const string SaferCustody = "SaferCustody";
    /// <summary>Logging, acting on, correcting and closing safer custody contacts and cases: the safer custody team only.</summary>
    public const string SaferCustodyChange = "SaferCustodyChange";
    public const string CareExperienced = "CareExperienced";
    public const string ForeignNationals = "ForeignNationals";
    /// <summary>Registering and recording for care-experienced prisoners: family services (the family lead reads).</summary>
    public const string CareExperiencedChange = "CareExperiencedChange";
    /// <summary>Recording for foreign nationals: family services (the family lead reads).</summary>
    public const string ForeignNationalsChange = "ForeignNationalsChange";
    public const string Dashboard = "Dashboard";
    public const string NationalDashboard = "NationalDashboard";
    /// <summary>Staff accounts and changing the establishment's settings.</summary>
    public const string Admin = "Admin";
    /// <summary>Reading the establishment's settings and targets: the local admin and the family lead.</summary>
    public const string SettingsRead = "SettingsRead";
    /// <summary>Loading the establishment's roll from a CSV file (docs/roll-import.md).</summary>
    public const string RollImport = "RollImport";
    /// <summary>A dashboard's figures without its rows: the family lead and the prison group director (docs/decisions/0022).</summary>
    public const string DashboardFigures = "DashboardFigures";
    /// <summary>Reading a year's self-assessment and action plan: the family lead and the prison group director.</summary>
    public const string SelfAssessment = "SelfAssessment";
    /// <summary>Scoring the self-assessment and keeping the action plan: the family lead.</summary>
    public const string SelfAssessmentEdit = "SelfAssessmentEdit";
    /// <summary>Changing a score with a reason: the prison group director.</summary>
    public const string SelfAssessmentModerate = "SelfAssessmentModerate";
    /// <summary>The national self-assessment framework: the national team reads and edits it.</summary>
    public const string Framework = "Framework";

    /// <summary>The roles each policy admits. Establishment policies also need a current establishment.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [People] = [.. Roles.RecordReaders],
        [PrisonerEdit] = [Roles.VisitsManager, Roles.EstablishmentAdmin],
        [ContactEdit] = [Roles.VisitsStaff, Roles.VisitsManager, Roles.Security, Roles.FamilyServices, Roles.SaferCustody],
        [Security] = [Roles.Security],
        [AuditLog] = [Roles.FamilyLead, Roles.EstablishmentAdmin],
        [Visits] = [Roles.VisitsStaff, Roles.VisitsManager, Roles.FamilyLead],
        [VisitsBook] = [Roles.VisitsStaff, Roles.VisitsManager],
        [VisitsManage] = [Roles.VisitsManager],
        [FamilyDays] = [Roles.FamilyServices, Roles.FamilyLead],
        [FamilyDaysChange] = [Roles.FamilyServices],
        [SaferCustody] = [Roles.SaferCustody, Roles.FamilyLead],
        [SaferCustodyChange] = [Roles.SaferCustody],
        [CareExperienced] = [Roles.FamilyServices, Roles.FamilyLead],
        [ForeignNationals] = [Roles.FamilyServices, Roles.FamilyLead],
        [CareExperiencedChange] = [Roles.FamilyServices],
        [ForeignNationalsChange] = [Roles.FamilyServices],
        [Dashboard] = [Roles.FamilyLead],
        [NationalDashboard] = [Roles.NationalViewer],
        [Admin] = [Roles.EstablishmentAdmin],
        [SettingsRead] = [Roles.EstablishmentAdmin, Roles.FamilyLead],
        [RollImport] = [Roles.VisitsManager, Roles.EstablishmentAdmin],
        [DashboardFigures] = [Roles.FamilyLead, Roles.PrisonGroupDirector],
        [SelfAssessment] = [Roles.FamilyLead, Roles.PrisonGroupDirector],
        [SelfAssessmentEdit] = [Roles.FamilyLead],
        [SelfAssessmentModerate] = [Roles.PrisonGroupDirector],
        [Framework] = [Roles.NationalViewer],
    };

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var (name, roles) in RolesFor)
        {
            options.AddPolicy(name, policy =>
            {
                policy.RequireAuthenticatedUser().RequireRole(roles);
                if (name is not (NationalDashboard or Framework))
                {
                    policy.RequireClaim(StaffClaims.Establishment);
                }
            });
        }
    }
}
