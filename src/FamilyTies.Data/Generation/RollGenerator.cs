using FamilyTies.Domain.People;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The roll part of the one data generator (docs/decisions/0033-one-generator.md): invented prisoners and their families,
/// the same for the same seed. No name here belongs to a real person's record. The demo data is this at
/// <see cref="GenerationSize.Demo"/> (200 a demo establishment, one in five with no family); the national database at
/// <see cref="GenerationSize.National"/> (1,100 on the roll, twice as many already released, two to six contacts each).
/// </summary>
public static class RollGenerator
{
    private static readonly string[] FirstNames =
    [
        "Aaron", "Adebayo", "Alfie", "Amir", "Arlo", "Barnaby", "Callum", "Cian", "Connor", "Dafydd", "Darius", "Declan",
        "Eamon", "Emeka", "Ewan", "Fraser", "Gareth", "Harvey", "Idris", "Imran", "Jacek", "Jayden", "Kacper", "Kieran",
        "Kwame", "Lewis", "Liam", "Marek", "Mason", "Nathan", "Niall", "Oisin", "Olumide", "Owain", "Piotr", "Rhys",
        "Rory", "Ruben", "Samir", "Shane", "Tariq", "Tobias", "Tomasz", "Tyrone", "Wiktor", "Yusuf", "Zane", "Zoltan",
    ];

    private static readonly string[] LastNames =
    [
        "Abernethy", "Adeyemi", "Ashworth", "Bancroft", "Blackwood", "Brennan", "Carrow", "Castellan", "Dunmore", "Eccleston",
        "Fairweather", "Fenwick", "Garside", "Greaves", "Halloran", "Hartigan", "Iqbal", "Kowalczyk", "Lindqvist", "Maddock",
        "Mensah", "Nowacki", "Okonkwo", "Pemberton", "Quayle", "Radcliffe", "Rowntree", "Sandiford", "Thistlewood", "Treharne",
        "Upshall", "Varley", "Wainwright", "Whitcombe", "Yardley", "Zielinski",
    ];

    private static readonly string[] Nationalities =
    [
        "British", "British", "British", "British", "British", "British", "British", "Irish", "Polish", "Romanian",
        "Albanian", "Jamaican", "Nigerian", "Vietnamese", "Lithuanian",
    ];

    private static readonly (string Area, int Miles)[] HomeAreas =
    [
        ("Preston", 8), ("Blackburn", 22), ("Liverpool", 31), ("Manchester", 38), ("Birmingham", 104), ("Stoke-on-Trent", 78),
        ("Peterborough", 19), ("Cambridge", 17), ("Leeds", 62), ("Cardiff", 190), ("London", 160), ("Newcastle", 148),
    ];

    /// <summary>
    /// <paramref name="count"/> prisoners on the roll; with <paramref name="turnoverSince"/>, then each place's earlier
    /// occupants back to that day, released (their release date the day they left, the day before the next came), each
    /// here two months to two and a half years: the roll stays full all through the history.
    /// </summary>
    public static IEnumerable<Prisoner> Prisoners(int establishmentId, string[] wings, int count, int seed, HashSet<string> usedNumbers, DateOnly today,
        DateOnly? turnoverSince = null)
    {
        var random = new Random(seed);
        var receptions = new List<DateOnly>(count);
        for (var i = 0; i < count; i++)
        {
            var prisoner = One(random, establishmentId, wings, usedNumbers, today, null, null);
            receptions.Add(prisoner.ReceptionDate!.Value);
            yield return prisoner;
        }
        if (turnoverSince is not { } since)
        {
            yield break;
        }
        foreach (var next in receptions)
        {
            for (var left = next.AddDays(-1); left >= since;)
            {
                var received = left.AddDays(-random.Next(60, 850));
                yield return One(random, establishmentId, wings, usedNumbers, today, received, left);
                left = received.AddDays(-1);
            }
        }
    }

