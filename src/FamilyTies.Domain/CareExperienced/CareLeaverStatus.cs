namespace FamilyTies.Domain.CareExperienced;

/// <summary>
/// Leaving-care categories (Children (Leaving Care) Act 2000; support to 25 since the Children and Social Work Act
/// 2017). None: care-experienced, but no leaving-care duty is owed on these dates.
/// </summary>
public enum CareLeaverCategory { None, Eligible, Relevant, FormerRelevant, Qualifying }

/// <summary>A time looked after by a local authority; To is null while it goes on.</summary>
public sealed record LookedAfterPeriod(DateOnly From, DateOnly? To);

/// <summary>The category on a date and the last day leaving-care support runs (the day before the 25th birthday).</summary>
public sealed record CareLeaverStatus(CareLeaverCategory Category, DateOnly? SupportUntil, int DaysLookedAfterSince14, bool LookedAfterSince16)
{
    /// <summary>13 weeks.</summary>
    public const int QualifyingDays = 13 * 7;

    public static string Describe(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Eligible => "Eligible child (still looked after, 16 or 17)",
        CareLeaverCategory.Relevant => "Relevant child (left care, 16 or 17)",
        CareLeaverCategory.FormerRelevant => "Former relevant child (care leaver, 18 to 24)",
        CareLeaverCategory.Qualifying => "Qualifying care leaver",
        _ => "Not a care leaver owed leaving-care support on these dates",
    };

    /// <summary>
    /// The category on <paramref name="on"/>. The 13-week test: looked after for at least 13 weeks in total from the
    /// 14th birthday, with some of that time on or after the 16th birthday (a period that includes the 16th birthday
    /// counts). Meeting it: eligible at 16 or 17 while still looked after, relevant at 16 or 17 once left, former
    /// relevant from 18 until the day before the 25th birthday. Looked after at some time on or after the 16th birthday
    /// without meeting it: qualifying, to the same age. Otherwise, or from the 25th birthday, none.
    /// </summary>
    public static CareLeaverStatus On(DateOnly dateOfBirth, IEnumerable<LookedAfterPeriod> periods, DateOnly on)
    {
        var fourteenth = dateOfBirth.AddYears(14);
        var sixteenth = dateOfBirth.AddYears(16);
        var eighteenth = dateOfBirth.AddYears(18);
        var twentyFifth = dateOfBirth.AddYears(25);
        // Only time that has happened by the date counts; a period with no end runs to the date.
        var counted = periods
            .Select(p => (From: p.From, To: p.To is { } to && to < on ? to : on))
            .Where(p => p.To >= p.From && p.To >= fourteenth && p.From <= on)
            .ToList();
        // Days are counted inclusive of both ends; overlapping periods count each day once.
        var days = new HashSet<int>();
        foreach (var (from, to) in counted)
        {
            for (var d = Math.Max(from.DayNumber, fourteenth.DayNumber); d <= to.DayNumber; d++)
            {
                days.Add(d);
            }
        }
        var since16 = counted.Any(p => p.To >= sixteenth);
        var meets = since16 && days.Count >= QualifyingDays;
        var stillLookedAfter = periods.Any(p => p.From <= on && (p.To is null || p.To >= on));
        var supportUntil = twentyFifth.AddDays(-1);
        var category = (on < sixteenth || on >= twentyFifth) ? CareLeaverCategory.None
            : meets && on < eighteenth ? (stillLookedAfter ? CareLeaverCategory.Eligible : CareLeaverCategory.Relevant)
            : meets ? CareLeaverCategory.FormerRelevant
            : since16 ? CareLeaverCategory.Qualifying
            : CareLeaverCategory.None;
        return new CareLeaverStatus(category, category == CareLeaverCategory.None ? null : supportUntil, days.Count, since16);
    }
}
