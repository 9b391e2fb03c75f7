namespace FamilyTies.Domain.People.RollImport;

/// <summary>A problem with one line of a roll file. Line 1 is the header, so the first prisoner is on line 2.</summary>
public sealed record RollProblem(int Line, string? PrisonNumber, string Message);

/// <summary>One valid line of a roll file: a prisoner who is in the establishment now.</summary>
public sealed record RollEntry
{
    public required int Line { get; init; }
    public required string PrisonNumber { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required DateOnly DateOfBirth { get; init; }
    public required string Location { get; init; }
    public required IncentiveLevel IncentiveLevel { get; init; }
    public required string Category { get; init; }
    public required LegalStatus LegalStatus { get; init; }
    public DateOnly? ReceptionDate { get; init; }
    public DateOnly? EarliestReleaseDate { get; init; }
    public required string Nationality { get; init; }
    public required string Languages { get; init; }
    public bool InterpreterNeeded { get; init; }
    public bool CareExperienced { get; init; }
    public int? ChildrenUnder18 { get; init; }
    public required string HomeArea { get; init; }
    public int? DistanceFromHomeMiles { get; init; }
    public required string KeyWorker { get; init; }
    public required string PrisonOffenderManager { get; init; }

    public Prisoner ToNewPrisoner()
    {
        var prisoner = new Prisoner { PrisonNumber = PrisonNumber };
        CopyTo(prisoner);
        return prisoner;
    }

    /// <summary>The properties of <paramref name="prisoner"/> this entry would change (status included: anyone on the roll is active).</summary>
    public IReadOnlyList<string> Differences(Prisoner prisoner) => Compare(prisoner, apply: false);

    /// <summary>Sets only the properties that differ, so an unchanged prisoner stays unmodified (no audit event, no UpdatedAt).</summary>
    public IReadOnlyList<string> CopyTo(Prisoner prisoner) => Compare(prisoner, apply: true);

    private List<string> Compare(Prisoner p, bool apply)
    {
        var changed = new List<string>();
        void Set<T>(string name, T current, T value, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                changed.Add(name);
                if (apply)
                {
                    set(value);
                }
            }
        }
        Set(nameof(p.FirstName), p.FirstName, FirstName, v => p.FirstName = v);
        Set(nameof(p.LastName), p.LastName, LastName, v => p.LastName = v);
        Set(nameof(p.DateOfBirth), p.DateOfBirth, DateOfBirth, v => p.DateOfBirth = v);
        Set(nameof(p.Location), p.Location, Location, v => p.Location = v);
        Set(nameof(p.IncentiveLevel), p.IncentiveLevel, IncentiveLevel, v => p.IncentiveLevel = v);
        Set(nameof(p.Category), p.Category, Category, v => p.Category = v);
        Set(nameof(p.LegalStatus), p.LegalStatus, LegalStatus, v => p.LegalStatus = v);
        Set(nameof(p.ReceptionDate), p.ReceptionDate, ReceptionDate, v => p.ReceptionDate = v);
        Set(nameof(p.EarliestReleaseDate), p.EarliestReleaseDate, EarliestReleaseDate, v => p.EarliestReleaseDate = v);
        Set(nameof(p.Status), p.Status, PrisonerStatus.Active, v => p.Status = v);
        Set(nameof(p.Nationality), p.Nationality, Nationality, v => p.Nationality = v);
        Set(nameof(p.Languages), p.Languages, Languages, v => p.Languages = v);
        Set(nameof(p.InterpreterNeeded), p.InterpreterNeeded, InterpreterNeeded, v => p.InterpreterNeeded = v);
        Set(nameof(p.CareExperienced), p.CareExperienced, CareExperienced, v => p.CareExperienced = v);
        Set(nameof(p.ChildrenUnder18), p.ChildrenUnder18, ChildrenUnder18, v => p.ChildrenUnder18 = v);
        Set(nameof(p.HomeArea), p.HomeArea, HomeArea, v => p.HomeArea = v);
        Set(nameof(p.DistanceFromHomeMiles), p.DistanceFromHomeMiles, DistanceFromHomeMiles, v => p.DistanceFromHomeMiles = v);
        Set(nameof(p.KeyWorker), p.KeyWorker, KeyWorker, v => p.KeyWorker = v);
        Set(nameof(p.PrisonOffenderManager), p.PrisonOffenderManager, PrisonOffenderManager, v => p.PrisonOffenderManager = v);
        return changed;
    }
}
