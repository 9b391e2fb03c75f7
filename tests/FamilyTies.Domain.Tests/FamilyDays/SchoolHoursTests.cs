using FamilyTies.Domain.FamilyDays;

namespace FamilyTies.Domain.Tests.FamilyDays;

/// <summary>
/// The school-hours flag at its edges. Autumn term 2025: Wednesday 3 September to Friday 19 December, with half term
/// Monday 27 to Friday 31 October. School hours are 9am to 3:30pm on a weekday in term.
/// </summary>
public sealed class SchoolHoursTests
{
    private static readonly SchoolTermDate[] Dates =
    [
        new() { SchoolYear = 2025, Kind = SchoolTermKind.Term, Name = "Autumn term", StartDate = new(2025, 9, 3), EndDate = new(2025, 12, 19) },
        new() { SchoolYear = 2025, Kind = SchoolTermKind.Holiday, Name = "October half term", StartDate = new(2025, 10, 27), EndDate = new(2025, 10, 31) },
    ];

    private static bool Flag(int month, int day, int startHour, int startMinute, int endHour, int endMinute) =>
        SchoolHours.InSchoolHours(new DateOnly(2025, month, day), new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute), Dates);

    [Theory]
    [InlineData(9, 2, false)]  // Tuesday before the first day of term
    [InlineData(9, 3, true)]   // the first day of term
    [InlineData(12, 19, true)] // the last day of term
    [InlineData(12, 22, false)] // Christmas holidays (after the term's last day)
    [InlineData(10, 24, true)] // the Friday before half term
    [InlineData(10, 27, false)] // first day of half term
    [InlineData(10, 31, false)] // last day of half term
    [InlineData(11, 3, true)]  // back after half term
    [InlineData(9, 6, false)]  // a Saturday in term
    [InlineData(9, 7, false)]  // a Sunday in term
    public void A_day_from_10am_to_2pm_is_in_school_hours_only_on_a_weekday_in_term(int month, int day, bool expected) =>
        Assert.Equal(expected, Flag(month, day, 10, 0, 14, 0));

    [Theory]
    [InlineData(15, 30, 19, 0, false)] // starts at 3:30pm: after school
    [InlineData(15, 29, 19, 0, true)]  // starts a minute before school ends
    [InlineData(13, 30, 15, 30, true)] // ends at 3:30pm
    [InlineData(7, 0, 9, 0, false)]    // ends as school starts
    [InlineData(7, 0, 9, 1, true)]
    [InlineData(16, 0, 20, 0, false)]  // an evening family day
    public void The_times_edge_at_9am_and_3_30pm(int sh, int sm, int eh, int em, bool expected) =>
        Assert.Equal(expected, Flag(11, 5, sh, sm, eh, em));

    [Fact]
    public void With_no_term_dates_nothing_is_in_school_hours() =>
        Assert.False(SchoolHours.InSchoolHours(new DateOnly(2025, 11, 5), new TimeOnly(10, 0), new TimeOnly(14, 0), []));
}