    /// <summary>One prisoner: on the roll (received on a drawn day) or, with <paramref name="left"/>, released that day.</summary>
    private static Prisoner One(Random random, int establishmentId, string[] wings, HashSet<string> usedNumbers, DateOnly today, DateOnly? received, DateOnly? left)
    {
        string number;
        do
        {
            number = $"{(char)('A' + random.Next(0, 8))}{random.Next(1000, 10000)}{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
        }
        while (!usedNumbers.Add(number));

        var nationality = Nationalities[random.Next(Nationalities.Length)];
        var (area, miles) = HomeAreas[random.Next(HomeAreas.Length)];
        var gone = left is not null;
        var reception = received ?? today.AddDays(-random.Next(5, 1500));
        var convicted = random.Next(10) > 0;
        return new Prisoner
        {
            EstablishmentId = establishmentId,
            PrisonNumber = number,
            FirstName = FirstNames[random.Next(FirstNames.Length)],
            LastName = LastNames[random.Next(LastNames.Length)],
            DateOfBirth = today.AddYears(-random.Next(19, 70)).AddDays(-random.Next(0, 365)),
            Location = $"{wings[random.Next(wings.Length)]}-{random.Next(1, 4)}-{random.Next(1, 40):D3}",
            IncentiveLevel = (random.Next(10)) switch { 0 => IncentiveLevel.Basic, < 6 => IncentiveLevel.Standard, _ => IncentiveLevel.Enhanced },
            Category = convicted ? "C" : "B",
            LegalStatus = convicted ? LegalStatus.Convicted : LegalStatus.Remand,
            ReceptionDate = reception,
            Status = gone ? PrisonerStatus.Released : PrisonerStatus.Active,
            EarliestReleaseDate = gone ? left : convicted ? today.AddDays(random.Next(20, 2000)) : null,
            Nationality = nationality,
            Languages = nationality switch
            {
                "Polish" => "Polish", "Romanian" => "Romanian", "Albanian" => "Albanian", "Vietnamese" => "Vietnamese",
                "Lithuanian" => "Lithuanian", _ => "English",
            },
            InterpreterNeeded = nationality is "Vietnamese" or "Albanian" && random.Next(2) == 0,
            CareExperienced = random.Next(4) == 0,
            ChildrenUnder18 = random.Next(5) == 0 ? null : random.Next(0, 4),
            HomeArea = area,
            DistanceFromHomeMiles = miles,
            KeyWorker = $"Officer {LastNames[random.Next(LastNames.Length)]}",
            PrisonOffenderManager = $"{FirstNames[random.Next(FirstNames.Length)][0]}. {LastNames[random.Next(LastNames.Length)]}",
        };
    }

    private static readonly string[] AdultFirstNames =
    [
        "Abigail", "Aisha", "Bethan", "Chiara", "Danielle", "Eilidh", "Fatima", "Gemma", "Hannah", "Imogen", "Jolanta",
        "Kerry", "Leanne", "Marta", "Nia", "Olamide", "Priya", "Roisin", "Sadia", "Tamsin", "Agnieszka", "Beverley",
        "Colin", "Derek", "Graham", "Ifeanyi", "Keith", "Malcolm", "Trevor", "Wojciech",
    ];

    private static readonly string[] ChildFirstNames =
    [
        "Alfie", "Bella", "Charlie", "Daisy", "Evie", "Freddie", "Grace", "Harry", "Isla", "Jack", "Lily", "Maya", "Noah", "Oscar", "Poppy",
    ];

