
namespace FamilyTies.Domain.Visits;

public static class VisitReference
{
    /// <summary>No 0/O, 1/I/L, 5/S, 2/Z, 8/B: easy to read out on the phone.</summary>
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public static string New(Random? random = null)
    {
        var r = random ?? Random.Shared;
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[r.Next(Alphabet.Length)];
        }
        return $"{new string(chars[..4])}-{new string(chars[4..])}";
    }

    public static string Normalise(string? input) => (input ?? "").Trim().ToUpperInvariant().Replace(" ", "");
}
