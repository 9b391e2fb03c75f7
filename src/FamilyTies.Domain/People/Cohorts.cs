using System.Linq.Expressions;

namespace FamilyTies.Domain.People;

/// <summary>
/// Who belongs to a group of prisoners, defined once. Each rule is an expression, so the database applies it to a
/// query (the measures layer) and the same rule, compiled, judges one prisoner in memory (visiting-order substitutions).
/// </summary>
public static class Cohorts
{
    /// <summary>Nationalities that count as British, in capitals (the database compares the trimmed, upper-cased value).</summary>
    public static readonly string[] UkNationalities = ForeignNationals.ForeignNationalRule.UkNationalities;

    /// <summary>On the roll: an active prisoner of the establishment.</summary>
    public static readonly Expression<Func<Prisoner, bool>> OnRoll = p => p.Status == PrisonerStatus.Active;

    /// <summary>
    /// A foreign national: a nationality is recorded and it is not British (or another UK nationality); Irish is a
    /// foreign national. The one rule, <see cref="ForeignNationals.ForeignNationalRule"/>, as an expression.
    /// </summary>
    public static readonly Expression<Func<Prisoner, bool>> ForeignNational = p =>
        p.Nationality.Trim() != "" && !UkNationalities.Contains(p.Nationality.Trim().ToUpper());

    /// <summary>Not a foreign national: British (or another UK nationality) or nationality not recorded.</summary>
    public static readonly Expression<Func<Prisoner, bool>> NotForeignNational = p =>
        p.Nationality.Trim() == "" || UkNationalities.Contains(p.Nationality.Trim().ToUpper());

    private static readonly Func<Prisoner, bool> IsForeignNationalCompiled = ForeignNational.Compile();

    public static bool IsForeignNational(Prisoner prisoner) => IsForeignNationalCompiled(prisoner);
}
