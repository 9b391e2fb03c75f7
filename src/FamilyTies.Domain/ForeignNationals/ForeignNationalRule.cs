namespace FamilyTies.Domain.ForeignNationals;

/// <summary>What the one rule says about a recorded nationality.</summary>
public enum NationalityStatus { British, ForeignNational, NotRecorded }

/// <summary>
/// The one rule for who is a foreign national (docs/decisions/0023-care-experienced-and-foreign-nationals.md): a
/// nationality is recorded and it is not a UK nationality. British, English, Welsh, Scottish, Northern Irish, UK,
/// United Kingdom, GB and Great Britain are UK nationalities; Irish is not (UK policy treats Irish citizens separately,
/// so an Irish prisoner is offered what a foreign national is). A blank nationality is "not recorded": not counted as
/// a foreign national, listed on the foreign nationals page to be found out. Compared trimmed and in capitals.
/// <see cref="People.Cohorts.ForeignNational"/> is the same rule as an expression the database runs.
/// </summary>
public static class ForeignNationalRule
{
    /// <summary>Nationalities that count as British, in capitals.</summary>
    public static readonly string[] UkNationalities =
        ["BRITISH", "UK", "UNITED KINGDOM", "ENGLISH", "WELSH", "SCOTTISH", "NORTHERN IRISH", "GB", "GREAT BRITAIN"];

    public static NationalityStatus Classify(string? nationality)
    {
        var value = (nationality ?? "").Trim().ToUpperInvariant();
        if (value.Length == 0)
        {
            return NationalityStatus.NotRecorded;
        }
        return UkNationalities.Contains(value) ? NationalityStatus.British : NationalityStatus.ForeignNational;
    }

    public static bool IsForeignNational(string? nationality) => Classify(nationality) == NationalityStatus.ForeignNational;
}
