using System.Globalization;
using System.Text;
using FamilyTies.Domain.People.RollImport;

namespace FamilyTies.Web.Tests.Features.RollImport;

/// <summary>Builds roll files for tests: invented people, prison numbers from a test's own range.</summary>
public static class RollCsv
{
    public static readonly string Header = string.Join(",", RollColumns.All.Select(c => c.Name));

    /// <summary>Prison numbers {letter}{0000..}{suffix}: a test picks a letter and suffix no other test uses (demo data uses A–H).</summary>
    public static string Number(char letter, int i, string suffix) => $"{letter}{i:D4}{suffix}";

    public static Dictionary<string, string> Row(string prisonNumber, int i = 0) => new()
    {
        [RollColumns.PrisonNumber] = prisonNumber,
        [RollColumns.FirstName] = FirstNames[i % FirstNames.Length],
        [RollColumns.LastName] = LastNames[(i / FirstNames.Length) % LastNames.Length],
        [RollColumns.DateOfBirth] = new DateOnly(1960, 1, 1).AddDays(i * 37 % 15000).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        [RollColumns.Location] = $"{(char)('A' + i % 8)}-{i % 3 + 1}-{i % 40 + 1:D3}",
        [RollColumns.IncentiveLevel] = (i % 3) switch { 0 => "Standard", 1 => "Enhanced", _ => "basic" },
        [RollColumns.Category] = "C",
        [RollColumns.LegalStatus] = i % 10 == 0 ? "Remand" : "Convicted",
        [RollColumns.ReceptionDate] = "2025-09-02",
        [RollColumns.EarliestReleaseDate] = i % 10 == 0 ? "" : "30/06/2028",
        [RollColumns.Nationality] = "British",
        [RollColumns.Languages] = "English",
        [RollColumns.InterpreterNeeded] = "No",
        [RollColumns.CareExperienced] = i % 4 == 0 ? "Yes" : "No",
        [RollColumns.ChildrenUnder18] = i % 5 == 0 ? "unknown" : (i % 3).ToString(CultureInfo.InvariantCulture),
        [RollColumns.HomeArea] = "Preston",
        [RollColumns.DistanceFromHomeMiles] = "8",
        [RollColumns.KeyWorker] = "Officer Pell",
        [RollColumns.PrisonOffenderManager] = "R. Castleton",
    };

    /// <summary>The line that describes <paramref name="p"/> exactly as FamilyTies holds them (importing it changes nothing).</summary>
    public static Dictionary<string, string> FromPrisoner(FamilyTies.Domain.People.Prisoner p) => new()
    {
        [RollColumns.PrisonNumber] = p.PrisonNumber,
        [RollColumns.FirstName] = p.FirstName,
        [RollColumns.LastName] = p.LastName,
        [RollColumns.DateOfBirth] = Date(p.DateOfBirth),
        [RollColumns.Location] = p.Location,
        [RollColumns.IncentiveLevel] = p.IncentiveLevel.ToString(),
        [RollColumns.Category] = p.Category,
        [RollColumns.LegalStatus] = p.LegalStatus.ToString(),
        [RollColumns.ReceptionDate] = p.ReceptionDate is { } r ? Date(r) : "",
        [RollColumns.EarliestReleaseDate] = p.EarliestReleaseDate is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
        [RollColumns.Nationality] = p.Nationality,
        [RollColumns.Languages] = p.Languages,
        [RollColumns.InterpreterNeeded] = p.InterpreterNeeded ? "Yes" : "No",
        [RollColumns.CareExperienced] = p.CareExperienced ? "Y" : "N",
        [RollColumns.ChildrenUnder18] = p.ChildrenUnder18?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
        [RollColumns.HomeArea] = p.HomeArea,
        [RollColumns.DistanceFromHomeMiles] = p.DistanceFromHomeMiles?.ToString(CultureInfo.InvariantCulture) ?? "",
        [RollColumns.KeyWorker] = p.KeyWorker,
        [RollColumns.PrisonOffenderManager] = p.PrisonOffenderManager,
    };

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Text(IEnumerable<Dictionary<string, string>> rows, string? header = null)
    {
        var text = new StringBuilder((header ?? Header) + "\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(",", RollColumns.All.Select(c => Quote(row[c.Name])))).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Generate(int count, char letter, string suffix) =>
        Text(Enumerable.Range(0, count).Select(i => Row(Number(letter, i, suffix), i)));

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static readonly string[] FirstNames = ["Ansel", "Bram", "Caspar", "Dace", "Emlyn", "Fitz", "Gideon", "Hollis", "Ivo", "Jory", "Kit", "Lysander"];
    private static readonly string[] LastNames = ["Marchbank", "Nettlefold", "Ormerod", "Pargeter", "Quarmby", "Rudge", "Scatcherd", "Tolley", "Umfreville", "Vowles"];
}
