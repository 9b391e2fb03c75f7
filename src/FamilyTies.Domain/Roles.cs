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
    /// <summary>
    /// Covers a group of establishments: held at each establishment of the group (a membership per establishment, so
    /// the group is where they hold it), reads figures and moderates self-assessments there, never individual records.
    /// </summary>
    public const string PrisonGroupDirector = nameof(PrisonGroupDirector);

    public static readonly IReadOnlyList<string> All =
    [
        VisitsStaff, VisitsManager, Security, SaferCustody, FamilyServices, FamilyLead, EstablishmentAdmin, NationalViewer,
        PrisonGroupDirector,
    ];

    /// <summary>
    /// Roles that span establishments, held by the account itself. The prison group director's group is the
    /// establishments where they hold the role (docs/decisions/0022-self-assessment.md), so it is not one of these.
    /// </summary>
    public static readonly IReadOnlyList<string> Account = [NationalViewer];

    /// <summary>Roles that work inside an establishment (everyone but the national team): held per membership.</summary>
    public static readonly IReadOnlyList<string> Establishment = All.Where(r => !Account.Contains(r)).ToList();

    /// <summary>Establishment roles that read individual records (everyone but the group director, who reads figures only).</summary>
    public static readonly IReadOnlyList<string> RecordReaders = Establishment.Where(r => r != PrisonGroupDirector).ToList();

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
        PrisonGroupDirector => "Prison group director",
        _ => role,
    };
}
