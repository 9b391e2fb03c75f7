using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The restrictions part of the one data generator, for generated establishments (the demo's are curated in
/// <c>DemoDataSeeder</c>): visitor bans, prisoners put on closed visits and non-associations between two prisoners, at
/// the size's rate for every 1,000 prisoners on the roll, spread evenly over the history, each about people who were
/// here on its first day. Bans are on the contact (any prisoner) and last three months, or six or twelve for one in
/// five; closed visits three months, reviewed after four weeks; a non-association has no end date. The history's visits
/// respect them (<see cref="VisitHistory"/>). Queues the rows with their audit rows; returns them for the history.
/// </summary>
public static class RestrictionGenerator
{
    private static readonly string[] BanReasons =
    [
        "Attempted to pass an item at a visit", "Drugs dog indication, refused a search", "Abusive to visits staff", "Attempted to pass an item at a visit",
        "Used another visitor's identity",
    ];

    private static readonly string[] ClosedReasons =
        ["Intelligence about conveyancing", "Item passed at a visit", "Drugs found after a visit", "Intelligence about conveyancing"];

    private static readonly string[] NonAssociationReasons = ["Co-defendants", "Assault on the wing", "Debt between them", "Rival groups", "Co-defendants"];

    public static (List<Restriction> Restrictions, List<NonAssociation> NonAssociations) Write(BulkWriter w, int establishmentId, GenerationSize size,
        IReadOnlyList<GeneratedFamily> families, int seed, DateOnly first, DateOnly today)
    {
        var random = new Random(seed * 16 + 5);
        var e = establishmentId;
        var restrictions = new List<Restriction>();
        var nonAssociations = new List<NonAssociation>();
        var perMonth = size.Prisoners / 1000.0;
        double bans = 0, closed = 0, apart = 0;
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            bans += size.BansPerThousandMonth * perMonth;
            closed += size.ClosedPerThousandMonth * perMonth;
            apart += size.NonAssociationsPerThousandMonth * perMonth;
            var days = Math.Min(28, today.DayNumber - month.DayNumber + 1);
            for (; bans >= 1; bans--)
            {
                var start = month.AddDays(random.Next(days));
                var family = Here(random, families, start);
                if (family is null)
                {
                    continue;
                }
                var visitor = family.Visitors[random.Next(2) == 0 ? 0 : random.Next(family.Visitors.Count)];
                var months = random.Next(5) switch { 0 => random.Next(2) == 0 ? 6 : 12, _ => 3 };
                w.At = LondonTime.ToInstant(start, new TimeOnly(16, 30));
                var ban = new Restriction
                {
                    Id = w.NextId<Restriction>(), EstablishmentId = e, Type = RestrictionType.Ban, ContactId = visitor.ContactId,
                    Reason = BanReasons[random.Next(BanReasons.Length)], StartDate = start, ExpiryDate = start.AddMonths(months), ReviewDate = start.AddMonths(months / 2),
                };
                restrictions.Add(ban);
                w.Add(ban);
                w.Audit(w.At, e, nameof(Restriction), ban.Id, "Created", contactId: visitor.ContactId);
            }
            for (; closed >= 1; closed--)
            {
                var start = month.AddDays(random.Next(days));
                var family = Here(random, families, start);
                if (family is null)
                {
                    continue;
                }
                w.At = LondonTime.ToInstant(start, new TimeOnly(15, 0));
                var restriction = new Restriction
                {
                    Id = w.NextId<Restriction>(), EstablishmentId = e, Type = RestrictionType.Closed, PrisonerId = family.PrisonerId,
                    Reason = ClosedReasons[random.Next(ClosedReasons.Length)], StartDate = start, ExpiryDate = start.AddMonths(3), ReviewDate = start.AddDays(28),
                };
                restrictions.Add(restriction);
                w.Add(restriction);
                w.Audit(w.At, e, nameof(Restriction), restriction.Id, "Created", family.PrisonerId);
            }
            for (; apart >= 1; apart--)
            {
                var start = month.AddDays(random.Next(days));
                var a = Here(random, families, start);
                var b = Here(random, families, start);
                if (a is null || b is null || a.PrisonerId == b.PrisonerId)
                {
                    continue;
                }
                w.At = LondonTime.ToInstant(start, new TimeOnly(11, 0));
                var pair = new NonAssociation
                {
                    Id = w.NextId<NonAssociation>(), EstablishmentId = e, PrisonerAId = a.PrisonerId, PrisonerBId = b.PrisonerId,
                    Reason = NonAssociationReasons[random.Next(NonAssociationReasons.Length)], StartDate = start,
                };
                nonAssociations.Add(pair);
                w.Add(pair);
                w.Audit(w.At, e, nameof(NonAssociation), pair.Id, "Created", a.PrisonerId);
            }
        }
        return (restrictions, nonAssociations);
    }

    /// <summary>A family whose prisoner was here on <paramref name="date"/>, drawn (a few tries; none if the roll was empty).</summary>
    private static GeneratedFamily? Here(Random random, IReadOnlyList<GeneratedFamily> families, DateOnly date)
    {
        for (var tries = 0; tries < 50 && families.Count > 0; tries++)
        {
            var family = families[random.Next(families.Count)];
            if (family.Here(date))
            {
                return family;
            }
        }
        return null;
    }
}
