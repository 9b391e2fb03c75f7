using FamilyTies.Domain.People;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The plan's restrictions as the booking rules apply them to the history's visits and video calls (one reading for
/// both): a prisoner banned or under a non-contact restriction has no visits or calls; one on closed visits has visits
/// at closed tables; a banned visitor (on the contact) does not come, and a family whose main visitor is banned does not
/// book; two prisoners with a non-association are never in one session. Restrictions on one prisoner–contact link are
/// not generated and not read here.
/// </summary>
internal sealed class HistoryRestrictions(HistoryPlan plan)
{
    private readonly ILookup<int, Restriction> _onContact = plan.Restrictions.Where(r => r.ContactId is not null && r.Type is RestrictionType.Ban or RestrictionType.NonContact or RestrictionType.Closed)
        .ToLookup(r => r.ContactId!.Value);

    private readonly ILookup<int, Restriction> _onPrisoner = plan.Restrictions.Where(r => r.PrisonerId is not null).ToLookup(r => r.PrisonerId!.Value);

    private readonly ILookup<int, NonAssociation> _apart = plan.NonAssociations.SelectMany(n => new[] { (n.PrisonerAId, n), (n.PrisonerBId, n) })
        .ToLookup(x => x.Item1, x => x.n);

    /// <summary>No visits that day: a ban or non-contact restriction on the prisoner.</summary>
    public bool NoVisits(int prisoner, DateOnly date) => _onPrisoner[prisoner].Any(r => r.Type is RestrictionType.Ban or RestrictionType.NonContact && r.Covers(date));

    public bool Closed(int prisoner, DateOnly date) => _onPrisoner[prisoner].Any(r => r.Type == RestrictionType.Closed && r.Covers(date));

    /// <summary>The visitor does not come that day (banned, non-contact, or on closed visits themselves: the history books them no closed visit).</summary>
    public bool Banned(int contact, DateOnly date) => _onContact[contact].Any(r => r.Covers(date));

    /// <summary>
    /// A family may book a video call that day: its prisoner may have visits and its main caller is under no ban or
    /// non-contact restriction (closed visits do not stop a call).
    /// </summary>
    public bool MayCall(GeneratedFamily family, DateOnly date) =>
        !NoVisits(family.PrisonerId, date) && !_onContact[family.Visitors[0].ContactId].Any(r => r.Type is RestrictionType.Ban or RestrictionType.NonContact && r.Covers(date));

    public bool MayBook(GeneratedFamily family, DateOnly date, HashSet<int> inSlot) =>
        !inSlot.Contains(family.PrisonerId) && !Banned(family.Visitors[0].ContactId, date)
                                           && !_apart[family.PrisonerId].Any(n => n.IsActiveOn(date) && inSlot.Contains(n.OtherThan(family.PrisonerId)));
}
