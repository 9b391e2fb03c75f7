using FamilyTies.Domain.People;

namespace FamilyTies.Data.Generation;

/// <summary>A prisoner whose family visits and calls, with the family's approved visitors (an adult first).</summary>
public sealed record GeneratedFamily(int PrisonerId, IReadOnlyList<FamilyMember> Visitors)
{
    /// <summary>
    /// The families among approved visitors' links (in the order given): each prisoner with an adult approved visitor on
    /// <paramref name="today"/>, that adult first, then the others.
    /// </summary>
    public static List<GeneratedFamily> Of(IEnumerable<(int PrisonerId, int ContactId, DateOnly? DateOfBirth)> approved, DateOnly today, int adultAge)
    {
        bool Adult(FamilyMember m) => m.DateOfBirth is { } born && Age.On(born, today) >= adultAge;
        return approved.GroupBy(l => l.PrisonerId)
            .Select(g => new GeneratedFamily(g.Key, g.Select(l => new FamilyMember(l.ContactId, l.DateOfBirth)).OrderBy(m => Adult(m) ? 0 : 1).ToList()))
            .Where(f => Adult(f.Visitors[0])).ToList();
    }
}

/// <summary>One approved visitor of a <see cref="GeneratedFamily"/>.</summary>
public sealed record FamilyMember(int ContactId, DateOnly? DateOfBirth);
