namespace FamilyTies.Domain;

/// <summary>
/// The roles of SPEC.md "Users and roles". Role names are stored in the database, so never rename one.
/// An establishment role is held at one establishment (a membership's roles) and applies only there; an account role
/// spans establishments and belongs to the account (docs/decisions/0013-roles-per-establishment-and-sign-in.md).
/// </summary>
public static class Roles
{
    public const string VisitsStaff = nameof(VisitsStaff);
    public const string VisitsManager = nameof(VisitsManager);
    public const string Security = nameof(Security);
    public const string SaferCustody = nameof(SaferCustody);
    public const string FamilyServices = nameof(FamilyServices);
    public const string FamilyLead = nameof(FamilyLead);
    public const string EstablishmentAdmin = nameof(EstablishmentAdmin);
    public const string NationalViewer = nameof(NationalViewer);

    public static readonly IReadOnlyList<string> All =
    [
        VisitsStaff, VisitsManager, Security, SaferCustody, FamilyServices, FamilyLead, EstablishmentAdmin, NationalViewer,
    ];

    /// <summary>
    /// Roles that span establishments, held by the account itself. A future PrisonGroupDirector (a group of
    /// establishments) joins this list, with the group it covers on the account.
    /// </summary>
    public static readonly IReadOnlyList<string> Account = [NationalViewer];

    /// <summary>Roles that work inside an establishment (everyone but the national team): held per membership.</summary>
    public static readonly IReadOnlyList<string> Establishment = All.Where(r => !Account.Contains(r)).ToList();

    public static string DisplayName(string role) => role switch
    {
        VisitsStaff => "Visits staff",
        VisitsManager => "Visits manager",
        Security => "Security",
        SaferCustody => "Safer custody",
        FamilyServices => "Family services",
        FamilyLead => "Family lead",
        EstablishmentAdmin => "Establishment admin",
        NationalViewer => "National viewer",
        _ => role,
    };
}
