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

    /// <summary>
    /// Why a number typed by staff is refused, in words they can act on (letters, too few or too many digits, an
    /// unknown country code, a UK number that is not in use), or null when <see cref="Normalise"/> accepts it.
    /// </summary>
    public static string? WhyNot(string? input, int maxLength = 30)
    {
        if (string.IsNullOrWhiteSpace(input) || Normalise(input) is not null && input.Length <= maxLength)
        {
            return null;
        }
        var text = input.Trim();
        if (text.Length > maxLength)
        {
            return $"Phone number must be {maxLength} characters or fewer";
        }
        if (text.Any(char.IsLetter))
        {
            return "Phone number must not contain letters: enter digits only, like 0161 496 0000";
        }
        if (text.Any(c => !char.IsDigit(c) && c is not (' ' or '+' or '(' or ')' or '-' or '.')) || text.LastIndexOf('+') > 0)
        {
            return "Phone number can only contain digits, spaces, brackets, hyphens and a + at the start";
        }
        var digits = new string(text.Where(char.IsDigit).ToArray());
        var international = text.StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal);
        if (!international && digits.Length < 10)
        {
            return $"Phone number has too few digits ({digits.Length}): a UK number has 10 or 11 digits, like 0161 496 0000";
        }
        if (!international && digits.Length > 11)
        {
            return $"Phone number has too many digits ({digits.Length}): a UK number has 10 or 11 digits. For an international number, start with + and the country code";
        }
        if (!international && !digits.StartsWith('0'))
        {
            return "A UK phone number starts with 0, like 0161 496 0000. For an international number, start with + and the country code";
        }
        try
        {
            var number = Util.Parse(text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..] : text, "GB");
            var region = Util.GetRegionCodeForNumber(number);
            if (international && (string.IsNullOrEmpty(region) || region == "ZZ") && Util.GetRegionCodeForCountryCode(number.CountryCode) == "ZZ")
            {
                return $"+{number.CountryCode} is not a country code: check the number";
            }
            var possible = Util.IsPossibleNumberWithReason(number);
            if (possible == PhoneNumberUtil.ValidationResult.TOO_SHORT || possible == PhoneNumberUtil.ValidationResult.INVALID_LENGTH && digits.Length < 10)
            {
                return "Phone number has too few digits for that country: check the number";
            }
            if (possible == PhoneNumberUtil.ValidationResult.TOO_LONG || possible == PhoneNumberUtil.ValidationResult.INVALID_LENGTH)
            {
                return "Phone number has too many digits for that country: check the number";
            }
            if (number.CountryCode == 44 && Util.GetNationalSignificantNumber(number).StartsWith("7700900", StringComparison.Ordinal))
            {
                return "Numbers from 07700 900000 to 07700 900999 are kept by Ofcom for TV and film, so no one can be called on them: check the number";
            }
            return number.CountryCode == 44
                ? "Phone number is not a UK number in use: check the digits (UK numbers start 01, 02, 03, 05, 07, 08 or 09)"
                : "Phone number is not in use in that country: check the number and its country code";
        }
        catch (NumberParseException)
        {
            return "Enter a UK phone number, like 0161 496 0000, or an international number starting with + and its country code";
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
