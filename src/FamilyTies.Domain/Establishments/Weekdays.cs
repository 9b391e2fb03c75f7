namespace FamilyTies.Domain.Establishments;

/// <summary>Days of the week as a set (for example the days a line is staffed).</summary>
[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

public static class WeekdaysExtensions
{
    public static readonly IReadOnlyList<Weekdays> Each =
        [Weekdays.Monday, Weekdays.Tuesday, Weekdays.Wednesday, Weekdays.Thursday, Weekdays.Friday, Weekdays.Saturday, Weekdays.Sunday];

    public const Weekdays MondayToFriday = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday;

    public const Weekdays EveryDay = MondayToFriday | Weekdays.Saturday | Weekdays.Sunday;

    public static Weekdays Of(DayOfWeek day) => day == DayOfWeek.Sunday ? Weekdays.Sunday : (Weekdays)(1 << ((int)day - 1));

    public static bool Includes(this Weekdays days, DayOfWeek day) => (days & Of(day)) != 0;
}
