using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Domain.Tests.Visits;

/// <summary>
/// The booking rules' test data, in memory: Littlehey, one prisoner, one Tuesday afternoon session, and visitors of a
/// given age linked to the prisoner. Dates are fixed (a Monday and the Tuesday after next), so no rule test depends on
/// the day it runs.
/// </summary>
public static class BookingTestData
{
    /// <summary>A Monday.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>The Tuesday the session runs on, inside the booking window from <see cref="Today"/>.</summary>
    public static readonly DateOnly Tuesday = new(2026, 12, 1);

    public const int PrisonerId = 10;
    public const int SessionId = 5;

    public static readonly Establishment Littlehey = new()
    {
        Id = 3, Name = "HMP Littlehey", MaxVisitorsPerVisit = 4, MaxAdultsPerVisit = 3, AdultAge = 18,
        MinBookingNoticeDays = 1, MaxBookingNoticeDays = 28,
    };

    /// <summary>Tomasz Nowacki: active, convicted, on Standard, at Littlehey.</summary>
    public static Prisoner Prisoner() => new()
    {
        Id = PrisonerId, EstablishmentId = 3, FirstName = "Tomasz", LastName = "Nowacki", Location = "H2-1-004",
        IncentiveLevel = IncentiveLevel.Standard, LegalStatus = LegalStatus.Convicted,
    };

    /// <summary>Tuesdays 2pm to 4pm, two open tables and one closed booth.</summary>
    public static SessionTemplate Session() => new()
    {
        Id = SessionId, EstablishmentId = 3, Name = "Tuesday afternoon", DayOfWeek = DayOfWeek.Tuesday,
        StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0), ValidFrom = new DateOnly(2026, 1, 6),
        OpenCapacity = 2, ClosedCapacity = 1,
    };

    private static int _next = 100;

    /// <summary>A contact who is <paramref name="age"/> on <see cref="Tuesday"/>, linked to the prisoner (an approved visitor unless told otherwise).</summary>
    public static (Contact Contact, PrisonerContact Link) VisitorAged(int age, string? firstName = null, string lastName = "Test",
        bool approved = true, bool childApproved = false)
    {
        var id = Interlocked.Increment(ref _next);
        var contact = new Contact { Id = id, FirstName = firstName ?? "Visitor" + id, LastName = lastName, DateOfBirth = Tuesday.AddYears(-age) };
        var link = new PrisonerContact { Id = id + 1000, PrisonerId = PrisonerId, ContactId = id, ApprovedVisitor = approved, ChildContactApproved = childApproved };
        return (contact, link);
    }
}
