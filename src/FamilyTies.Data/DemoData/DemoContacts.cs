using FamilyTies.Domain.People;

namespace FamilyTies.Data.DemoData;

/// <summary>Invented family members and visitors for the demo prisoners, the same every run.</summary>
public static class DemoContacts
{
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

    /// <summary>Contacts and links for each prisoner given; roughly one in five prisoners has none (the "no visits" cohort).</summary>
    public static IEnumerable<(Contact Contact, PrisonerContact Link)> For(IReadOnlyList<Prisoner> prisoners, int establishmentId, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var phoneSuffix = 100 + seed % 50 * 10;
        foreach (var prisoner in prisoners)
        {
            if (random.Next(5) == 0)
            {
                continue;
            }
            var count = random.Next(1, 4);
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
}
