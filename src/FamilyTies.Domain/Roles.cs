namespace FamilyTies.Domain;

/// <summary>The roles of SPEC.md "Users and roles". Role names are stored in the database, so never rename one.</summary>
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

    /// <summary>Roles that work inside an establishment (everyone but the national team).</summary>
    public static readonly IReadOnlyList<string> Establishment = All.Where(r => r != NationalViewer).ToList();

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
