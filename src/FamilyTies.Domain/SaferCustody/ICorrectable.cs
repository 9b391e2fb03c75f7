namespace FamilyTies.Domain.SaferCustody;

/// <summary>
/// A log entry that is never changed or deleted: a mistake is put right by a new entry that names the one it
/// corrects (and why). The corrected entry stays visible but no longer counts.
/// </summary>
public interface ICorrectable
{
    int Id { get; }
    int? CorrectsId { get; }
}

public static class Corrections
{
    /// <summary>The entries that count: every entry that no later entry corrects.</summary>
    public static IReadOnlyList<T> Effective<T>(IEnumerable<T> entries) where T : ICorrectable
    {
        var list = entries.ToList();
        var corrected = list.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        return list.Where(e => !corrected.Contains(e.Id)).ToList();
    }
}
