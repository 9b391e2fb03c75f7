namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The bad variants every form is sent, after one good submission of its baseline.</summary>
public enum Bad
{
    /// <summary>The row's good form, as a user would send it: proves the baseline valid, so each variant below tests one thing.</summary>
    Baseline,
    /// <summary>No fields at all (only the antiforgery token).</summary>
    Missing,
    /// <summary>Every field present and empty.</summary>
    Empty,
    /// <summary>10,001 characters in every text field (one more than the longest limit any field has).</summary>
    TooLong,
    /// <summary>A NUL character inside every text field.</summary>
    Nul,
    Emoji,
    /// <summary>Right-to-left text with a right-to-left override character.</summary>
    RightToLeft,
    DateYearOne,
    DateYear9999,
    /// <summary>31/02/2026: not a real date.</summary>
    DateNotReal,
    Negative,
    /// <summary>2147483647: the largest int, where arithmetic on it overflows.</summary>
    Huge,
    /// <summary>Too many digits for any number type.</summary>
    Overflow,
    /// <summary>"NotAnOption" in every choice (enum, select, radios, checkboxes, yes/no).</summary>
    UnknownOption,
    /// <summary>"999" in every choice: an enum's number that names no value.</summary>
    UnknownOptionNumber,
    /// <summary>Every id (in the route and the form) names nothing.</summary>
    MissingId,
    /// <summary>Every id names a record of another establishment.</summary>
    ForeignId,
    /// <summary>Every field sent twice, an empty value first: an array where one value is expected.</summary>
    Array,
}

public static class BadValues
{
    public const string NotFoundId = "99999999";
    public static readonly string LongText = new('x', 10_001);
    public const string Emoji = "Ffion 😀👨‍👩‍👧‍👦 🏳️‍🌈";
    public const string RightToLeft = "مريم \u202Eعلي\u202C שלום";

    /// <summary>The variants sent to a GET action's query string (ids and query values; nothing to miss or leave empty).</summary>
    public static readonly Bad[] ForQueries =
    [
        Bad.Baseline, Bad.TooLong, Bad.Nul, Bad.Emoji, Bad.RightToLeft, Bad.DateYearOne, Bad.DateYear9999, Bad.DateNotReal,
        Bad.Negative, Bad.Huge, Bad.Overflow, Bad.UnknownOption, Bad.MissingId, Bad.ForeignId, Bad.Array,
    ];

    /// <summary>Which kinds of field a variant changes; when a form has none of them the variant changes every field instead.</summary>
    public static FieldKind[] Targets(Bad bad) => bad switch
    {
        Bad.TooLong or Bad.Nul or Bad.Emoji or Bad.RightToLeft => [FieldKind.Text],
        Bad.DateYearOne or Bad.DateYear9999 or Bad.DateNotReal => [FieldKind.Date],
        Bad.Negative or Bad.Huge or Bad.Overflow => [FieldKind.Number],
        Bad.UnknownOption or Bad.UnknownOptionNumber => [FieldKind.Choice, FieldKind.Flag],
        Bad.MissingId or Bad.ForeignId => [FieldKind.Id],
        _ => [],
    };

    /// <summary>The bad value for one field (null: this variant does not set single values).</summary>
    public static string? Value(Bad bad, string? baseline) => bad switch
    {
        Bad.TooLong => LongText,
        Bad.Nul => (baseline is { Length: > 1 } b ? b[..1] + "\0" + b[1..] : "x\0y"),
        Bad.Emoji => Emoji,
        Bad.RightToLeft => RightToLeft,
        Bad.DateYearOne => "01/01/0001",
        Bad.DateYear9999 => "31/12/9999",
        Bad.DateNotReal => "31/02/2026",
        Bad.Negative => "-1",
        Bad.Huge => "2147483647",
        Bad.Overflow => "99999999999999999999999",
        Bad.UnknownOption => "NotAnOption",
        Bad.UnknownOptionNumber => "999",
        Bad.MissingId => NotFoundId,
        _ => null,
    };
}
