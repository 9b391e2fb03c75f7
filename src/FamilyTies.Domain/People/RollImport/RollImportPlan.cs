namespace FamilyTies.Domain.People.RollImport;

/// <summary>What an import did or would do. Rows is the number of prisoners in the file.</summary>
public sealed record RollImportCounts(int Rows, int Created, int Updated, int Unchanged, int Left);

/// <summary>
/// Compares a valid roll with the establishment's prisoners (matched on prison number) and decides who is new, who has
/// changed and, in full-roll mode, which active prisoners are no longer on the roll. Changes nothing itself.
/// </summary>
public sealed class RollImportPlan
{
    private RollImportPlan(List<RollEntry> toCreate, List<(Prisoner, RollEntry)> toUpdate, int unchanged, List<Prisoner> activeNotInFile, bool fullRoll)
    {
        ToCreate = toCreate;
        ToUpdate = toUpdate;
        ActiveNotInFile = activeNotInFile;
        FullRoll = fullRoll;
        Counts = new RollImportCounts(toCreate.Count + toUpdate.Count + unchanged, toCreate.Count, toUpdate.Count, unchanged,
            fullRoll ? activeNotInFile.Count : 0);
    }

    public IReadOnlyList<RollEntry> ToCreate { get; }
    public IReadOnlyList<(Prisoner Prisoner, RollEntry Entry)> ToUpdate { get; }
    /// <summary>Active prisoners of the establishment missing from the file; marked Left only in full-roll mode.</summary>
    public IReadOnlyList<Prisoner> ActiveNotInFile { get; }
    public bool FullRoll { get; }
    public RollImportCounts Counts { get; }

    /// <param name="existing">Every prisoner of the establishment, whatever their status.</param>
    public static RollImportPlan Create(IEnumerable<RollEntry> entries, IEnumerable<Prisoner> existing, bool fullRoll)
    {
        var byNumber = existing.ToDictionary(p => p.PrisonNumber, StringComparer.Ordinal);
        var toCreate = new List<RollEntry>();
        var toUpdate = new List<(Prisoner, RollEntry)>();
        var unchanged = 0;
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!inFile.Add(entry.PrisonNumber))
            {
                throw new ArgumentException($"Prison number on line {entry.Line} is repeated; validate the roll first.", nameof(entries));
            }
            if (!byNumber.TryGetValue(entry.PrisonNumber, out var prisoner))
            {
                toCreate.Add(entry);
            }
            else if (entry.Differences(prisoner).Count > 0)
            {
                toUpdate.Add((prisoner, entry));
            }
            else
            {
                unchanged++;
            }
        }
        var activeNotInFile = byNumber.Values
            .Where(p => p.Status == PrisonerStatus.Active && !inFile.Contains(p.PrisonNumber))
            .OrderBy(p => p.PrisonNumber, StringComparer.Ordinal)
            .ToList();
        return new RollImportPlan(toCreate, toUpdate, unchanged, activeNotInFile, fullRoll);
    }

    /// <summary>Applies the plan to the tracked prisoners; returns the new ones for the caller to add.</summary>
    public IReadOnlyList<Prisoner> Apply()
    {
        foreach (var (prisoner, entry) in ToUpdate)
        {
            entry.CopyTo(prisoner);
        }
        if (FullRoll)
        {
            foreach (var prisoner in ActiveNotInFile)
            {
                prisoner.Status = PrisonerStatus.Left;
            }
        }
        return ToCreate.Select(e => e.ToNewPrisoner()).ToList();
    }
}
