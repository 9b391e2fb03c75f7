namespace FamilyTies.Domain.People.RollImport;

/// <summary>One column of the roll file. <see cref="MaxLength"/> matches the database column for text.</summary>
public sealed record RollColumn(string Name, bool Required, string Format, string Example, int MaxLength = 0);

/// <summary>
/// The columns of a roll import file (docs/roll-import.md). Every column must be present, in any order; a value may be
/// blank only where the column is not <see cref="RollColumn.Required"/>.
/// </summary>
public static class RollColumns
{
    public const string PrisonNumber = "prison_number";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string DateOfBirth = "date_of_birth";
    public const string Location = "location";
    public const string IncentiveLevel = "incentive_level";
    public const string Category = "category";
    public const string LegalStatus = "legal_status";
    public const string ReceptionDate = "reception_date";
    public const string EarliestReleaseDate = "earliest_release_date";
    public const string Nationality = "nationality";
    public const string Languages = "languages";
    public const string InterpreterNeeded = "interpreter_needed";
    public const string CareExperienced = "care_experienced";
    public const string ChildrenUnder18 = "children_under_18";
    public const string HomeArea = "home_area";
    public const string DistanceFromHomeMiles = "distance_from_home_miles";
    public const string KeyWorker = "key_worker";
    public const string PrisonOffenderManager = "prison_offender_manager";

    private const string Date = "date: dd/mm/yyyy or yyyy-mm-dd";
    private const string YesNo = "Yes or No (also Y/N, True/False); blank means No";

    public static readonly IReadOnlyList<RollColumn> All =
    [
        new(PrisonNumber, true, "one letter, four digits, two letters; unique in the file", "A1234BC"),
        new(FirstName, true, "text, up to 100 characters", "Jordan", 100),
        new(LastName, true, "text, up to 100 characters", "Ashcombe", 100),
        new(DateOfBirth, true, Date + "; age 15 to 110 today", "14/03/1988"),
        new(Location, true, "text, up to 50 characters (wing-landing-cell)", "A-2-014", 50),
        new(IncentiveLevel, true, "Basic, Standard or Enhanced (any case)", "Standard"),
        new(Category, false, "text, up to 20 characters", "C", 20),
        new(LegalStatus, true, "Remand or Convicted (any case)", "Convicted"),
        new(ReceptionDate, false, Date + "; not in the future, not before date of birth", "02/09/2025"),
        new(EarliestReleaseDate, false, Date, "2027-06-30"),
        new(Nationality, false, "text, up to 100 characters", "British", 100),
        new(Languages, false, "text, up to 200 characters; separate languages with ;", "English; Welsh", 200),
        new(InterpreterNeeded, false, YesNo, "No"),
        new(CareExperienced, false, YesNo, "Yes"),
        new(ChildrenUnder18, false, "whole number 0 to 30; blank or unknown means not known", "2"),
        new(HomeArea, false, "text, up to 100 characters", "Preston", 100),
        new(DistanceFromHomeMiles, false, "whole number 0 to 15000; blank means not known", "12"),
        new(KeyWorker, false, "text, up to 100 characters", "Officer Pell", 100),
        new(PrisonOffenderManager, false, "text, up to 100 characters", "R. Castleton", 100),
    ];

    private static readonly HashSet<string> Names = All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>"Prison Number", "prison-number" and " PRISON_NUMBER " all mean prison_number.</summary>
    public static string NormaliseHeader(string? header) =>
        string.Join('_', (header ?? "").Trim().Trim('\uFEFF').ToLowerInvariant()
            .Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Checks a header row. On success, <see cref="RollHeader.IndexOf"/> maps each column to its position; otherwise
    /// <see cref="RollHeader.Problems"/> says which columns are missing, unexpected or repeated.
    /// </summary>
    public static RollHeader CheckHeader(IReadOnlyList<string> headers)
    {
        var normalised = headers.Select(NormaliseHeader).ToList();
        var problems = new List<string>();
        var missing = All.Select(c => c.Name).Where(n => !normalised.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"The file is missing {Plural(missing.Count, "column")}: {string.Join(", ", missing)}");
        }
        var unexpected = headers.Where((h, i) => !Names.Contains(normalised[i]))
            .Select(h => h.Trim().Length == 0 ? "(a blank heading)" : h.Trim()).Distinct().ToList();
        if (unexpected.Count > 0)
        {
            problems.Add($"The file has {Plural(unexpected.Count, "column")} that FamilyTies does not recognise: {string.Join(", ", unexpected)}");
        }
        var repeated = normalised.Where(Names.Contains).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            problems.Add($"The file has {Plural(repeated.Count, "column")} more than once: {string.Join(", ", repeated)}");
        }
        var index = problems.Count == 0
            ? normalised.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal)
            : new Dictionary<string, int>();
        return new RollHeader(index, problems);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

public sealed record RollHeader(IReadOnlyDictionary<string, int> IndexOf, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
