namespace FamilyTies.Domain.SaferCustody;

public enum ActOnThisReason { NotAsked, AnswerPending, NoRecentUpdate }

public sealed record ActOnThis(ActOnThisReason Reason, int? DaysSinceUpdate)
{
    public string Describe() => Reason switch
    {
        ActOnThisReason.NotAsked => "Prisoner not yet asked whether family should be involved",
        ActOnThisReason.AnswerPending => "Prisoner asked but has not yet decided",
        _ => $"No family update for {DaysSinceUpdate} days",
    };
}

/// <summary>Where a case's family involvement stands, from its entries that count.</summary>
public sealed record InvolvementStatus(DateOnly? AskedOn, FamilyAnswer? Answer, string FamilyMember, DateOnly? LastFamilyContactOn, int ReviewsInvited, int ReviewsAttended)
{
    public static InvolvementStatus From(IEnumerable<FamilyInvolvementEntry> entries)
    {
        var effective = Corrections.Effective(entries).OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).ToList();
        var asked = effective.LastOrDefault(e => e.Kind == InvolvementEntryKind.PrisonerAsked);
        var agreed = effective.LastOrDefault(e => e.Kind == InvolvementEntryKind.PrisonerAsked && e.Answer == FamilyAnswer.Agreed);
        var contact = effective.Where(e => e.Kind != InvolvementEntryKind.PrisonerAsked
                                           || e.Answer == FamilyAnswer.Agreed)
            .Select(e => (DateOnly?)e.OccurredOn).Max();
        var member = effective.LastOrDefault(e => e.FamilyMember.Length > 0)?.FamilyMember ?? "";
        return new InvolvementStatus(asked?.OccurredOn, asked?.Answer, agreed is null ? "" : member, contact,
            effective.Count(e => e.Kind == InvolvementEntryKind.InvitedToReview),
            effective.Count(e => e.Kind == InvolvementEntryKind.ReviewAttendance && e.Attended == true));
    }
}

/// <summary>
/// The "act on this" rule for a prisoner on an open ACCT or CSIP: the family question must be asked and answered, and
/// once the prisoner wants family involved, someone must be in touch with them at least every 14 days.
/// </summary>
public static class FamilyInvolvementRule
{
    public const int UpdateIntervalDays = 14;

    /// <summary>Null when nothing needs doing; days are London dates, so "14 days" is 14 calendar days.</summary>
    public static ActOnThis? Check(InvolvementStatus status, DateOnly today)
    {
        if (status.AskedOn is null)
        {
            return new ActOnThis(ActOnThisReason.NotAsked, null);
        }
        if (status.Answer is null or FamilyAnswer.NotYetDecided)
        {
            return new ActOnThis(ActOnThisReason.AnswerPending, null);
        }
        if (status.Answer == FamilyAnswer.Agreed && status.LastFamilyContactOn is { } last)
        {
            var days = today.DayNumber - last.DayNumber;
            if (days >= UpdateIntervalDays)
            {
                return new ActOnThis(ActOnThisReason.NoRecentUpdate, days);
            }
        }
        return null;
    }
}