    /// <summary>
    /// Contacts and links for each prisoner given: the first an adult (next of kin), the others adults or children. At
    /// <paramref name="size"/>'s share a prisoner has none (the "no visits" cohort), else between its least and most.
    /// </summary>
    public static IEnumerable<(Contact Contact, PrisonerContact Link)> Contacts(IReadOnlyList<Prisoner> prisoners, int establishmentId, int seed, DateOnly today,
        GenerationSize size)
    {
        var random = new Random(seed);
        var phoneSuffix = 100 + seed % 50 * 10;
        foreach (var prisoner in prisoners)
        {
            if (size.NoFamilyOneIn > 0 && random.Next(size.NoFamilyOneIn) == 0)
            {
                continue;
            }
            var count = random.Next(size.ContactsLeast, size.ContactsMost + 1);
            for (var i = 0; i < count; i++)
            {
                var child = i > 0 && random.Next(3) == 0;
                var relationship = child
                    ? (random.Next(2) == 0 ? Relationship.Son : Relationship.Daughter)
                    : i == 0 ? new[] { Relationship.Wife, Relationship.Partner, Relationship.Mother, Relationship.Father, Relationship.Sister }[random.Next(5)]
                    : new[] { Relationship.Brother, Relationship.Friend, Relationship.Grandparent, Relationship.Aunt, Relationship.Cousin }[random.Next(5)];
                var lastName = relationship is Relationship.Mother or Relationship.Father or Relationship.Son or Relationship.Daughter or Relationship.Brother or Relationship.Sister
                    ? prisoner.LastName
                    : prisoner.LastName.Length % 2 == 0 ? prisoner.LastName : "Okafor-" + prisoner.LastName[..3];
                var contact = new Contact
                {
                    CreatedInEstablishmentId = establishmentId,
                    FirstName = child ? ChildFirstNames[random.Next(ChildFirstNames.Length)] : AdultFirstNames[random.Next(AdultFirstNames.Length)],
                    LastName = lastName,
                    DateOfBirth = child ? today.AddYears(-random.Next(2, 17)).AddDays(-random.Next(365)) : today.AddYears(-random.Next(19, 75)).AddDays(-random.Next(365)),
                    Town = prisoner.HomeArea,
                    // Ofcom's drama range (0161 496 0000 to 0999): numbers never assigned to anyone.
                    Phone = child ? "" : $"+441614960{phoneSuffix++ % 1000:D3}",
                    Language = prisoner.Languages == "English" ? "" : prisoner.Languages,
                };
                yield return (contact, new PrisonerContact
                {
                    EstablishmentId = establishmentId,
                    Prisoner = prisoner,
                    Contact = contact,
                    Relationship = relationship,
                    NextOfKin = i == 0,
                    ApprovedVisitor = random.Next(10) > 0,
                });
            }
        }
    }

    /// <summary>
    /// Queues generated prisoners, then their contacts and links, on <paramref name="w"/> with the keys it hands out, each
    /// created at <paramref name="createdAt"/> of its prisoner, each with the "Created" audit row the interceptor writes
    /// for a row saved through the app (the demo's roll and the generated establishments' alike).
    /// </summary>
    public static void Queue(BulkWriter w, IReadOnlyList<Prisoner> prisoners, IReadOnlyList<(Contact Contact, PrisonerContact Link)> links,
        Func<Prisoner, DateTimeOffset> createdAt)
    {
        foreach (var prisoner in prisoners)
        {
            prisoner.Id = w.NextId<Prisoner>();
            w.At = createdAt(prisoner);
            w.Add(prisoner);
            w.Audit(w.At, prisoner.EstablishmentId, nameof(Prisoner), prisoner.Id, "Created", prisoner.Id);
        }
        foreach (var (contact, link) in links)
        {
            w.At = createdAt(link.Prisoner!);
            contact.Id = w.NextId<Contact>();
            link.Id = w.NextId<PrisonerContact>();
            link.PrisonerId = link.Prisoner!.Id;
            link.ContactId = contact.Id;
            w.Add(contact);
            w.Add(link);
            w.Audit(w.At, link.EstablishmentId, nameof(Contact), contact.Id, "Created", contactId: contact.Id);
            w.Audit(w.At, link.EstablishmentId, nameof(PrisonerContact), link.Id, "Created", link.PrisonerId, contactId: contact.Id);
        }
    }
}
