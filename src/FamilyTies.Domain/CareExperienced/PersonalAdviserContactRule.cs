namespace FamilyTies.Domain.CareExperienced;

/// <summary>When the next personal adviser contact is due, and whether it is overdue.</summary>
public sealed record PersonalAdviserContactDue(DateOnly DueOn, bool First, bool Overdue, int DaysOverdue);

/// <summary>
/// The personal adviser's contact rule (docs/decisions/0023): the first contact in custody is due within 10 days of
/// reception or of registration, whichever is later; after that, within the local offer's interval (an establishment
/// setting, default 8 weeks) of the last contact. Overdue when today is after the due date. Dates are London dates.
/// </summary>
public static class PersonalAdviserContactRule
{
    public const int FirstContactDays = 10;

    public static PersonalAdviserContactDue Due(DateOnly? receptionDate, DateOnly registeredOn, IEnumerable<DateOnly> contacts, int intervalWeeks, DateOnly today)
    {
        var start = receptionDate is { } r && r > registeredOn ? r : registeredOn;
        // Contacts in custody: on or after reception (a contact before reception was not in this custody).
        var inCustody = contacts.Where(c => receptionDate is not { } rd || c >= rd).ToList();
        var (due, first) = inCustody.Count == 0
            ? (start.AddDays(FirstContactDays), true)
            : (inCustody.Max().AddDays(7 * intervalWeeks), false);
        var late = today.DayNumber - due.DayNumber;
        return new PersonalAdviserContactDue(due, first, late > 0, Math.Max(0, late));
    }
}
