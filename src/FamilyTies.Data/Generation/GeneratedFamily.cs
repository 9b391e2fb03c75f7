using FamilyTies.Domain.People;

namespace FamilyTies.Data.Generation;

/// <summary>
/// A prisoner whose family visits and calls, with the family's approved visitors (an adult first), and the days the
/// prisoner was here (from reception to release; open-ended where not known): the history visits only then.
/// </summary>
public sealed record GeneratedFamily(int PrisonerId, IReadOnlyList<FamilyMember> Visitors, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Whether the prisoner was here on <paramref name="date"/>.</summary>
    public bool Here(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>
    /// The families among approved visitors' links (in the order given): each prisoner with an adult approved visitor on
    /// <paramref name="today"/>, that adult first, then the others; here from reception to release (<paramref name="stay"/>).
    /// </summary>
    public static List<GeneratedFamily> Of(IEnumerable<(int PrisonerId, int ContactId, DateOnly? DateOfBirth)> approved, DateOnly today, int adultAge,
        Func<int, (DateOnly? From, DateOnly? To)>? stay = null)
    {
        bool Adult(FamilyMember m) => m.DateOfBirth is { } born && Age.On(born, today) >= adultAge;
        return approved.GroupBy(l => l.PrisonerId)
            .Select(g => (g.Key, Visitors: g.Select(l => new FamilyMember(l.ContactId, l.DateOfBirth)).OrderBy(m => Adult(m) ? 0 : 1).ToList(), Stay: stay?.Invoke(g.Key) ?? (null, null)))
            .Select(f => new GeneratedFamily(f.Key, f.Visitors, f.Stay.From, f.Stay.To))
            .Where(f => Adult(f.Visitors[0])).ToList();
    }
}

/// <summary>One approved visitor of a <see cref="GeneratedFamily"/>.</summary>
public sealed record FamilyMember(int ContactId, DateOnly? DateOfBirth);
