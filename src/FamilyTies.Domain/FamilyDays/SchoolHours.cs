namespace FamilyTies.Domain.FamilyDays;

/// <summary>
/// Whether an event is in school hours: on a weekday in term (not in a holiday such as half term) and overlapping
/// 09:00 to 15:30. An event that ends at 09:00 or starts at 15:30 is outside school hours.
/// </summary>
public static class SchoolHours
{
    public static readonly TimeOnly SchoolStarts = new(9, 0);
    public static readonly TimeOnly SchoolEnds = new(15, 30);

    public static bool IsSchoolDay(DateOnly date, IEnumerable<SchoolTermDate> dates)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }
        var list = dates as IReadOnlyCollection<SchoolTermDate> ?? dates.ToList();
        return list.Any(d => d.Kind == SchoolTermKind.Term && d.Covers(date))
               && !list.Any(d => d.Kind == SchoolTermKind.Holiday && d.Covers(date));
    }

    public static bool InSchoolHours(DateOnly date, TimeOnly start, TimeOnly end, IEnumerable<SchoolTermDate> dates) =>
        start < SchoolEnds && end > SchoolStarts && IsSchoolDay(date, dates);
}
