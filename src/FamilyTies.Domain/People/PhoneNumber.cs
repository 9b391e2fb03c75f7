using PhoneNumbers;

namespace FamilyTies.Domain.People;

/// <summary>
/// Telephone numbers as families give them: UK numbers in national form (0161 496 0123) or international ones with
/// their country code (+48 22 123 4567). Stored in E.164; shown in the form people dial.
/// </summary>
public static class PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164 (+447700900123), or null when it is not a valid number.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }
        try
        {
            var number = Util.Parse(text, "GB");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>UK numbers in national format, others in international format.</summary>
    public static string Display(string? e164)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return "";
        }
        try
        {
            var number = Util.Parse(e164, "GB");
            return Util.Format(number, number.CountryCode == 44 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    public static bool IsInternational(string? e164) => !string.IsNullOrEmpty(e164) && !e164.StartsWith("+44", StringComparison.Ordinal);
}
