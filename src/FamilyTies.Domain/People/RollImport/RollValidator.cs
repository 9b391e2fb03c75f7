using System.Globalization;
using C = FamilyTies.Domain.People.RollImport.RollColumns;

namespace FamilyTies.Domain.People.RollImport;

public sealed record RollValidation(IReadOnlyList<RollEntry> Entries, IReadOnlyList<RollProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Validates the lines of a roll file one by one, without a database. Every problem names its column; a line can
/// have several. <paramref name="today"/> is the prison-local date (ages and "not in the future").
/// </summary>
public sealed class RollValidator(DateOnly today)
{
    public const int MinAge = 15;
    public const int MaxAge = 110;
    public const int MaxChildren = 30;
    public const int MaxDistanceMiles = 15000;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>All lines, plus the one rule that needs them all: a prison number appears once.</summary>
    public RollValidation ValidateAll(IEnumerable<(int Line, IReadOnlyDictionary<string, string> Cells)> lines)
    {
        var entries = new List<RollEntry>();
        var problems = new List<RollProblem>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in lines)
        {
            var (entry, rowProblems) = Validate(line, cells);
            problems.AddRange(rowProblems);
            var number = PrisonNumber.Normalise(Cell(cells, C.PrisonNumber));
            if (PrisonNumber.IsValid(number) && !firstLineOf.TryAdd(number, line))
            {
                problems.Add(new RollProblem(line, number, $"{C.PrisonNumber} {number} is also on line {firstLineOf[number]}: each prisoner must appear once"));
                continue;
            }
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
        return new RollValidation(entries, problems.OrderBy(p => p.Line).ToList());
    }

    /// <summary>One line: the entry when it is valid, else every problem on it.</summary>
    public (RollEntry? Entry, IReadOnlyList<RollProblem> Problems) Validate(int line, IReadOnlyDictionary<string, string> cells)
    {
        var problems = new List<string>();
        var rawNumber = Cell(cells, C.PrisonNumber);
        var number = PrisonNumber.Normalise(rawNumber);
        if (number.Length == 0)
        {
            problems.Add($"{C.PrisonNumber} is blank");
        }
        else if (!PrisonNumber.IsValid(number))
        {
            problems.Add($"{C.PrisonNumber} \"{rawNumber}\" is not in the format A1234BC");
        }

        string Text(string column)
        {
            var value = Cell(cells, column);
            var definition = C.All.Single(c => c.Name == column);
            if (definition.Required && value.Length == 0)
            {
                problems.Add($"{column} is blank");
            }
            else if (definition.MaxLength > 0 && value.Length > definition.MaxLength)
            {
                problems.Add($"{column} is longer than {definition.MaxLength} characters");
            }
            return value;
        }

        var firstName = Text(C.FirstName);
        var lastName = Text(C.LastName);
        var dateOfBirth = Date(cells, C.DateOfBirth, required: true, problems);
        if (dateOfBirth is { } born)
        {
            var age = AgeOn(born, today);
            if (born > today)
            {
                problems.Add($"{C.DateOfBirth} {Show(born)} is in the future");
                dateOfBirth = null;
            }
            else if (age is < MinAge or > MaxAge)
            {
                problems.Add($"{C.DateOfBirth} {Show(born)} gives an age of {age}: it must be between {MinAge} and {MaxAge}");
                dateOfBirth = null;
            }
        }
        var location = Text(C.Location);
        var incentive = Choice<IncentiveLevel>(cells, C.IncentiveLevel, problems);
        var category = Text(C.Category);
        var legal = Choice<LegalStatus>(cells, C.LegalStatus, problems);
        var reception = Date(cells, C.ReceptionDate, required: false, problems);
        if (reception is { } received)
        {
            if (received > today)
            {
                problems.Add($"{C.ReceptionDate} {Show(received)} is in the future");
            }
            else if (dateOfBirth is { } dob && received < dob)
            {
                problems.Add($"{C.ReceptionDate} {Show(received)} is before {C.DateOfBirth}");
            }
        }
        var release = Date(cells, C.EarliestReleaseDate, required: false, problems);
        var nationality = Text(C.Nationality);
        var languages = Text(C.Languages);
        var interpreter = YesNo(cells, C.InterpreterNeeded, problems);
        var careExperienced = YesNo(cells, C.CareExperienced, problems);
        var children = Whole(cells, C.ChildrenUnder18, MaxChildren, allowUnknown: true, problems);
        var homeArea = Text(C.HomeArea);
        var distance = Whole(cells, C.DistanceFromHomeMiles, MaxDistanceMiles, allowUnknown: false, problems);
        var keyWorker = Text(C.KeyWorker);
        var pom = Text(C.PrisonOffenderManager);

        var shownNumber = number.Length == 0 ? null : number;
        if (problems.Count > 0)
        {
            return (null, problems.Select(p => new RollProblem(line, shownNumber, p)).ToList());
        }
        return (new RollEntry
        {
            Line = line,
            PrisonNumber = number,
            FirstName = firstName,
            LastName = lastName,
            DateOfBirth = dateOfBirth ?? throw new InvalidOperationException("A valid line has a date of birth"),
            Location = location,
            IncentiveLevel = incentive!.Value,
            Category = category,
            LegalStatus = legal!.Value,
            ReceptionDate = reception,
            EarliestReleaseDate = release,
            Nationality = nationality,
            Languages = languages,
            InterpreterNeeded = interpreter,
            CareExperienced = careExperienced,
            ChildrenUnder18 = children,
            HomeArea = homeArea,
            DistanceFromHomeMiles = distance,
            KeyWorker = keyWorker,
            PrisonOffenderManager = pom,
        }, []);
    }

    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }

    private static string Cell(IReadOnlyDictionary<string, string> cells, string column) =>
        cells.TryGetValue(column, out var value) ? value.Trim() : "";

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Date(IReadOnlyDictionary<string, string> cells, string column, bool required, List<string> problems)
    {
        var value = Cell(cells, column);
        if (value.Length == 0)
        {
            if (required)
            {
                problems.Add($"{column} is blank");
            }
            return null;
        }
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add($"{column} \"{value}\" is not a date: use dd/mm/yyyy or yyyy-mm-dd");
        return null;
    }

    private static T? Choice<T>(IReadOnlyDictionary<string, string> cells, string column, List<string> problems) where T : struct, Enum
    {
        var value = Cell(cells, column);
        var names = Enum.GetNames<T>();
        var match = names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return Enum.Parse<T>(match);
        }
        var allowed = string.Join(", ", names[..^1]) + " or " + names[^1];
        problems.Add(value.Length == 0 ? $"{column} is blank: use {allowed}" : $"{column} \"{value}\" must be {allowed}");
        return null;
    }

    private static bool YesNo(IReadOnlyDictionary<string, string> cells, string column, List<string> problems)
    {
        switch (Cell(cells, column).ToUpperInvariant())
        {
            case "" or "NO" or "N" or "FALSE":
                return false;
            case "YES" or "Y" or "TRUE":
                return true;
            default:
                problems.Add($"{column} \"{Cell(cells, column)}\" must be Yes or No");
                return false;
        }
    }

    private static int? Whole(IReadOnlyDictionary<string, string> cells, string column, int max, bool allowUnknown, List<string> problems)
    {
        var value = Cell(cells, column);
        if (value.Length == 0 || (allowUnknown && value.Equals("unknown", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max)
        {
            return number;
        }
        problems.Add($"{column} \"{value}\" must be a whole number from 0 to {max}" + (allowUnknown ? ", or unknown" : ""));
        return null;
    }
}
