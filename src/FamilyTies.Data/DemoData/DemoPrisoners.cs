using FamilyTies.Domain.People;

namespace FamilyTies.Data.DemoData;

/// <summary>Invented prisoners, the same every run (fixed seed). No name here belongs to a real person's record.</summary>
public static class DemoPrisoners
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

    public static IEnumerable<Prisoner> For(int establishmentId, string[] wings, int count, int seed, HashSet<string> usedNumbers, DateOnly today)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            string number;
            do
            {
                number = $"{(char)('A' + random.Next(0, 8))}{random.Next(1000, 10000)}{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
            }
            while (!usedNumbers.Add(number));

            var nationality = Nationalities[random.Next(Nationalities.Length)];
            var (area, miles) = HomeAreas[random.Next(HomeAreas.Length)];
            var reception = today.AddDays(-random.Next(5, 1500));
            var convicted = random.Next(10) > 0;
            yield return new Prisoner
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
                EarliestReleaseDate = convicted ? today.AddDays(random.Next(20, 2000)) : null,
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
    }
}
