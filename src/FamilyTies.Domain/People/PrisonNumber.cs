using System.Text.RegularExpressions;

namespace FamilyTies.Domain.People;

/// <summary>Prison (NOMIS) numbers: one letter, four digits, two letters, e.g. A1234BC.</summary>
public static partial class PrisonNumber
{
    [GeneratedRegex("^[A-Z][0-9]{4}[A-Z]{2}$")]
    private static partial Regex Pattern();

    public static string Normalise(string? value) => (value ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string? value) => Pattern().IsMatch(Normalise(value));
}
