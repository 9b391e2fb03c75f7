namespace FamilyTies.Data.Generation;

/// <summary>
/// How much the one data generator writes (issue 14 §1, docs/decisions/0033-one-generator.md). <see cref="Demo"/> is
/// the demo data at each demo establishment; <see cref="National"/> every prison in England and Wales for the bench
/// (about 50,000 visits a month over 120 establishments); <see cref="Small"/> the bench's quick check. The proportions
/// (cancellations, outcomes, late starts, call records, ages, relationships) are the same at every size: only the
/// amounts differ.
/// </summary>
public sealed record GenerationSize
{
    public required string Name { get; init; }

    public required int Establishments { get; init; }

    /// <summary>Prisoners on each establishment's roll.</summary>
    public required int Prisoners { get; init; }

    /// <summary>Whether each place on the roll had earlier occupants, since released, back to the history's first day.</summary>
    public bool Turnover { get; init; }

    /// <summary>Contacts each prisoner with a family has: between these two.</summary>
    public required int ContactsLeast { get; init; }

    public required int ContactsMost { get; init; }

    /// <summary>One prisoner in this many has no family at all (0: every prisoner has one).</summary>
    public int NoFamilyOneIn { get; init; }

    /// <summary>Months of history: this one and the ones before it.</summary>
    public required int Months { get; init; }

    /// <summary>The history's first day: the first of the month <see cref="Months"/> − 1 months before <paramref name="today"/>'s.</summary>
    public DateOnly First(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));

    /// <summary>Visits a month for each visiting family.</summary>
    public required double VisitsPerFamilyMonth { get; init; }

    /// <summary>Days ahead of today the history books visits (0: the past only).</summary>
    public int FutureDays { get; init; }

    public required int SaferCustodyContactsPerMonth { get; init; }

    public required int SafetyCasesPerMonth { get; init; }

    /// <summary>Whether the history's safer custody contacts reach today (the last fortnight's left open), or stop at this month.</summary>
    public bool SaferCustodyThisMonth { get; init; }

    /// <summary>The daily voicemail checks stop this many days before today.</summary>
    public int VoicemailChecksUntilDaysAgo { get; init; }

    /// <summary>
    /// Visitor bans a month for every 1,000 prisoners on the roll (<see cref="RestrictionGenerator"/>; 0: none, as the
    /// demo, whose restrictions are curated).
    /// </summary>
    public double BansPerThousandMonth { get; init; }

    /// <summary>Prisoners put on closed visits a month for every 1,000 on the roll.</summary>
    public double ClosedPerThousandMonth { get; init; }

    /// <summary>Non-associations between two prisoners made a month for every 1,000 on the roll.</summary>
    public double NonAssociationsPerThousandMonth { get; init; }

    /// <summary>
    /// The demo: 200 prisoners at each demo establishment, one in five with no family and the others one to three
    /// contacts; 13 months before this one; visits by 40 families while their prisoner is here (about 20 a month), none booked ahead (the demo's
    /// bookings are made in the app); three closed safer custody contacts and one ACCT a month before this one (and a CSIP for every three) and a
    /// voicemail check a day before the last four weeks (this month and those weeks are <c>DemoSaferCustody</c>'s).
    /// </summary>
    public static readonly GenerationSize Demo = new()
    {
        Name = "demo", Establishments = 3, Prisoners = 200, ContactsLeast = 1, ContactsMost = 3, NoFamilyOneIn = 5, Months = 13,
        VisitsPerFamilyMonth = 0.7, SaferCustodyContactsPerMonth = 3, SafetyCasesPerMonth = 1, VoicemailChecksUntilDaysAgo = 28,
    };

    /// <summary>
    /// 120 establishments × 1,100 prisoners with two to six contacts each, and each place's earlier occupants over five
    /// years (here two months to two and a half years each, since released: the roll stays full); each family visiting
    /// 0.4 times a month while its prisoner is here (about 420 visits a month, some 3 million over the five years), two
    /// weeks booked ahead; about three safer custody contacts a week, the last
    /// fortnight's open; three ACCT cases a month and a CSIP for every three; for every 1,000 prisoners a
    /// month two visitor bans, three prisoners put on closed visits and five non-associations.
    /// </summary>
    public static readonly GenerationSize National = new()
    {
        Name = "national", Establishments = 120, Prisoners = 1100, Turnover = true, ContactsLeast = 2, ContactsMost = 6, Months = 60,
        VisitsPerFamilyMonth = 0.4, FutureDays = 14, SaferCustodyContactsPerMonth = 13, SafetyCasesPerMonth = 3, SaferCustodyThisMonth = true,
        BansPerThousandMonth = 2, ClosedPerThousandMonth = 3, NonAssociationsPerThousandMonth = 5,
    };

    /// <summary>The national proportions at 3 × 200 × one year: a quick check of the bench's pipeline.</summary>
    public static readonly GenerationSize Small = National with { Name = "small", Establishments = 3, Prisoners = 200, Months = 12 };

    public static GenerationSize? Parse(string name) => name switch { "national" => National, "small" => Small, _ => null };
}
